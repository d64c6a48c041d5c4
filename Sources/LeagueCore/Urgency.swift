/// How urgent a help request is. Stored as its raw value so that "most urgent first" is a
/// plain descending index.
public enum Urgency: Int, Sendable, CaseIterable, Codable, Comparable {
    case normal = 0
    case high = 1
    /// The county's "one-hour youth service circle": first contact within the hour.
    case urgent = 2

    /// Its word where people type it or settings name it: `urgent`, `high`, `normal`.
    public var word: String {
        switch self {
        case .urgent: "urgent"
        case .high: "high"
        case .normal: "normal"
        }
    }

    /// Its mark in Chinese, on screen and where people type it: 急, 高, 中.
    public var mark: String {
        switch self {
        case .urgent: "急"
        case .high: "高"
        case .normal: "中"
        }
    }

    /// Default time allowed until the first contact with the requester.
    public var firstContactAllowance: Duration {
        switch self {
        case .urgent: .seconds(3600)
        case .high: .seconds(24 * 3600)
        case .normal: .seconds(72 * 3600)
        }
    }

    /// Default time allowed until the request is resolved.
    public var resolutionAllowance: Duration {
        switch self {
        case .urgent: .seconds(3 * 86400)
        case .high: .seconds(7 * 86400)
        case .normal: .seconds(14 * 86400)
        }
    }

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Duration {
    /// Whole seconds, for adding to stored Unix times.
    public var wholeSeconds: Int64 { components.seconds }
}
