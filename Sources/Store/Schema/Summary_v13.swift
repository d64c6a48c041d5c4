import GRDB

/// What a week up to now and the township table read instead of the history: the open
/// requests' clocks, as a tally by the day each clock runs out and township
/// (`Tallies.clocks`) and as an index in the order they run out, so that open and overdue
/// are counted from the tally and 需要关注 read from the index's first rows; first contacts
/// due and made in time, by day (`Tallies.contactDeadlines`); requests resolved and followed up,
/// by day (`Tallies.followUps`, for the satisfaction report); the resolutions
/// by time, without the other events between them; the diaries by day of visit, for the
/// cadres silent for a month; and each diary's submitted reviews, for those waiting over a week.
enum Summary_v13 {
    static let identifier = "v13 summary without the history"

    static let tallies = [Tallies.clocks, Tallies.contactDeadlines, Tallies.followUps]

    static func migrate(_ db: Database) throws {
        // The tally's parts read along the clock index (the planner would take the one by state).
        try db.execute(sql: """
            CREATE INDEX help_request_clock ON help_request(\(Tallies.runsOut), township_id) WHERE \(Queue_v2.openStates);
            CREATE INDEX request_event_resolve ON request_event(at, request_id) WHERE action = 'resolve';
            CREATE INDEX diary_visit ON diary(visit_on, cadre_id);
            CREATE INDEX diary_review_diary_submitted ON diary_review(diary_id, submitted_at) WHERE state = 'submitted';
            """)
        for tally in tallies { try tally.install(db) }
    }
}
