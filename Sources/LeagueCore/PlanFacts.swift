import Foundation

/// The county's published figures for the Friend Circle Plan (朋友圈计划).
public enum PlanFacts {
    /// The plan began in July 2016: 2016-07-01 00:00 county time.
    public static let launch = Date(unixSeconds: 1_467_302_400)
    public static let townships = 19
    public static let cadres = 245
    public static let communes = 63
    /// League members and young people in contact with the cadres.
    public static let youthInContact = 75_215
    /// Problems collected and solved since launch.
    public static let solvedRequests = 283
    /// Suggestions (意见建议) collected since launch.
    public static let suggestions = 149
}
