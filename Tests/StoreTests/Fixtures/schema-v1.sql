-- A CircleDesk database as the v1 migrations left it (saved when they landed; never edit).
PRAGMA application_id = 1128549169;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1 county schema');
INSERT INTO grdb_migrations VALUES('v1 seed categories and rubric');
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
CREATE TABLE category (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  sensitive INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL
);
INSERT INTO category VALUES(1,'volunteer','志愿','Volunteering',0,0);
INSERT INTO category VALUES(2,'entrepreneurship','创业','Business',0,1);
INSERT INTO category VALUES(3,'dating','婚恋','Dating',1,2);
INSERT INTO category VALUES(4,'health','健康','Health',1,3);
INSERT INTO category VALUES(5,'psychology','心理','Psychology',1,4);
INSERT INTO category VALUES(6,'assistance','帮扶','Relief',0,5);
INSERT INTO category VALUES(7,'employment','就业','Jobs',0,6);
INSERT INTO category VALUES(8,'other','其他','Other',0,7);
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
CREATE TABLE cadre_contact_point (
  cadre_id INTEGER NOT NULL REFERENCES cadre(id),
  contact_point_id INTEGER NOT NULL REFERENCES contact_point(id),
  PRIMARY KEY (cadre_id, contact_point_id)
) WITHOUT ROWID;
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
CREATE TABLE pairing (
  id INTEGER PRIMARY KEY,
  card_number TEXT NOT NULL UNIQUE,
  cadre_id INTEGER NOT NULL REFERENCES cadre(id),
  young_person_id INTEGER NOT NULL REFERENCES young_person(id),
  kind TEXT NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT
);
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
CREATE TABLE rubric (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  criteria TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO rubric VALUES(1,'团县委日记点评标准','[{"code":"youth_info","name_en":"Youth information gathered","name_zh":"青年信息收集","weight":30},{"code":"real_things","name_en":"Real things done for young people","name_zh":"为青年办实事","weight":35},{"code":"reflection","name_en":"Quality of reflection","name_zh":"心得体会","weight":20},{"code":"evidence","name_en":"Evidence and photos","name_zh":"图片佐证","weight":15}]',1467302400,1);
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
CREATE TABLE diary_comment (
  id INTEGER PRIMARY KEY,
  diary_id INTEGER NOT NULL REFERENCES diary(id),
  parent_id INTEGER REFERENCES diary_comment(id),
  author_kind TEXT NOT NULL CHECK (author_kind IN ('reviewer', 'cadre', 'group')),
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
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
CREATE TABLE survey_answer (
  response_id INTEGER NOT NULL REFERENCES survey_response(id),
  question_id INTEGER NOT NULL REFERENCES survey_question(id),
  value INTEGER,
  text TEXT,
  PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
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
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX commune_township ON commune(township_id);
CREATE INDEX cadre_township ON cadre(township_id);
CREATE INDEX cadre_commune ON cadre(commune_id);
CREATE INDEX cadre_contact_point_point ON cadre_contact_point(contact_point_id);
CREATE INDEX young_person_township ON young_person(township_id);
CREATE INDEX pairing_cadre ON pairing(cadre_id);
CREATE INDEX pairing_young_person ON pairing(young_person_id);
CREATE INDEX help_request_township_state ON help_request(township_id, state);
CREATE INDEX help_request_assignee_cadre ON help_request(assignee_cadre_id)
  WHERE assignee_cadre_id IS NOT NULL;
CREATE INDEX request_event_request ON request_event(request_id, id);
CREATE TRIGGER request_event_append_only_update BEFORE UPDATE ON request_event
  BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
CREATE TRIGGER request_event_append_only_delete BEFORE DELETE ON request_event
  BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
CREATE INDEX diary_cadre ON diary(cadre_id, visit_on);
CREATE INDEX diary_waiting ON diary(submitted_at)
  WHERE state IN ('submitted', 'in_review');
CREATE INDEX diary_review_reviewer ON diary_review(reviewer_id);
CREATE INDEX diary_comment_diary ON diary_comment(diary_id, id);
CREATE INDEX survey_response_survey ON survey_response(survey_id);
CREATE INDEX survey_response_cadre ON survey_response(cadre_id);
CREATE INDEX survey_response_request ON survey_response(request_id)
  WHERE request_id IS NOT NULL;
CREATE INDEX suggestion_township ON suggestion(township_id);
COMMIT;
