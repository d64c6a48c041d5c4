import GRDB

/// What diary review needs: who holds a diary while scoring it (so two reviewers never score
/// the same one by accident), how many independent reviews it wants (two for the sample an
/// admin picks), and the append-only history of each diary.
enum Review_v4 {
    static let identifier = "v4 diary review"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE diary ADD COLUMN claimed_by INTEGER REFERENCES operator(id);
            ALTER TABLE diary ADD COLUMN claimed_at INTEGER;
            ALTER TABLE diary ADD COLUMN reviews_wanted INTEGER NOT NULL DEFAULT 1 CHECK (reviews_wanted IN (1, 2));
            UPDATE diary SET
              claimed_by = (SELECT reviewer_id FROM diary_review WHERE diary_id = diary.id AND state = 'draft' ORDER BY id LIMIT 1),
              claimed_at = (SELECT updated_at FROM diary_review WHERE diary_id = diary.id AND state = 'draft' ORDER BY id LIMIT 1)
              WHERE state = 'in_review';
            UPDATE diary SET reviews_wanted = 2
              WHERE (SELECT count(*) FROM diary_review WHERE diary_id = diary.id AND state = 'submitted') >= 2;
            CREATE INDEX diary_claimed ON diary(claimed_by) WHERE claimed_by IS NOT NULL;

            CREATE TABLE diary_event (
              id INTEGER PRIMARY KEY,
              diary_id INTEGER NOT NULL REFERENCES diary(id),
              at INTEGER NOT NULL,
              operator_id INTEGER REFERENCES operator(id),
              action TEXT NOT NULL,
              from_state TEXT,
              to_state TEXT,
              note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX diary_event_diary ON diary_event(diary_id, id);
            CREATE TRIGGER diary_event_append_only_update BEFORE UPDATE ON diary_event
              BEGIN SELECT RAISE(ABORT, 'diary events are append-only'); END;
            CREATE TRIGGER diary_event_append_only_delete BEFORE DELETE ON diary_event
              BEGIN SELECT RAISE(ABORT, 'diary events are append-only'); END;
            """)
    }
}
