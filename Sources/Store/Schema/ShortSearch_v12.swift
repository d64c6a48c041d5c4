import GRDB

/// One- and two-character words found through an index: the requests' titles and bodies
/// as the bag of their two-character pieces (and each text's last character), in an
/// FTS5 table with no copy of the text. A two-character word is one piece; a one-character
/// word, the pieces it begins. The trigram index (v2) cannot find words under three
/// characters. Kept by triggers as requests come and change; SQL alone cuts the
/// pieces, so a write with sqlite3 keeps it too.
enum ShortSearch_v12 {
    static let identifier = "v12 short search"

    /// The pieces of `row`'s (new's or old's) title and body, separated by spaces.
    static func pieces(of row: String) -> String {
        func of(_ text: String) -> String {
            """
            (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < length(\(text)))
             SELECT group_concat(substr(\(text), i, 2), ' ') FROM n)
            """
        }
        return "coalesce(\(of("\(row).title")), '') || ' ' || coalesce(\(of("\(row).body")), '')"
    }

    static func migrate(_ db: Database) throws {
        func insert(_ row: String) -> String {
            "INSERT INTO help_request_grams (rowid, grams) VALUES (\(row).id, \(pieces(of: row)));"
        }
        func delete(_ row: String) -> String {
            "INSERT INTO help_request_grams (help_request_grams, rowid, grams) VALUES ('delete', \(row).id, \(pieces(of: row)));"
        }
        try db.execute(sql: """
            CREATE VIRTUAL TABLE help_request_grams USING fts5(grams, content = '', tokenize = 'unicode61', detail = 'none');
            CREATE TRIGGER help_request_grams_insert AFTER INSERT ON help_request BEGIN \(insert("new")) END;
            CREATE TRIGGER help_request_grams_delete AFTER DELETE ON help_request BEGIN \(delete("old")) END;
            CREATE TRIGGER help_request_grams_update AFTER UPDATE OF title, body ON help_request
              WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN \(delete("old")) \(insert("new")) END;
            INSERT INTO help_request_grams (rowid, grams) SELECT r.id, \(pieces(of: "r")) FROM help_request r;
            """)
    }
}
