/// How long each urgency allows until first contact and until resolution. The county's
/// defaults come from `Urgency`; an office may change them (settings `sla.<urgency>.<clock>_hours`).
public struct SLAPolicy: Sendable, Equatable {
    public enum Clock: String, Sendable, CaseIterable {
        case firstContact = "first_contact"
        case resolution
    }

    private var hours: [String: Int]

    public static let countyDefault = SLAPolicy(hours: [:])

    private init(hours: [String: Int]) { self.hours = hours }

    /// The setting that overrides one allowance, e.g. `sla.urgent.first_contact_hours`.
    public static func key(_ urgency: Urgency, _ clock: Clock) -> String {
        "sla.\(urgency.word).\(clock.rawValue)_hours"
    }

    public static var keys: [String] {
        Urgency.allCases.reversed().flatMap { urgency in Clock.allCases.map { key(urgency, $0) } }
    }

    /// The policy with whichever of `settings` override the defaults; other keys are ignored.
    public init(settings: [String: String]) {
        var hours: [String: Int] = [:]
        for key in Self.keys {
            if let text = settings[key], let value = Int(text), value > 0 { hours[key] = value }
        }
        self.init(hours: hours)
    }

    public func allowance(_ urgency: Urgency, _ clock: Clock) -> Duration {
        if let override = hours[Self.key(urgency, clock)] { return .seconds(override * 3600) }
        return clock == .firstContact ? urgency.firstContactAllowance : urgency.resolutionAllowance
    }
}
