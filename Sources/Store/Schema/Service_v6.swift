import GRDB

/// Volunteer projects (such as the 915 Youth Rescue Project Group after Typhoon Meranti), their
/// help squads (帮帮团) with a leader and members, and each squad's plan filed with the county
/// through the squad-plan workflow, with its append-only history; and activity polls (服务菜单):
/// a draft with a menu of options, young people's replies, and how the activity changed; and
/// what each township plans for a volunteer service day, with who signed up.
enum Service_v6 {
    static let identifier = "v6 volunteer service"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE volunteer_project (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE,
              started_on TEXT NOT NULL,
              description TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE help_squad (
              id INTEGER PRIMARY KEY,
              project_id INTEGER NOT NULL REFERENCES volunteer_project(id),
              name TEXT NOT NULL,
              township_id INTEGER REFERENCES township(id),
              leader_cadre_id INTEGER REFERENCES cadre(id),
              plan TEXT NOT NULL DEFAULT '',
              plan_state TEXT NOT NULL DEFAULT 'draft',
              version INTEGER NOT NULL DEFAULT 1,
              UNIQUE (project_id, name)
            );
            CREATE TABLE squad_member (
              squad_id INTEGER NOT NULL REFERENCES help_squad(id),
              name TEXT NOT NULL,
              cadre_id INTEGER REFERENCES cadre(id),
              PRIMARY KEY (squad_id, name)
            ) WITHOUT ROWID;
            CREATE TABLE squad_event (
              id INTEGER PRIMARY KEY,
              squad_id INTEGER NOT NULL REFERENCES help_squad(id),
              at INTEGER NOT NULL,
              operator_id INTEGER REFERENCES operator(id),
              action TEXT NOT NULL,
              from_state TEXT,
              to_state TEXT,
              note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX squad_event_squad ON squad_event(squad_id, id);
            CREATE TRIGGER squad_event_append_only_update BEFORE UPDATE ON squad_event
              BEGIN SELECT RAISE(ABORT, 'squad events are append-only'); END;
            CREATE TRIGGER squad_event_append_only_delete BEFORE DELETE ON squad_event
              BEGIN SELECT RAISE(ABORT, 'squad events are append-only'); END;

            CREATE TABLE activity (
              id INTEGER PRIMARY KEY,
              title TEXT NOT NULL,
              township_id INTEGER REFERENCES township(id),
              draft TEXT NOT NULL DEFAULT '',
              posted_at INTEGER NOT NULL,
              outcome TEXT,
              changed_at INTEGER
            );
            CREATE TABLE activity_option (
              activity_id INTEGER NOT NULL REFERENCES activity(id),
              position INTEGER NOT NULL,
              label TEXT NOT NULL,
              PRIMARY KEY (activity_id, position)
            ) WITHOUT ROWID;
            CREATE TABLE activity_reply (
              id INTEGER PRIMARY KEY,
              activity_id INTEGER NOT NULL REFERENCES activity(id),
              position INTEGER NOT NULL,
              respondent TEXT NOT NULL DEFAULT '',
              comment TEXT NOT NULL DEFAULT '',
              replied_at INTEGER NOT NULL,
              FOREIGN KEY (activity_id, position) REFERENCES activity_option(activity_id, position)
            );
            CREATE INDEX activity_reply_activity ON activity_reply(activity_id);

            CREATE TABLE service_day_plan (
              id INTEGER PRIMARY KEY,
              day TEXT NOT NULL,
              township_id INTEGER NOT NULL REFERENCES township(id),
              plan TEXT NOT NULL,
              UNIQUE (day, township_id)
            );
            CREATE TABLE service_day_signup (
              plan_id INTEGER NOT NULL REFERENCES service_day_plan(id),
              name TEXT NOT NULL,
              PRIMARY KEY (plan_id, name)
            ) WITHOUT ROWID;
            """)
    }
}
