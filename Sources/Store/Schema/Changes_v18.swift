import GRDB

/// A past week's summary replays the requests changed since the week ended (v15 finds them
/// along `help_request_changes`), and judged each one from its row: at a hundred times the
/// county 33,600 rows read at random, half the replay's time. The index now holds what the
/// summary reads of them — the same columns as `help_request_open_standing` holds of the open
/// requests — so that the replay reads no row.
enum Changes_v18 {
    static let identifier = "v18 a week's changes with their deadlines"

    static func migrate(_ db: Database) throws {
        let held = Tallies_v11.standingColumns.filter { !["id", "created_at", "updated_at"].contains($0) }
        try db.execute(sql: """
            DROP INDEX help_request_changes;
            CREATE INDEX help_request_changes ON help_request(updated_at, created_at, \(held.joined(separator: ", ")));
            """)
    }
}
