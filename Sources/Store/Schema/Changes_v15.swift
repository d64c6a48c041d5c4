import GRDB

/// A past week's summary replays the requests changed since the week ended: it finds them
/// by when they were changed and made, and reads each one's last state before the end. Both
/// indexes now hold what those reads test, so that neither reads a row to test it: at a
/// hundred times the county the week before was changed since in 145,000 requests, of which
/// 34,000 had been made by then, and each has a dozen events. Each replaces the narrower index
/// it begins with.
enum Changes_v15 {
    static let identifier = "v15 a week's changes from indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX help_request_changes ON help_request(updated_at, created_at);
            DROP INDEX help_request_updated;
            CREATE INDEX request_event_states ON request_event(request_id, id, at, to_state);
            DROP INDEX request_event_request;
            """)
    }
}
