import GRDB

/// What the day log reads a day of by: each event table by time (the requests' already was);
/// the duplicates merged into a request, which its detail lists; and each person's saved
/// views of the queue.
enum DayLog_v9 {
    static let identifier = "v9 day log indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX cadre_event_at ON cadre_event(at);
            CREATE INDEX diary_event_at ON diary_event(at);
            CREATE INDEX squad_event_at ON squad_event(at);
            CREATE INDEX help_request_merged_into ON help_request(merged_into_id) WHERE merged_into_id IS NOT NULL;
            CREATE TABLE saved_view (
              operator_id INTEGER NOT NULL REFERENCES operator(id),
              name TEXT NOT NULL,
              filter TEXT NOT NULL,
              sort TEXT NOT NULL,
              PRIMARY KEY (operator_id, name)
            );
            """)
    }
}
