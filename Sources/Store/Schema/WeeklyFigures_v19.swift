import GRDB
import LeagueCore

/// The weekly summary read every first contact of the week into memory and sorted them for
/// the median and the 90th percentile: at a hundred times the county 54,000 a week. They are
/// now indexed by week and time to first contact (`help_request_contact_week`, in place of
/// `help_request_first_contact`, which only that read), so that each percentile is one value
/// read at its rank. Its count of diaries waiting over a week read every waiting diary's row
/// for its state and looked up its reviews (8,000 of each): the waiting index now holds the
/// state, and the few waiting diaries that have a review are tallied (`Tallies.waitingReviews`)
/// so that only theirs are looked up. The suggestions, read four times by the summary, had no
/// index by time: they are indexed by when received (with when answered) and when answered.
enum WeeklyFigures_v19 {
    static let identifier = "v19 weekly figures by rank"

    static let tallies = [Tallies.waitingReviews]

    /// The county week of a first contact, and the time it took: the index's first two columns,
    /// spelled the same where they are read.
    static let contactWeek = TallySQL.week("first_contact_at")
    static let contactTime = "(first_contact_at - created_at)"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX help_request_first_contact;
            CREATE INDEX help_request_contact_week ON help_request(\(contactWeek), \(contactTime), first_contact_at)
              WHERE first_contact_at IS NOT NULL;
            DROP INDEX diary_waiting;
            CREATE INDEX diary_waiting ON diary(submitted_at, state) WHERE state IN (\(DiaryState.waiting.sql));
            CREATE INDEX suggestion_received ON suggestion(received_at, answered_at);
            CREATE INDEX suggestion_answered ON suggestion(answered_at) WHERE answered_at IS NOT NULL;
            """)
        for tally in tallies { try tally.install(db) }
    }
}
