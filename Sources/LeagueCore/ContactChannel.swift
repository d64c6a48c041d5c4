/// How a cadre or the desk reached a requester: a contact is recorded with it.
public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    case phone, wechat, visit
}
