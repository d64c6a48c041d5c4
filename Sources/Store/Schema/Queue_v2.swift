import GRDB

/// What the help-request queue reads by: partial indexes over the open requests in the
/// queue's orders (the planner walks them instead of sorting; the priority one also holds
/// the deadlines, so telling overdue from on-time rows needs no table lookups) and one that
/// covers the status line's counts, an index per state for browsing closed ones, the
/// requests an operator acted on (and their latest action, for undo), and a trigram full-text index
/// over titles and bodies kept in step by triggers.
enum Queue_v2 {
    static let identifier = "v2 queue indexes and search"

    /// The open states when this migration landed, written out: the partial indexes serve
    /// queries whose WHERE says exactly this (`RequestSQL.isOpen`; a test keeps them equal).
    static let openStates = "state IN ('collected', 'village_review', 'township_review', 'needs_info', 'published', 'assigned', 'in_progress')"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX help_request_open_priority ON help_request(
              urgency DESC, created_at, id, first_contact_at, first_contact_due, resolution_due, sla_paused_at)
              WHERE \(openStates);
            CREATE INDEX help_request_open_age ON help_request(created_at, id)
              WHERE \(openStates);
            CREATE INDEX help_request_open_counts ON help_request(
              township_id, category_id, urgency, state, created_at, first_contact_due, first_contact_at,
              resolution_due, sla_paused_at, assignee_cadre_id) WHERE \(openStates);
            CREATE INDEX help_request_state_priority ON help_request(state, urgency DESC, created_at, id);
            CREATE INDEX request_event_operator ON request_event(operator_id, id, request_id)
              WHERE operator_id IS NOT NULL;

            CREATE VIRTUAL TABLE help_request_fts USING fts5(
              title, body, content = 'help_request', content_rowid = 'id', tokenize = 'trigram');
            CREATE TRIGGER help_request_fts_insert AFTER INSERT ON help_request BEGIN
              INSERT INTO help_request_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            CREATE TRIGGER help_request_fts_delete AFTER DELETE ON help_request BEGIN
              INSERT INTO help_request_fts (help_request_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END;
            CREATE TRIGGER help_request_fts_update AFTER UPDATE OF title, body ON help_request BEGIN
              INSERT INTO help_request_fts (help_request_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
              INSERT INTO help_request_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            INSERT INTO help_request_fts (help_request_fts) VALUES ('rebuild');
            """)
    }
}
