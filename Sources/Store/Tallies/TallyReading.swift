import GRDB

extension Tally {
    /// The measures over the instants of `span`, gathered by `groupBy` (key columns; none:
    /// one row for all), of the rows meeting `condition`: the county days wholly inside
    /// `span` from the table, the part days at its edges from the history itself (along the
    /// parts' instant columns), so the figures are exact to the second. A part day whose
    /// rest holds nothing recorded — today, up to now — is read whole from the table; one
    /// longer than its rest (this afternoon's deadlines, and a morning's still to come) is read
    /// whole from the table less its rest from the history, when the measures are sums.
    ///
    /// The statements' texts depend only on the tally, the grouping, the condition and how many
    /// part days and rests there are — the days and instants are bound — so each is prepared
    /// once per connection (GRDB's preparing, which notes every column a statement reads, was a
    /// tenth of the weekly summary's time).
    func read(over span: Range<Int64>, by groupBy: [String] = [], where condition: String = "1", _ db: Database) throws -> [Row] {
        var (days, edges) = CountyDays.split(span)
        func within(_ low: String, _ high: String) -> [String] {
            parts { "\($0) >= \(low) AND \($0) < \(high)" }
        }
        func nothingIn(_ instants: Range<Int64>) throws -> Bool {
            let sql = "SELECT 1 FROM (\(within("?1", "?2").joined(separator: " UNION ALL "))) LIMIT 1"
            return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [instants.lowerBound, instants.upperBound]) == nil
        }
        // Read from the history: the part days, and the rests of part days read whole (less them).
        var partDays: [Range<Int64>] = [], rests: [Range<Int64>] = []
        for edge in edges {
            let day = CountyDays.day(of: edge.lowerBound), start = CountyDays.start(of: day), end = CountyDays.start(of: day + 1)
            let beside = days.isEmpty || days.lowerBound == day + 1 || days.upperBound == day
            let whole = days.isEmpty ? day..<(day + 1) : min(days.lowerBound, day)..<max(days.upperBound, day + 1)
            // A span shorter than a day may cross a midnight without a day inside: read it as it is.
            let inOneDay = edge.upperBound <= end
            if inOneDay, beside, try nothingIn(start..<edge.lowerBound), try nothingIn(edge.upperBound..<end) {
                days = whole
            } else if gathering == .sum, inOneDay, beside, edge.count > (end - start) / 2 {
                days = whole
                rests += [start..<edge.lowerBound, edge.upperBound..<end].filter { !$0.isEmpty }
            } else {
                partDays.append(edge)
            }
        }
        let function = gathering == .sum ? "total" : "max"
        func gathered(less: Bool = false) -> String {
            (groupBy + measures.map { "\(less ? "-" : "")\(function)(\($0.name)) AS \($0.name)" }).joined(separator: ", ")
        }
        let grouping = groupBy.isEmpty ? "" : "GROUP BY \(groupBy.joined(separator: ", "))"
        func fromHistory(_ spans: Range<Int>, less: Bool = false) -> [String] {
            spans.flatMap { within("?\(3 + 2 * $0)", "?\(4 + 2 * $0)") }.map { "SELECT \(gathered(less: less)) FROM (\($0)) WHERE \(condition) \(grouping)" }
        }
        // Each source gathered where it is read, then the sources together: a part day's rows
        // (some thousands today at a hundred times the county) are not copied one by one
        // through the union. ?1 and ?2 the days; then each part day's and rest's first instant
        // and the instant after it.
        let sources = ["SELECT \(gathered()) FROM \(table) WHERE day >= ?1 AND day < ?2 AND (\(condition)) \(grouping)"]
            + fromHistory(0..<partDays.count) + fromHistory(partDays.count..<(partDays.count + rests.count), less: true)
        let statement = try db.cachedStatement(sql: "SELECT \(gathered()) FROM (\(sources.joined(separator: " UNION ALL "))) \(grouping)")
        return try Row.fetchAll(statement, arguments: StatementArguments([days.lowerBound, days.upperBound]
            + (partDays + rests).flatMap { [$0.lowerBound, $0.upperBound] }))
    }
}

/// County days (numbered from 1970-01-01, see `TallySQL.day`) and the instants they hold.
enum CountyDays {
    /// Instants beyond year 9999 are read as that far: an open end (`Int64.max`) is "all".
    static let limit: Int64 = 253_402_300_800

    /// A day after every day a span is read over: where a tally puts what belongs to no day.
    static let never = day(of: limit) + 1

    /// The days wholly inside `span`, and the parts of `span` before and after them.
    static func split(_ span: Range<Int64>) -> (days: Range<Int64>, edges: [Range<Int64>]) {
        let low = max(span.lowerBound, -limit), high = min(span.upperBound, limit)
        guard low < high else { return (0..<0, []) }
        let first = floorDivide(low + TallySQL.offset + 86399, 86400), end = floorDivide(high + TallySQL.offset, 86400)
        guard first < end else { return (0..<0, [low..<high]) }
        let edges = [low..<start(of: first), start(of: end)..<high].filter { !$0.isEmpty }
        return (first..<end, edges)
    }

    /// The first instant of `day`.
    static func start(of day: Int64) -> Int64 { day * 86400 - TallySQL.offset }

    /// The day that holds `instant`.
    static func day(of instant: Int64) -> Int64 { floorDivide(instant + TallySQL.offset, 86400) }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}

extension Row {
    /// A figure summed from a tally (SQLite's `total()` gives a REAL) as the whole count it is;
    /// NULL is none. A figure that is not a whole number below 2^53 — a tally edited by hand —
    /// is an error where it is read, not a trap (nor a sum of such figures that overflows).
    func tallied(_ column: String) throws -> Int {
        try Self.count(try decode(Double?.self, forColumn: column), column)
    }

    /// `tallied(_:)` for the column at `index`.
    func tallied(atIndex index: Int) throws -> Int {
        try Self.count(try decode(Double?.self, atIndex: index), "\(index)")
    }

    private static func count(_ value: Double?, _ column: String) throws -> Int {
        guard let value else { return 0 }
        guard abs(value) < 0x1p53, let count = Int(exactly: value) else {
            throw UnknownStoredValue(column: column, value: "\(value)")
        }
        return count
    }
}
