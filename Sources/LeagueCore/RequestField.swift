/// What of a help request may be corrected after it was taken in — a typo in the title, a
/// request filed under the wrong township or category, an urgency judged again — by the
/// names its history stores.
public enum RequestField: String, CaseIterable, Codable, Sendable {
    case title, body, category, urgency, township
}
