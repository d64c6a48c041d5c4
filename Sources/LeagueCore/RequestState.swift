/// Where a help request stands in the county's process. The raw values are what the
/// database stores; the transitions between states belong to the workflow.
public enum RequestState: String, Sendable, CaseIterable, Codable {
    /// Recorded by the cadre who found it.
    case collected
    /// Being checked by the village league branch.
    case villageReview = "village_review"
    /// Being checked by the township league committee.
    case townshipReview = "township_review"
    /// Sent back by a reviewer for more information.
    case needsInfo = "needs_info"
    /// Published to the county's channel, waiting for someone to take it.
    case published
    /// Given to a cadre or a youth commune.
    case assigned
    case inProgress = "in_progress"
    /// Solved; waiting for the follow-up satisfaction check.
    case resolved
    /// Solved and followed up.
    case closed
    case rejected
    /// The requester no longer needs help.
    case withdrawn
    /// A duplicate, folded into another request.
    case merged

    /// States the request can never leave.
    public var isTerminal: Bool {
        switch self {
        case .closed, .rejected, .withdrawn, .merged: true
        default: false
        }
    }

    /// States in which someone still owes the requester something.
    public var isOpen: Bool { !isTerminal && self != .resolved }

    /// Counted as "solved" in the county's figures.
    public var isSolved: Bool { self == .resolved || self == .closed }
}
