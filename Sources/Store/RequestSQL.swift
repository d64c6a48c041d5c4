import LeagueCore

/// SQL conditions on `help_request` that several queries share, so that "open" and
/// "overdue" mean the same everywhere.
public enum RequestSQL {
    /// `state IN (...)` for the states in which the requester is still owed something.
    public static let isOpen = "state IN (\(RequestState.allCases.filter(\.isOpen).sql))"

    public static let isSolved = "state IN (\(RequestState.allCases.filter(\.isSolved).sql))"

    /// Open, its clock running, and past a deadline at `now`: first contact not made in
    /// time, or not resolved in time.
    public static func isOverdue(at now: Int64) -> String {
        "(\(isOpen) AND \(deadlineMissed(at: now)))"
    }

    /// The clock runs and a deadline has passed at `now`, whatever the state: `isOverdue`
    /// for rows already known to be open, readable from the queue's priority index alone.
    /// This is `deadlineMissed(asOf:)` at a moment after everything recorded (nothing is
    /// contacted or paused later than now), with those two tests dropped: the queue's pages
    /// evaluate it for every row they pass over. A test holds the two to the same rows.
    public static func deadlineMissed(at now: Int64) -> String {
        "(sla_paused_at IS NULL AND ((first_contact_at IS NULL AND first_contact_due < \(now)) OR resolution_due < \(now)))"
    }

    /// The one definition of overdue, as it stood at `moment` (an SQL expression: a number,
    /// or a parameter such as `?1` for a week's end): the clock was running then — not
    /// paused, or paused only later — and the first contact was not made by then and its
    /// deadline had passed, or the resolution's deadline had passed. At "now" it is the
    /// queue's overdue; at a week's end, the weekly summary's.
    public static func deadlineMissed(asOf moment: String) -> String {
        """
        ((sla_paused_at IS NULL OR sla_paused_at >= \(moment)) AND (((first_contact_at IS NULL OR first_contact_at >= \(moment)) \
        AND first_contact_due < \(moment)) OR resolution_due < \(moment)))
        """
    }

    /// How many open requests the cadre whose id is `column` holds, counted on the index of
    /// open requests by assignee (migration v3) whatever the planner would guess.
    public static func openLoad(of column: String) -> String {
        "(SELECT count(*) FROM help_request INDEXED BY help_request_open_assignee WHERE assignee_cadre_id = \(column) AND \(isOpen))"
    }
}
