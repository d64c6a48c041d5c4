import GRDB

extension Tally {
    /// The measures over the instants of `span`, gathered by `groupBy` (key columns; none:
    /// one row for all), of the rows meeting `condition`: the county days wholly inside
    /// `span` from the table, the part days at its edges from the history itself (along the
    /// parts' instant columns), so the figures are exact to the second.
    func read(over span: Range<Int64>, by groupBy: [String] = [], where condition: String = "1", _ db: Database) throws -> [Row] {
        let (days, edges) = CountyDays.split(span)
        let function = gathering == .sum ? "total" : "max"
        let sources = ["SELECT \(keyList), \(measureList) FROM \(table) WHERE day >= \(days.lowerBound) AND day < \(days.upperBound)"]
            + edges.flatMap { edge in parts { "\($0) >= \(edge.lowerBound) AND \($0) < \(edge.upperBound)" } }
        let grouping = groupBy.isEmpty ? "" : "GROUP BY \(groupBy.joined(separator: ", "))"
        return try Row.fetchAll(db, sql: """
            SELECT \((groupBy + measures.map { "\(function)(\($0.name)) AS \($0.name)" }).joined(separator: ", "))
            FROM (\(sources.joined(separator: " UNION ALL "))) WHERE \(condition) \(grouping)
            """)
    }
}

/// County days (numbered from 1970-01-01, see `TallySQL.day`) and the instants they hold.
enum CountyDays {
    /// Instants beyond year 9999 are read as that far: an open end (`Int64.max`) is "all".
    private static let limit: Int64 = 253_402_300_800

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

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
