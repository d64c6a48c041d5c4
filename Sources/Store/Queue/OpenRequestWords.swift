import GRDB
import LeagueCore

/// The words of the open requests alone, in two indexes like the search's own: trigrams
/// (`open_request_fts`) and two-character pieces (`open_request_grams`). A search's overdue
/// requests and today's arrivals are open ones; found through the indexes of every request,
/// they were looked for among all the word's matches (110,000 for 台风过后 at a hundred times
/// the county), each statement making that list again, or by walking every open request.
/// These find the word's open requests directly (8,500 for 台风过后).
///
/// Contentless FTS5 tables, kept by triggers whoever writes: a request enters them when it is
/// made open or reopened, leaves them when it is closed or deleted, and is indexed afresh
/// when its title or body changes while open. A contentless table forgets a row only when
/// told the words it was given, so the triggers pass the row's old title and body.
public enum OpenRequestWords {
    static let trigrams = "open_request_fts"
    static let pieces = "open_request_grams"

    /// Whether `row` (new, old, or a table's alias) is an open request.
    private static func isOpen(_ row: String) -> String {
        "\(row).state IN (\(RequestState.allCases.filter(\.isOpen).sql))"
    }

    /// The statements that put `row`'s words in both indexes (`deleting`: take them out);
    /// `source` ends each SELECT of them (a WHERE, or a FROM for many rows).
    private static func indexing(_ row: String, deleting: Bool = false, _ source: String = "") -> String {
        /// The columns a row's words go in by, and its values for them: a delete names the index first.
        func key(_ index: String) -> (columns: String, values: String) {
            deleting ? ("\(index), rowid", "'delete', \(row).id") : ("rowid", "\(row).id")
        }
        let (trigramColumns, trigramValues) = key(trigrams)
        let (pieceColumns, pieceValues) = key(pieces)
        return """
            INSERT INTO \(trigrams) (\(trigramColumns), title, body) SELECT \(trigramValues), \(row).title, \(row).body \(source);
            INSERT INTO \(pieces) (\(pieceColumns), grams) SELECT \(pieceValues), \(ShortSearch_v12.pieces(of: row)) \(source);
            """
    }

    static var triggers: [(name: String, sql: String)] {
        let changed = """
            old.id IS NOT new.id OR old.title IS NOT new.title OR old.body IS NOT new.body
              OR (\(isOpen("old"))) IS NOT (\(isOpen("new")))
            """
        return [
            ("open_request_words_insert", """
                CREATE TRIGGER open_request_words_insert AFTER INSERT ON help_request WHEN \(isOpen("new"))
                BEGIN \(indexing("new")) END
                """),
            ("open_request_words_delete", """
                CREATE TRIGGER open_request_words_delete AFTER DELETE ON help_request WHEN \(isOpen("old"))
                BEGIN \(indexing("old", deleting: true)) END
                """),
            ("open_request_words_update", """
                CREATE TRIGGER open_request_words_update AFTER UPDATE OF id, title, body, state ON help_request
                WHEN (\(isOpen("old")) OR \(isOpen("new"))) AND (\(changed))
                BEGIN \(indexing("old", deleting: true, "WHERE \(isOpen("old"))")) \(indexing("new", "WHERE \(isOpen("new"))")) END
                """),
        ]
    }

    static func install(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(trigrams) USING fts5(title, body, content = '', tokenize = 'trigram');
            CREATE VIRTUAL TABLE \(pieces) USING fts5(grams, content = '', tokenize = 'unicode61', detail = 'none');
            """)
        try fill(db)
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// Empties both indexes and puts every open request's words in them.
    private static func fill(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO \(trigrams) (\(trigrams)) VALUES ('delete-all');
            INSERT INTO \(pieces) (\(pieces)) VALUES ('delete-all');
            \(indexing("r", "FROM help_request r WHERE \(isOpen("r"))"))
            """)
    }

    /// What is wrong with the indexes: requests in them that are not open (or not there), and
    /// open requests not in them. A contentless index cannot give back the words it holds, so
    /// it is the requests it holds that are checked.
    static func problems(_ db: Database) throws -> [String] {
        guard try db.tableExists(trigrams) else { return [] }
        return try [trigrams, pieces].compactMap { index in
            let differing = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM (SELECT rowid FROM \(index) EXCEPT SELECT id FROM help_request r WHERE \(isOpen("r"))))
                     + (SELECT count(*) FROM (SELECT id FROM help_request r WHERE \(isOpen("r")) EXCEPT SELECT rowid FROM \(index)))
                     + (SELECT count(*) FROM \(index)) - (SELECT count(*) FROM (SELECT DISTINCT rowid FROM \(index)))
                """) ?? 0
            return differing == 0 ? nil : "\(index): \(differing) requests differ from the open ones (circledesk check --repair indexes them again)"
        }
    }

    /// Indexes the open requests afresh when `problems` finds anything; whether it did.
    static func repair(_ db: Database) throws -> Bool {
        guard try !problems(db).isEmpty else { return false }
        try fill(db)
        return true
    }
}
