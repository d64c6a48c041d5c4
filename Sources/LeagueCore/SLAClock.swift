/// Where a request stands against its deadlines at a moment: the "time left" a queue shows.
public enum SLAStatus: Equatable, Sendable {
    /// Past a deadline by this many seconds (the earliest one missed).
    case overdue(Int64)
    /// This many seconds left until the next deadline.
    case remaining(Int64)
    /// The clock waits on the requester.
    case paused
    /// No clock runs any more (solved or ended); collected this many seconds ago.
    case finished(age: Int64)
}

public enum SLAClock {
    /// The status of a request in `state` at `now`, from its stored deadlines. The first
    /// contact is due until it is made; after that, the resolution.
    public static func status(
        state: RequestState, now: Int64, createdAt: Int64, firstContactDue: Int64, firstContactAt: Int64?,
        resolutionDue: Int64, pausedAt: Int64?
    ) -> SLAStatus {
        guard state.isOpen else { return .finished(age: max(0, now - createdAt)) }
        if pausedAt != nil { return .paused }
        var missed: [Int64] = []
        if firstContactAt == nil, firstContactDue < now { missed.append(firstContactDue) }
        if resolutionDue < now { missed.append(resolutionDue) }
        if let earliest = missed.min() { return .overdue(now - earliest) }
        let next = firstContactAt == nil ? min(firstContactDue, resolutionDue) : resolutionDue
        return .remaining(next - now)
    }
}
