import GRDB

/// What the weekly summary reads by: events by time (with their action and request, so a
/// week's resolutions are counted from the index alone) and requests by the time they came
/// (with their category and township, for the breakdowns).
enum Summary_v5 {
    static let identifier = "v5 summary indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX request_event_at ON request_event(at, action, request_id);
            CREATE INDEX help_request_created ON help_request(created_at, category_id, township_id);
            """)
    }
}
