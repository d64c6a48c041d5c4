import GRDB

/// Photos kept as evidence: each once, by the SHA-256 of the kept JPEG (the file itself is in
/// the photo folder beside the database, see `PhotoFolder`), and which requests and diaries
/// show them. A request's photos are part of its history (an `attach` event names them).
enum Photos_v10 {
    static let identifier = "v10 photos"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE photo (
              id INTEGER PRIMARY KEY,
              sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
              bytes INTEGER NOT NULL,
              width INTEGER NOT NULL,
              height INTEGER NOT NULL,
              taken_at INTEGER,
              added_at INTEGER NOT NULL
            );
            CREATE TABLE request_photo (
              request_id INTEGER NOT NULL REFERENCES help_request(id),
              photo_id INTEGER NOT NULL REFERENCES photo(id),
              name TEXT NOT NULL,
              PRIMARY KEY (request_id, photo_id)
            );
            CREATE TRIGGER request_photo_kept BEFORE DELETE ON request_photo
              BEGIN SELECT RAISE(ABORT, 'photos of a request are part of its history'); END;
            CREATE TABLE diary_photo (
              diary_id INTEGER NOT NULL REFERENCES diary(id),
              position INTEGER NOT NULL,
              photo_id INTEGER NOT NULL REFERENCES photo(id),
              name TEXT NOT NULL,
              PRIMARY KEY (diary_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX diary_photo_photo ON diary_photo(photo_id);
            CREATE INDEX request_photo_photo ON request_photo(photo_id);
            """)
    }
}
