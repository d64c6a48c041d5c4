import GRDB

/// The tallies the reports read instead of the history (see `Tallies`), filled from the
/// history already there and kept from then on by their triggers; and the open requests'
/// standing as an index that holds all the weekly summary reads of them (its headline's open
/// and overdue, 需要关注), so that it reads no request's row but the thirty it names.
enum Tallies_v11 {
    static let identifier = "v11 tallies"

    static let standingColumns = [
        "id", "created_at", "updated_at", "township_id", "category_id", "first_contact_due", "first_contact_at",
        "resolution_due", "sla_paused_at", "escalated_at", "assignee_cadre_id", "assignee_commune_id",
    ]

    /// The tallies this migration made.
    static let tallies = [Tallies.requests, Tallies.standing, Tallies.surveys, Tallies.surveysByTownship, Tallies.diaries, Tallies.eventDays]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
        try db.execute(sql: """
            CREATE INDEX help_request_open_standing ON help_request(\(standingColumns.dropFirst().joined(separator: ", ")), state)
              WHERE \(Queue_v2.openStates)
            """)
    }
}
