import GRDB
import LeagueCore

/// What the roster needs: pinyin keys to find cadres by ("zcx" for 张传相), the day a cadre
/// left, a version for edits made at the same time, phone indexes for imports to match
/// people by, and an append-only history of every change to a cadre.
enum Roster_v3 {
    static let identifier = "v3 roster"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE cadre ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
            ALTER TABLE cadre ADD COLUMN left_on TEXT;
            ALTER TABLE cadre ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE INDEX cadre_phone ON cadre(phone) WHERE phone IS NOT NULL;
            CREATE INDEX young_person_phone ON young_person(phone) WHERE phone IS NOT NULL;
            CREATE INDEX young_person_name ON young_person(township_id, name);
            CREATE INDEX help_request_open_assignee ON help_request(assignee_cadre_id) WHERE \(Queue_v2.openStates);

            CREATE TABLE cadre_event (
              id INTEGER PRIMARY KEY,
              cadre_id INTEGER NOT NULL REFERENCES cadre(id),
              at INTEGER NOT NULL,
              operator_id INTEGER REFERENCES operator(id),
              action TEXT NOT NULL,
              changes TEXT NOT NULL DEFAULT '{}'
            );
            CREATE INDEX cadre_event_cadre ON cadre_event(cadre_id, id);
            CREATE TRIGGER cadre_event_append_only_update BEFORE UPDATE ON cadre_event
              BEGIN SELECT RAISE(ABORT, 'cadre events are append-only'); END;
            CREATE TRIGGER cadre_event_append_only_delete BEFORE DELETE ON cadre_event
              BEGIN SELECT RAISE(ABORT, 'cadre events are append-only'); END;
            """)
        try fillPinyinKeys(db)
    }

    /// Every cadre's `name_pinyin` made afresh from the name (`Pinyin.searchKeys`).
    static func fillPinyinKeys(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE cadre SET name_pinyin = ? WHERE id = ?")
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM cadre") {
            try update.execute(arguments: [Pinyin.searchKeys(row.value("name")), row.value("id") as Int64])
        }
    }
}
