import Foundation
import GRDB
import LeagueCore

extension RequestStore {
    /// Up to `limit` queue rows after or before `position` (from the start, or from the
    /// end for `.before`, when it is nil), read at `now`. Rows come in queue order for
    /// `.after` and nearest-first for `.before`.
    public func queuePage(
        filter: QueueFilter, sort: QueueSort, from position: QueuePosition?, direction: QueueDirection,
        limit: Int, now: Date
    ) throws -> [QueueRow] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try QueueSQL(filter: filter, now: now.unixSeconds)
                    .page(db, sort: sort, from: position, direction: direction, limit: limit)
            }
        }
    }

    /// The statements one `queuePage` call runs, for benchmarks and query plans: the same
    /// SQL can then be timed straight on SQLite.
    public func queuePageStatements(
        filter: QueueFilter, sort: QueueSort, from position: QueuePosition?, direction: QueueDirection, limit: Int, now: Date
    ) -> [(sql: String, arguments: StatementArguments)] {
        QueueSQL(filter: filter, now: now.unixSeconds).statements(sort: sort, from: position, direction: direction, limit: limit)
    }

    /// How many requests the filter shows, how many of them are overdue, how many came
    /// today: each up to `QueueCounts.enough` (the desk's status line), or `exact`ly.
    public func queueCounts(filter: QueueFilter, now: Date, exact: Bool = false) throws -> QueueCounts {
        try StoreError.translating(path: path) {
            try writer.read { db in try QueueSQL(filter: filter, now: now.unixSeconds).counts(db, exact: exact) }
        }
    }
}

/// The queue's SQL for one filter at one moment.
struct QueueSQL {
    let now: Int64
    /// `WHERE` terms, joined with AND.
    private var terms: [String] = []
    /// Whether the filter keeps to the open states, which the partial indexes cover.
    private let onlyOpen: Bool
    private var arguments: [(any DatabaseValueConvertible)?] = []
    /// For a plain search (`QueueFilter.isPlainSearch`) through a full-text index: the
    /// requests the word matches, straight from the index, and the words to match.
    private var plainSearch: (sql: String, argument: String)?

    init(filter: QueueFilter, now: Int64) {
        self.now = now
        onlyOpen = filter.states.isEmpty
        terms.append(filter.states.isEmpty ? RequestSQL.isOpen : "state IN (\(Self.list(filter.states.map(\.sql))))")
        if !filter.categoryIds.isEmpty { terms.append("category_id IN (\(Self.list(filter.categoryIds.map(String.init))))") }
        if !filter.townshipIds.isEmpty { terms.append("township_id IN (\(Self.list(filter.townshipIds.map(String.init))))") }
        if let scope = filter.scopeTownshipId { terms.append("township_id = \(scope)") }
        if !filter.urgencies.isEmpty { terms.append("urgency IN (\(Self.list(filter.urgencies.map { String($0.rawValue) })))") }
        if let cadre = filter.assigneeCadreId { terms.append("assignee_cadre_id = \(cadre)") }
        if let operatorId = filter.actedOnByOperatorId {
            terms.append("id IN (SELECT request_id FROM request_event WHERE operator_id = \(operatorId))")
        }
        if filter.overdueOnly { terms.append(overdue) }
        let search = filter.search.trimmingCharacters(in: .whitespaces)
        let matches = search.isEmpty ? nil : addSearch(search)
        if filter.isPlainSearch { plainSearch = matches }
    }

    /// Three characters or more go through the trigram index; one or two letters or digits,
    /// through the index of two-character pieces (v12); other short words (a mark, a space)
    /// are looked for directly, since neither index finds them. The index's matches, when they
    /// are all the search finds (a word that could be part of a reference finds those too).
    private mutating func addSearch(_ text: String) -> (sql: String, argument: String)? {
        var alternatives: [String] = []
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var matches: (sql: String, argument: String)?
        if text.unicodeScalars.count >= 3 {
            matches = ("SELECT rowid FROM help_request_fts WHERE help_request_fts MATCH ?", quoted)
        } else if text.allSatisfy({ $0.isLetter || $0.isNumber }) {
            matches = ("SELECT rowid FROM help_request_grams WHERE help_request_grams MATCH ?", text.count == 1 ? quoted + "*" : quoted)
        }
        if let matches {
            alternatives.append("id IN (\(matches.sql))")
            arguments.append(matches.argument)
        } else {
            alternatives.append("instr(title, ?) > 0 OR instr(body, ?) > 0")
            arguments += [text, text]
        }
        if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0.isLetter) }) {
            alternatives.append("instr(ref, ?) > 0")
            arguments.append(text.uppercased())
            matches = nil
        }
        terms.append("(" + alternatives.joined(separator: " OR ") + ")")
        return matches
    }

    private static func list(_ items: [String]) -> String { items.sorted().joined(separator: ", ") }

    /// Over open rows only, the deadline test alone: the priority index answers it.
    private var overdue: String { onlyOpen ? RequestSQL.deadlineMissed(at: now) : RequestSQL.isOverdue(at: now) }

    /// The matching rows of `help_request`, whole, and whether each is overdue
    /// (`overdue_now`), for a query to read from (an export).
    var selection: String { "SELECT *, \(overdue) AS overdue_now FROM help_request WHERE \(terms.joined(separator: " AND "))" }
    var selectionArguments: StatementArguments { StatementArguments(arguments) }

    /// The whole order of `sort` over `selection`'s rows named `alias`, as the queue shows them.
    static func order(_ sort: QueueSort, of alias: String) -> String {
        let overdueFirst = sort == .priority ? ["\(alias).overdue_now DESC"] : []
        return (overdueFirst + key(sort).map { "\(alias).\($0.column) \($0.descending ? "DESC" : "ASC")" }).joined(separator: ", ")
    }

    /// The filter's terms, with `also`.
    private func conditions(_ also: String?) -> String { (terms + [also].compactMap { $0 }).joined(separator: " AND ") }

    /// Midnight of `now`'s day, county time: requests since are today's.
    private var midnight: Int64 { CountyTime.calendar.startOfDay(for: Date(unixSeconds: now)).unixSeconds }

    /// A count's end: enough, unless `exact`.
    private static func limit(_ exact: Bool) -> String { exact ? "" : "LIMIT \(QueueCounts.enough)" }

    /// The status line's counts, each counted no further than `QueueCounts.enough` unless
    /// `exact`: past that a person reads "many", and an exact count reads every matching row.
    func counts(_ db: Database, exact: Bool) throws -> QueueCounts {
        // A plain search's matches are counted as far as enough in its index alone, without
        // making the list the other counts look requests up in (tens of milliseconds for a
        // word in 110,000 requests); fewer than enough, the one pass below is cheap.
        if let plainSearch, !exact, try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(plainSearch.sql) LIMIT \(QueueCounts.enough))",
                                                    arguments: [plainSearch.argument]) == QueueCounts.enough {
            return try countsBeyondEnough(db, total: QueueCounts.enough, exact: false)
        }
        // One pass counts all three while the rows are fewer than enough.
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*), total(late), total(new) FROM (SELECT \(overdue) AS late, created_at >= \(midnight) AS new
              FROM help_request \(onlyOpen ? "INDEXED BY help_request_open_counts" : "") WHERE \(conditions(nil)) \(Self.limit(exact)))
            """, arguments: StatementArguments(arguments))
        let total: Int = row?[0] ?? 0
        guard total >= QueueCounts.enough, !exact else {
            return QueueCounts(total: total, overdue: Int(row?[1] as Double? ?? 0), newToday: Int(row?[2] as Double? ?? 0))
        }
        return try countsBeyondEnough(db, total: total, exact: exact)
    }

    /// The overdue and today's counts when the rows are `total`, at least enough: each goes as
    /// far as enough (or all the way, `exact`), along the index that finds its rows: the open
    /// requests' for the overdue (open, whatever the filter), the arrivals' for today's.
    private func countsBeyondEnough(_ db: Database, total: Int, exact: Bool) throws -> QueueCounts {
        func count(_ index: String, _ also: String) throws -> Int {
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM help_request INDEXED BY \(index) WHERE \(conditions(also)) \(Self.limit(exact)))
                """, arguments: StatementArguments(arguments)) ?? 0
        }
        return QueueCounts(total: total, overdue: try count("help_request_open_counts", overdue),
                           newToday: try count(onlyOpen ? "help_request_open_age" : "help_request_created", "created_at >= \(midnight)"))
    }

    /// The order within one stretch of the queue: columns and whether each descends.
    private static func key(_ sort: QueueSort) -> [(column: String, descending: Bool)] {
        switch sort {
        case .priority: [("urgency", true), ("created_at", false), ("id", false)]
        case .newest: [("created_at", true), ("id", true)]
        case .oldest: [("created_at", false), ("id", false)]
        }
    }

    /// The stretches of the order a page is read from, and where reading starts in each.
    /// The priority order is the overdue stretch, then the rest: each stretch is read in
    /// index order, so no page ever sorts the whole queue.
    private func plan(sort: QueueSort, from position: QueuePosition?, direction: QueueDirection)
        -> [(stretch: Bool?, from: QueuePosition?)] {
        var stretches: [Bool?] = sort == .priority ? [true, false] : [nil]
        if direction == .before { stretches.reverse() }
        if let position, sort == .priority {
            stretches = Array(stretches.drop { $0 != position.overdue })
        }
        return stretches.enumerated().map { index, stretch in (stretch, index == 0 ? position : nil) }
    }

    /// Every statement a page may need, each with the whole limit.
    func statements(sort: QueueSort, from position: QueuePosition?, direction: QueueDirection, limit: Int)
        -> [(sql: String, arguments: StatementArguments)] {
        plan(sort: sort, from: position, direction: direction).map {
            statement(sort: sort, stretch: $0.stretch, after: $0.from, direction: direction, limit: limit)
        }
    }

    func page(_ db: Database, sort: QueueSort, from position: QueuePosition?, direction: QueueDirection, limit: Int) throws -> [QueueRow] {
        var rows: [QueueRow] = []
        for step in plan(sort: sort, from: position, direction: direction) where rows.count < limit {
            let (sql, arguments) = statement(
                sort: sort, stretch: step.stretch, after: step.from, direction: direction, limit: limit - rows.count)
            rows += try QueueRow.fetchAll(db, sql: sql, arguments: arguments)
        }
        return rows
    }

    private func statement(
        sort: QueueSort, stretch: Bool?, after position: QueuePosition?, direction: QueueDirection, limit: Int
    ) -> (sql: String, arguments: StatementArguments) {
        var conditions = terms
        var arguments = self.arguments
        if let stretch { conditions.append(stretch ? overdue : "NOT \(overdue)") }
        let reversed = direction == .before
        let key = Self.key(sort)
        if let position {
            let values: [String: any DatabaseValueConvertible] = [
                "urgency": position.urgency, "created_at": position.createdAt, "id": position.id,
            ]
            let (sql, keyArguments) = Self.beyond(key, values: values, reversed: reversed)
            conditions.append(sql)
            arguments += keyArguments
        }
        let order = key.map { "\($0.column) \($0.descending != reversed ? "DESC" : "ASC")" }.joined(separator: ", ")
        return ("""
            SELECT id, ref, title, category_id, township_id, urgency, state, created_at, first_contact_due,
                   first_contact_at, resolution_due, sla_paused_at, version, \(overdue) AS overdue
            FROM help_request \(indexHint(sort, stretch: stretch)) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT \(limit)
            """, StatementArguments(arguments))
    }

    /// Over the open requests, walk the partial index in the page's own order. Left to
    /// itself, the planner (no STAT4 in Debian's SQLite) picks the per-state index and sorts
    /// every open request for each page. The overdue stretch holds open requests alone,
    /// whatever the filter's states: a search in every state walks the open ones in order
    /// there too, instead of reading every request it matches (110,000 for 台风过后 at a
    /// hundred times the county) to sort them.
    private func indexHint(_ sort: QueueSort, stretch: Bool?) -> String {
        if stretch == true { return "INDEXED BY help_request_open_priority" }
        guard onlyOpen else { return "" }
        return sort == .priority ? "INDEXED BY help_request_open_priority" : "INDEXED BY help_request_open_age"
    }

    /// "Strictly beyond this position in this order": (a > ?) OR (a = ? AND (b > ? OR …)),
    /// with < for descending columns, and the other way round when reading backwards.
    private static func beyond(
        _ key: [(column: String, descending: Bool)], values: [String: any DatabaseValueConvertible], reversed: Bool
    ) -> (String, [(any DatabaseValueConvertible)?]) {
        guard let (column, descending) = key.first else { return ("0", []) }
        let comparison = descending != reversed ? "<" : ">"
        let value = values[column]!
        if key.count == 1 { return ("\(column) \(comparison) ?", [value]) }
        let (rest, restArguments) = beyond(Array(key.dropFirst()), values: values, reversed: reversed)
        return ("(\(column) \(comparison) ? OR (\(column) = ? AND \(rest)))", [value, value] + restArguments)
    }
}
