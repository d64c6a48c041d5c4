import GRDB
import LeagueCore

/// A table of figures kept as the work happens: per day (or month) and group, what the
/// reports would otherwise count from the whole history. Kept by triggers, in the same
/// transaction as the write that changes them, whoever writes — the desk, an import, the
/// demo, or someone repairing a row with sqlite3 — so there is no write path that forgets one.
///
/// A tally is written once, as its *parts*: SELECTs that give, for the rows of the history
/// they read, each row's contribution (key columns, then measures, by name). The same parts
/// fill the table (migration, repair), check it (`check`), keep it (each trigger adds a new
/// row's part and takes away an old one's) and read the edges of a span that do not fill
/// whole days.
struct Tally: Sendable {
    let table: String
    /// Key columns, then measure columns, with their SQL types.
    let keys: [(name: String, type: String)]
    let measures: [(name: String, type: String)]
    /// How a measure gathers: added up, or the greatest (a last id).
    let gathering: Gathering
    /// The contributions of the history, each part's instants held to `within` (a condition
    /// on an instant column; `{ _ in "1" }` for the whole history).
    let parts: @Sendable (_ within: (String) -> String) -> [String]
    /// The triggers that keep it, made for it: by name, each a `CREATE TRIGGER` statement.
    let keeping: @Sendable (Tally) -> [(name: String, sql: String)]

    var triggers: [(name: String, sql: String)] { keeping(self) }

    enum Gathering: Sendable { case sum, max }

    /// Every contribution of the history as it stands.
    var everything: [String] { parts { _ in "1" } }

    var keyList: String { keys.map(\.name).joined(separator: ", ") }
    var measureList: String { measures.map(\.name).joined(separator: ", ") }

    var createTable: String {
        let columns = (keys + measures).map { "\($0.name) \($0.type) NOT NULL" }.joined(separator: ", ")
        return "CREATE TABLE \(table) (\(columns), PRIMARY KEY (\(keyList))) WITHOUT ROWID"
    }

    /// `parts` summed (or maxed) by key.
    func gathered(_ parts: [String]) -> String {
        let function = gathering == .sum ? "total" : "max"
        return """
            SELECT \(keyList), \(measures.map { "\(function)(\($0.name)) AS \($0.name)" }.joined(separator: ", "))
            FROM (\(parts.joined(separator: " UNION ALL "))) GROUP BY \(keyList)
            """
    }

    /// The statement that adds a contribution `part` into the table; `taking` takes it away.
    func adding(_ part: String, taking: Bool = false) -> String {
        let values = measures.map { taking ? "-\($0.name)" : $0.name }.joined(separator: ", ")
        let update = measures.map {
            gathering == .sum ? "\($0.name) = \($0.name) + excluded.\($0.name)" : "\($0.name) = max(\($0.name), excluded.\($0.name))"
        }.joined(separator: ", ")
        return """
            INSERT INTO \(table) (\(keyList), \(measureList)) SELECT \(keyList), \(values) FROM (\(part)) WHERE true
            ON CONFLICT (\(keyList)) DO UPDATE SET \(update);
            """
    }

    /// The statement that removes the rows `part` touched whose measures all came to zero: for a
    /// tally whose days pass (a request's clock moves on), so that old days leave no rows to read.
    func pruning(_ part: String) -> String {
        """
        DELETE FROM \(table) WHERE (\(keyList)) IN (SELECT \(keyList) FROM (\(part)))
          AND \(measures.map { "\($0.name) = 0" }.joined(separator: " AND "));
        """
    }

    /// Fills the table afresh from the history.
    func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table)")
        try db.execute(sql: "INSERT INTO \(table) (\(keyList), \(measureList)) \(gathered(everything))")
    }

    /// Counts the table again from the history, once, and puts the recount in its place if any
    /// row differs. Whether it did.
    func repair(_ db: Database) throws -> Bool {
        let recount = "\(table)_recount"
        try db.execute(sql: "DROP TABLE IF EXISTS temp.\(recount)")
        try db.execute(sql: "CREATE TEMP TABLE \(recount) AS \(gathered(everything))")
        defer { try? db.execute(sql: "DROP TABLE temp.\(recount)") }
        guard try differences(db, from: "SELECT \(keyList), \(measureList) FROM temp.\(recount)") > 0 else { return false }
        try db.execute(sql: "DELETE FROM \(table)")
        try db.execute(sql: "INSERT INTO \(table) (\(keyList), \(measureList)) SELECT \(keyList), \(measureList) FROM temp.\(recount)")
        return true
    }

    /// How many of the table's keys have other figures than the history's (rows whose
    /// measures are all zero count as absent; sums of scores are compared to a millionth), or
    /// than `recount`'s.
    func differences(_ db: Database, from recount: String? = nil) throws -> Int {
        let rounded = measures.map { $0.type == "REAL" ? "round(\($0.name), 6) AS \($0.name)" : $0.name }.joined(separator: ", ")
        let nonZero = measures.map { "\($0.name) != 0" }.joined(separator: " OR ")
        let kept = "SELECT \(keyList), \(rounded) FROM \(table) WHERE \(nonZero)"
        let history = "SELECT \(keyList), \(rounded) FROM (\(recount ?? gathered(everything))) WHERE \(nonZero)"
        // A row changed is one key on both sides: counted once.
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT \(keyList) FROM (\(kept) EXCEPT \(history)) UNION SELECT \(keyList) FROM (\(history) EXCEPT \(kept)))
            """) ?? 0
    }
}

/// SQL pieces the tallies share.
enum TallySQL {
    /// The county's offset from UTC, in seconds (UTC+8, no daylight saving).
    static let offset: Int64 = 8 * 3600

    /// The county's calendar day of an instant, as a day number since 1970-01-01.
    static func day(_ at: String) -> String { "((\(at) + \(offset)) / 86400)" }

    /// The county's ISO week of an instant, as a week number (weeks start on Monday at
    /// midnight county time; 1970-01-05 was a Monday).
    static func week(_ at: String) -> String { "((\(at) - \(4 * 86400 - offset)) / 604800)" }

    /// The first instant of the week numbered `week`, as `week` numbers them.
    static func weekStart(_ week: String) -> String { "((\(week)) * 604800 + \(4 * 86400 - offset))" }

    /// The report period of `kind` an instant falls in, in county time, as `ReportPeriod`
    /// spells it: 2026, 2026H2, 2026Q4, 2026-11.
    static func period(_ kind: ReportPeriod.Kind, _ at: String) -> String {
        let local = "\(at) + \(offset), 'unixepoch'"
        let year = "strftime('%Y', \(local))", month = "CAST(strftime('%m', \(local)) AS INTEGER)"
        return switch kind {
        case .year: year
        case .half: "(\(year) || 'H' || ((\(month) + 5) / 6))"
        case .quarter: "(\(year) || 'Q' || ((\(month) + 2) / 3))"
        case .month: "strftime('%Y-%m', \(local))"
        }
    }

    /// A one-row source named `alias` made of a trigger's `new` or `old` row: a part written
    /// for a table reads the changed row alone when given this in the table's place.
    static func row(_ which: String, _ columns: [String], as alias: String) -> String {
        "(SELECT \(columns.map { "\(which).\($0) AS \($0)" }.joined(separator: ", "))) \(alias)"
    }

    /// `CREATE TRIGGER` with `statements` as its body.
    static func trigger(_ name: String, _ event: String, when: String? = nil, _ statements: [String]) -> (name: String, sql: String) {
        (name, "CREATE TRIGGER \(name) \(event)\(when.map { " WHEN \($0)" } ?? "") BEGIN \(statements.joined(separator: " ")) END")
    }
}

extension Tally {
    /// Makes the table, fills it from the history and sets its triggers.
    func install(_ db: Database) throws {
        try db.execute(sql: createTable)
        try rebuild(db)
        try setTriggers(db)
    }

    func setTriggers(_ db: Database) throws {
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// The triggers of a tally whose part reads one row of `table` at a time, given the one-row
    /// source of `columns` made of `new` or `old`: a row's part added as it comes, taken away as
    /// it goes, and both when one of `watched` changes. `pruning`: rows that come to zero go.
    /// `named`: for a tally kept from several tables, what tells this table's triggers from
    /// the others'.
    func rowTriggers(on table: String, _ columns: [String], watched: [String], pruning: Bool = false,
                     named: String? = nil, part: (String) -> String) -> [(name: String, sql: String)] {
        let old = part(TallySQL.row("old", columns, as: "r")), new = part(TallySQL.row("new", columns, as: "r"))
        let takingOld = [adding(old, taking: true)] + (pruning ? [self.pruning(old)] : [])
        let name = self.table + (named.map { "_\($0)" } ?? "")
        return [
            TallySQL.trigger("\(name)_insert", "AFTER INSERT ON \(table)", [adding(new)]),
            TallySQL.trigger("\(name)_update", "AFTER UPDATE OF \(watched.joined(separator: ", ")) ON \(table)",
                             when: watched.map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR "), takingOld + [adding(new)]),
            TallySQL.trigger("\(name)_delete", "AFTER DELETE ON \(table)", takingOld),
        ]
    }

    func dropTriggers(_ db: Database) throws {
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
    }
}
