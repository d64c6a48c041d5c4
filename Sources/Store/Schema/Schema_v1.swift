import GRDB

/// The first schema: the whole county's work, from townships to survey answers.
///
/// Landed migrations are never edited: a change to the schema is a new migration.
enum Schema_v1 {
    static let identifier = "v1 county schema"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(AppDatabase.applicationID)")
        try db.execute(sql: places)
        try db.execute(sql: people)
        try db.execute(sql: requests)
        try db.execute(sql: diaries)
        try db.execute(sql: surveys)
        try db.execute(sql: suggestions)
        try db.execute(sql: settings)
    }

    /// Townships, their villages, communities and schools, and the youth communes.
    private static let places = """
        CREATE TABLE township (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          name_en TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('town', 'township')),
          position INTEGER NOT NULL
        );
        CREATE TABLE contact_point (
          id INTEGER PRIMARY KEY,
          township_id INTEGER NOT NULL REFERENCES township(id),
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          UNIQUE (township_id, name)
        );
        CREATE TABLE commune (
          id INTEGER PRIMARY KEY,
          township_id INTEGER NOT NULL REFERENCES township(id),
          name TEXT NOT NULL UNIQUE,
          address TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX commune_township ON commune(township_id);
        CREATE TABLE category (
          id INTEGER PRIMARY KEY,
          code TEXT NOT NULL UNIQUE,
          name_zh TEXT NOT NULL UNIQUE,
          name_en TEXT NOT NULL,
          sensitive INTEGER NOT NULL DEFAULT 0,
          position INTEGER NOT NULL
        );
        """

    /// Cadres, the young people they serve and pair with, and the program's operators.
    private static let people = """
        CREATE TABLE cadre (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          township_id INTEGER NOT NULL REFERENCES township(id),
          commune_id INTEGER REFERENCES commune(id),
          phone TEXT,
          youth_in_contact INTEGER NOT NULL DEFAULT 0 CHECK (youth_in_contact >= 0),
          active INTEGER NOT NULL DEFAULT 1,
          joined_on TEXT
        );
        CREATE INDEX cadre_township ON cadre(township_id);
        CREATE INDEX cadre_commune ON cadre(commune_id);
        CREATE TABLE cadre_contact_point (
          cadre_id INTEGER NOT NULL REFERENCES cadre(id),
          contact_point_id INTEGER NOT NULL REFERENCES contact_point(id),
          PRIMARY KEY (cadre_id, contact_point_id)
        ) WITHOUT ROWID;
        CREATE INDEX cadre_contact_point_point ON cadre_contact_point(contact_point_id);
        CREATE TABLE young_person (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          gender TEXT CHECK (gender IN ('f', 'm')),
          birth_year INTEGER,
          phone TEXT,
          township_id INTEGER NOT NULL REFERENCES township(id),
          contact_point_id INTEGER REFERENCES contact_point(id),
          note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX young_person_township ON young_person(township_id);
        CREATE TABLE pairing (
          id INTEGER PRIMARY KEY,
          card_number TEXT NOT NULL UNIQUE,
          cadre_id INTEGER NOT NULL REFERENCES cadre(id),
          young_person_id INTEGER NOT NULL REFERENCES young_person(id),
          kind TEXT NOT NULL,
          started_on TEXT NOT NULL,
          ended_on TEXT
        );
        CREATE INDEX pairing_cadre ON pairing(cadre_id);
        CREATE INDEX pairing_young_person ON pairing(young_person_id);
        CREATE TABLE operator (
          id INTEGER PRIMARY KEY,
          login TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          township_id INTEGER REFERENCES township(id),
          active INTEGER NOT NULL DEFAULT 1,
          created_at INTEGER NOT NULL,
          CHECK ((role = 'township_secretary') = (township_id IS NOT NULL))
        );
        """

    /// Help requests and their append-only event log. Times are Unix seconds (UTC).
    private static let requests = """
        CREATE TABLE help_request (
          id INTEGER PRIMARY KEY,
          ref TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          category_id INTEGER NOT NULL REFERENCES category(id),
          urgency INTEGER NOT NULL CHECK (urgency BETWEEN 0 AND 2),
          township_id INTEGER NOT NULL REFERENCES township(id),
          contact_point_id INTEGER REFERENCES contact_point(id),
          requester_id INTEGER REFERENCES young_person(id),
          collector_id INTEGER REFERENCES cadre(id),
          source TEXT NOT NULL,
          state TEXT NOT NULL,
          assignee_cadre_id INTEGER REFERENCES cadre(id),
          assignee_commune_id INTEGER REFERENCES commune(id),
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          first_contact_due INTEGER NOT NULL,
          first_contact_at INTEGER,
          resolution_due INTEGER NOT NULL,
          resolved_at INTEGER,
          closed_at INTEGER,
          resolution TEXT,
          escalated_at INTEGER,
          merged_into_id INTEGER REFERENCES help_request(id),
          sla_paused_at INTEGER,
          version INTEGER NOT NULL DEFAULT 1,
          CHECK (assignee_cadre_id IS NULL OR assignee_commune_id IS NULL)
        );
        CREATE INDEX help_request_township_state ON help_request(township_id, state);
        CREATE INDEX help_request_assignee_cadre ON help_request(assignee_cadre_id)
          WHERE assignee_cadre_id IS NOT NULL;
        CREATE TABLE request_event (
          id INTEGER PRIMARY KEY,
          request_id INTEGER NOT NULL REFERENCES help_request(id),
          at INTEGER NOT NULL,
          operator_id INTEGER REFERENCES operator(id),
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          from_state TEXT,
          to_state TEXT,
          note TEXT NOT NULL DEFAULT '',
          data TEXT
        );
        CREATE INDEX request_event_request ON request_event(request_id, id);
        CREATE TRIGGER request_event_append_only_update BEFORE UPDATE ON request_event
          BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
        CREATE TRIGGER request_event_append_only_delete BEFORE DELETE ON request_event
          BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
        """

    /// Work diaries, their reviews against a rubric, and the comment threads under them.
    private static let diaries = """
        CREATE TABLE rubric (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          criteria TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE diary (
          id INTEGER PRIMARY KEY,
          cadre_id INTEGER NOT NULL REFERENCES cadre(id),
          contact_point_id INTEGER REFERENCES contact_point(id),
          visit_on TEXT NOT NULL,
          submitted_at INTEGER NOT NULL,
          work_log TEXT NOT NULL,
          reflections TEXT NOT NULL DEFAULT '',
          photo_refs TEXT NOT NULL DEFAULT '[]',
          state TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX diary_cadre ON diary(cadre_id, visit_on);
        CREATE INDEX diary_waiting ON diary(submitted_at)
          WHERE state IN ('submitted', 'in_review');
        CREATE TABLE diary_review (
          id INTEGER PRIMARY KEY,
          diary_id INTEGER NOT NULL REFERENCES diary(id),
          reviewer_id INTEGER NOT NULL REFERENCES operator(id),
          rubric_id INTEGER NOT NULL REFERENCES rubric(id),
          scores TEXT NOT NULL,
          total REAL,
          comment TEXT NOT NULL DEFAULT '',
          state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
          updated_at INTEGER NOT NULL,
          submitted_at INTEGER,
          UNIQUE (diary_id, reviewer_id)
        );
        CREATE INDEX diary_review_reviewer ON diary_review(reviewer_id);
        CREATE TABLE diary_comment (
          id INTEGER PRIMARY KEY,
          diary_id INTEGER NOT NULL REFERENCES diary(id),
          parent_id INTEGER REFERENCES diary_comment(id),
          author_kind TEXT NOT NULL CHECK (author_kind IN ('reviewer', 'cadre', 'group')),
          author_name TEXT NOT NULL,
          body TEXT NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE INDEX diary_comment_diary ON diary_comment(diary_id, id);
        """

    /// Satisfaction surveys: questions, and each respondent's answers.
    private static let surveys = """
        CREATE TABLE survey (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          kind TEXT NOT NULL,
          period_start TEXT NOT NULL,
          period_end TEXT NOT NULL,
          target TEXT NOT NULL DEFAULT '{}',
          created_at INTEGER NOT NULL
        );
        CREATE TABLE survey_question (
          id INTEGER PRIMARY KEY,
          survey_id INTEGER NOT NULL REFERENCES survey(id),
          position INTEGER NOT NULL,
          kind TEXT NOT NULL,
          text TEXT NOT NULL,
          UNIQUE (survey_id, position)
        );
        CREATE TABLE survey_response (
          id INTEGER PRIMARY KEY,
          survey_id INTEGER NOT NULL REFERENCES survey(id),
          cadre_id INTEGER REFERENCES cadre(id),
          request_id INTEGER REFERENCES help_request(id),
          township_id INTEGER NOT NULL REFERENCES township(id),
          answered_at INTEGER NOT NULL,
          source TEXT NOT NULL DEFAULT 'typed'
        );
        CREATE INDEX survey_response_survey ON survey_response(survey_id);
        CREATE INDEX survey_response_cadre ON survey_response(cadre_id);
        CREATE INDEX survey_response_request ON survey_response(request_id)
          WHERE request_id IS NOT NULL;
        CREATE TABLE survey_answer (
          response_id INTEGER NOT NULL REFERENCES survey_response(id),
          question_id INTEGER NOT NULL REFERENCES survey_question(id),
          value INTEGER,
          text TEXT,
          PRIMARY KEY (response_id, question_id)
        ) WITHOUT ROWID;
        """

    /// Suggestions (意见建议) from young people, with the county's answers.
    private static let suggestions = """
        CREATE TABLE suggestion (
          id INTEGER PRIMARY KEY,
          ref TEXT NOT NULL UNIQUE,
          content TEXT NOT NULL,
          source TEXT NOT NULL,
          township_id INTEGER REFERENCES township(id),
          young_person_id INTEGER REFERENCES young_person(id),
          received_at INTEGER NOT NULL,
          answer TEXT,
          answered_at INTEGER,
          answered_by INTEGER REFERENCES operator(id)
        );
        CREATE INDEX suggestion_township ON suggestion(township_id);
        """

    /// Settings of this county's copy of the program, as text keyed by name
    /// (`county_name`, `sample_data`, and later SLA and rubric choices).
    private static let settings = """
        CREATE TABLE setting (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) WITHOUT ROWID;
        """
}
