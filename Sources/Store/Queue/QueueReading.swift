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
                try QueueSQL(db, filter: filter, now: now.unixSeconds)
                    .page(db, sort: sort, from: position, direction: direction, limit: limit)
            }
        }
    }

    /// The statements one `queuePage` call runs, for benchmarks and query plans: the same
    /// SQL can then be timed straight on SQLite.
    public func queuePageStatements(
        filter: QueueFilter, sort: QueueSort, from position: QueuePosition?, direction: QueueDirection, limit: Int, now: Date
    ) throws -> [(sql: String, arguments: StatementArguments)] {
        try writer.read { db in
            try QueueSQL(db, filter: filter, now: now.unixSeconds).statements(sort: sort, from: position, direction: direction, limit: limit)
        }
    }

    /// How many requests the filter shows, how many of them are overdue, how many came
    /// today: each up to `QueueCounts.enough` (the desk's status line), or `exact`ly.
    public func queueCounts(filter: QueueFilter, now: Date, exact: Bool = false) throws -> QueueCounts {
        try StoreError.translating(path: path) {
            try writer.read { db in try QueueSQL(db, filter: filter, now: now.unixSeconds).counts(db, exact: exact) }
        }
    }
}

/// The queue's SQL for one filter at one moment.
struct QueueSQL {
    typealias Arguments = SearchedWord.Arguments
    let now: Int64
    /// `WHERE` terms, joined with AND, but for the word looked for.
    private var terms: [String] = []
    /// Whether the filter keeps to the open states, which the partial indexes cover.
    private let onlyOpen: Bool
    private var arguments: Arguments = []
    private var word: SearchedWord?
    /// A word looked for in every state is all the filter asks (`QueueFilter.isPlainSearch`).
    private let isPlainSearch: Bool
    /// Terms other than the states, the word and overdue-only say which rows.
    private let narrowed: Bool
    /// The word's index finds all it finds, in fewer than `fewMatches` open requests.
    private var wordInFewOpen = false

    /// Open requests few enough to read one by one and sort: fewer than this.
    static let fewMatches = 1000

    init(filter: QueueFilter, now: Int64) {
        self.now = now
        onlyOpen = filter.states.isEmpty
        isPlainSearch = filter.isPlainSearch
        terms.append(filter.states.isEmpty ? RequestSQL.isOpen : "state IN (\(Self.list(filter.states.map(\.sql))))")
        if !filter.categoryIds.isEmpty { terms.append("category_id IN (\(Self.list(filter.categoryIds.map(String.init))))") }
        if !filter.townshipIds.isEmpty { terms.append("township_id IN (\(Self.list(filter.townshipIds.map(String.init))))") }
        if let scope = filter.scopeTownshipId { terms.append("township_id = \(scope)") }
        if !filter.urgencies.isEmpty { terms.append("urgency IN (\(Self.list(filter.urgencies.map { String($0.rawValue) })))") }
        if let cadre = filter.assigneeCadreId { terms.append("assignee_cadre_id = \(cadre)") }
        if let operatorId = filter.actedOnByOperatorId {
            terms.append("id IN (SELECT request_id FROM request_event WHERE operator_id = \(operatorId))")
        }
        narrowed = terms.count > 1
        if filter.overdueOnly { terms.append(overdue) }
        let search = filter.search.trimmingCharacters(in: .whitespaces)
        if !search.isEmpty { word = SearchedWord(search) }
    }

    /// The SQL for `filter` at `now`, knowing whether the word is in few open requests.
    init(_ db: Database, filter: QueueFilter, now: Int64) throws {
        self.init(filter: filter, now: now)
        if let matches = word?.matches(open: true) {
            wordInFewOpen = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(matches.sql) LIMIT \(Self.fewMatches))",
                                             arguments: StatementArguments(matches.arguments)) ?? 0 < Self.fewMatches
        }
    }

    private static func list(_ items: [String]) -> String { items.sorted().joined(separator: ", ") }

    /// Over open rows only, the deadline test alone: the priority index answers it.
    private var overdue: String { onlyOpen ? RequestSQL.deadlineMissed(at: now) : RequestSQL.isOverdue(at: now) }

    /// The FROM and WHERE of a statement over the filter's rows with `also`, and their
    /// arguments. `open`: its rows are open ones whatever the filter's states, so the word is
    /// looked for among the open requests' words — and, when it is in few of them, those
    /// are read one by one (an index would be walked through its every open request to find
    /// them). `index`: the index to read the table by otherwise.
    /// `fromMatches`: for a count that stops at enough, read the word's matches one by one
    /// instead, when nothing else in the filter says which rows and the index finds all the
    /// word finds — over the open requests, so that they are as many as the work in hand, not
    /// the history. `wordFrom`: as for `SearchedWord.matches`.
    private func reading(
        _ also: [String] = [], open: Bool = false, index: String? = nil, fromMatches: Bool = false, wordFrom firstId: String? = nil
    ) -> (sql: String, arguments: Arguments) {
        let open = open || onlyOpen
        if fromMatches, open, !narrowed, let matches = word?.matches(open: true, from: firstId) {
            // CROSS JOIN: the matches first, each request looked up by its id.
            return ("""
                FROM (\(matches.sql)) CROSS JOIN help_request ON help_request.id = word_match WHERE \((terms + also).joined(separator: " AND "))
                """, matches.arguments + arguments)
        }
        let word = word?.condition(open: open, from: firstId)
        let conditions = (terms + [word?.sql].compactMap { $0 } + also).joined(separator: " AND ")
        let hint = open && wordInFewOpen ? " NOT INDEXED" : index.map { " INDEXED BY \($0)" } ?? ""
        return ("FROM help_request\(hint) WHERE \(conditions)", arguments + (word?.arguments ?? []))
    }

    /// The matching rows of `help_request`, whole, and whether each is overdue
    /// (`overdue_now`), for a query to read from (an export).
    var selection: String { "SELECT *, \(overdue) AS overdue_now \(reading().sql)" }
    var selectionArguments: StatementArguments { StatementArguments(reading().arguments) }

    /// The whole order of `sort` over `selection`'s rows named `alias`, as the queue shows them.
    static func order(_ sort: QueueSort, of alias: String) -> String {
        let overdueFirst = sort == .priority ? ["\(alias).overdue_now DESC"] : []
        return (overdueFirst + key(sort).map { "\(alias).\($0.column) \($0.descending ? "DESC" : "ASC")" }).joined(separator: ", ")
    }

    /// Midnight of `now`'s day, county time: requests since are today's.
    private var midnight: Int64 { CountyTime.calendar.startOfDay(for: Date(unixSeconds: now)).unixSeconds }

    /// A count's end: enough, unless `exact`.
    private static func limit(_ exact: Bool) -> String { exact ? "" : "LIMIT \(QueueCounts.enough)" }

    /// How many rows `reading` gives, up to enough unless `exact`.
    private static func count(_ db: Database, _ reading: (sql: String, arguments: Arguments), exact: Bool) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 \(reading.sql) \(limit(exact)))",
                         arguments: StatementArguments(reading.arguments)) ?? 0
    }

    /// The status line's counts, each counted no further than `QueueCounts.enough` unless
    /// `exact`: past that a person reads "many", and an exact count reads every matching row.
    func counts(_ db: Database, exact: Bool) throws -> QueueCounts {
        // A plain search's matches are counted as far as enough in its index alone, without
        // looking the requests up.
        if isPlainSearch, !exact, let matches = word?.matches(open: false),
           try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(matches.sql) LIMIT \(QueueCounts.enough))",
                            arguments: StatementArguments(matches.arguments)) == QueueCounts.enough {
            return try countsBeyondEnough(db, total: QueueCounts.enough, exact: false)
        }
        // One pass counts all three while the rows are fewer than enough.
        let rows = reading(index: onlyOpen ? "help_request_open_counts" : nil, fromMatches: !exact)
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*), total(late), total(new) FROM (SELECT \(overdue) AS late, created_at >= \(midnight) AS new
              \(rows.sql) \(Self.limit(exact)))
            """, arguments: StatementArguments(rows.arguments))
        let total: Int = row?[0] ?? 0
        guard total >= QueueCounts.enough, !exact else {
            return QueueCounts(total: total, overdue: Int(row?[1] as Double? ?? 0), newToday: Int(row?[2] as Double? ?? 0))
        }
        return try countsBeyondEnough(db, total: total, exact: exact)
    }

    /// The overdue and today's counts when the rows are `total`, at least enough: each goes as
    /// far as enough (or all the way, `exact`). The overdue, open whatever the filter, along
    /// the open requests' index or from the word's open matches; today's along the arrivals'
    /// index, the word's matches taken from the first of today's requests on.
    private func countsBeyondEnough(_ db: Database, total: Int, exact: Bool) throws -> QueueCounts {
        let firstToday = "SELECT min(id) FROM help_request INDEXED BY help_request_created WHERE created_at >= \(midnight)"
        return QueueCounts(
            total: total,
            overdue: try Self.count(db, reading([overdue], open: true, index: "help_request_open_counts", fromMatches: !exact), exact: exact),
            newToday: try Self.count(db, reading(["created_at >= \(midnight)"], index: onlyOpen ? "help_request_open_age" : "help_request_created",
                                                 wordFrom: firstToday), exact: exact))
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
        steps(sort: sort, from: position, direction: direction).map {
            statement(sort: sort, stretch: $0.stretch, beyond: $0.beyond, direction: direction, limit: limit)
        }
    }

    func page(_ db: Database, sort: QueueSort, from position: QueuePosition?, direction: QueueDirection, limit: Int) throws -> [QueueRow] {
        var rows: [QueueRow] = []
        for step in steps(sort: sort, from: position, direction: direction) where rows.count < limit {
            let (sql, arguments) = statement(
                sort: sort, stretch: step.stretch, beyond: step.beyond, direction: direction, limit: limit - rows.count)
            rows += try QueueRow.fetchAll(db, sql: sql, arguments: arguments)
        }
        return rows
    }

    /// A condition with its values.
    private typealias Condition = (sql: String, arguments: Arguments)

    /// The statements' conditions in reading order: each stretch of the order, and in the one
    /// holding the position, each part of "beyond it" in turn.
    private func steps(sort: QueueSort, from position: QueuePosition?, direction: QueueDirection) -> [(stretch: Bool?, beyond: Condition?)] {
        plan(sort: sort, from: position, direction: direction).flatMap { step -> [(stretch: Bool?, beyond: Condition?)] in
            guard let from = step.from else { return [(step.stretch, nil)] }
            let values: [String: any DatabaseValueConvertible] = ["urgency": from.urgency, "created_at": from.createdAt, "id": from.id]
            return Self.beyond(Self.key(sort), values: values, reversed: direction == .before).map { (step.stretch, $0) }
        }
    }

    private func statement(
        sort: QueueSort, stretch: Bool?, beyond: Condition?, direction: QueueDirection, limit: Int
    ) -> (sql: String, arguments: StatementArguments) {
        var also: [String] = []
        if let stretch { also.append(stretch ? overdue : "NOT \(overdue)") }
        if let beyond { also.append(beyond.sql) }
        let rows = reading(also, open: stretch == true, index: index(sort, stretch: stretch))
        let reversed = direction == .before
        let order = Self.key(sort).map { "\($0.column) \($0.descending != reversed ? "DESC" : "ASC")" }.joined(separator: ", ")
        return ("""
            SELECT id, ref, title, category_id, township_id, urgency, state, created_at, first_contact_due,
                   first_contact_at, resolution_due, sla_paused_at, version, \(overdue) AS overdue
            \(rows.sql) ORDER BY \(order) LIMIT \(limit)
            """, StatementArguments(rows.arguments + (beyond?.arguments ?? [])))
    }

    /// Over the open requests, walk the partial index in the page's own order. Left to
    /// itself, the planner (no STAT4 in Debian's SQLite) picks the per-state index and sorts
    /// every open request for each page. The overdue stretch holds open requests alone,
    /// whatever the filter's states: a search in every state walks the open ones in order
    /// there too, instead of reading every request it matches (110,000 for 台风过后 at a
    /// hundred times the county) to sort them.
    private func index(_ sort: QueueSort, stretch: Bool?) -> String? {
        if stretch == true { return "help_request_open_priority" }
        guard onlyOpen else { return nil }
        return sort == .priority ? "help_request_open_priority" : "help_request_open_age"
    }

    /// "Strictly beyond this position in this order", as conditions each read in turn: every
    /// row meeting the first comes before every row meeting the next. Each is a range the
    /// index can start its walk from — columns ordered alike as one row value, `(b, c) > (?, ?)`;
    /// where the first column goes the other way, `a = ? AND (b, c) > (?, ?)`, then `a < ?`.
    /// (One condition of ORs, `a < ? OR (a = ? AND …)`, gave the planner no start: paging back
    /// through the urgent requests walked the 140,000 open ones of the other urgencies at a
    /// hundred times the county, 25 ms a page.) `<` for descending columns, and the other way
    /// round when reading backwards.
    private static func beyond(
        _ key: [(column: String, descending: Bool)], values: [String: any DatabaseValueConvertible], reversed: Bool
    ) -> [Condition] {
        func comparison(_ descending: Bool) -> String { descending != reversed ? "<" : ">" }
        guard let (column, descending) = key.first else { return [] }
        let rest = Array(key.dropFirst())
        if rest.allSatisfy({ $0.descending == descending }) {
            let columns = key.map(\.column)
            return [("(\(columns.joined(separator: ", "))) \(comparison(descending)) (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                     columns.map { values[$0]! })]
        }
        let value = values[column]!
        return beyond(rest, values: values, reversed: reversed).map { ("\(column) = ? AND \($0.sql)", [value] + $0.arguments) }
            + [("\(column) \(comparison(descending)) ?", [value])]
    }
}
