import Foundation
import GRDB
import LeagueCore

/// Satisfaction in a period: young people's ratings of their cadres (the periodic survey)
/// and the follow-up calls after resolved requests (回访), for the county, each township and
/// each cadre, with the trend over the periods before.
public struct SatisfactionReport: Codable, Equatable, Sendable {
    public struct Line: Codable, Equatable, Sendable {
        /// A township's name, or a cadre's (the same in both languages).
        public var name: BilingualName
        /// The township, for a cadre's line.
        public var township: BilingualName?
        public var figure: Satisfaction.Figure
        /// Nil when too few answers or not told apart from others (see `Satisfaction.ranks`).
        public var rank: Int?

        public init(name: BilingualName, township: BilingualName? = nil, figure: Satisfaction.Figure, rank: Int? = nil) {
            self.name = name
            self.township = township
            self.figure = figure
            self.rank = rank
        }
    }

    public struct FollowUps: Codable, Equatable, Sendable {
        /// Requests resolved in the period.
        public var resolved: Int
        /// Of those, followed up (an answer recorded).
        public var followedUp: Int
        public var figure: Satisfaction.Figure

        /// Followed up ÷ resolved; nil when nothing was resolved.
        public var responseRate: Double? { resolved > 0 ? Double(followedUp) / Double(resolved) : nil }
    }

    /// A periodic survey of the period, and how many of those invited answered.
    public struct Survey: Codable, Equatable, Sendable {
        public var title: String
        public var responses: Int
        /// As the survey's target says; nil when not known.
        public var invited: Int?

        public var responseRate: Double? { invited.flatMap { $0 > 0 ? Double(responses) / Double($0) : nil } }
    }

    public var period: ReportPeriod
    /// Periodic surveys whose period meets this one.
    public var surveys: [Survey]
    /// Cadres rated by young people.
    public var county: Satisfaction.Figure
    /// Every township, in the county's order.
    public var townships: [Line]
    /// Cadres with enough answers to be shown, best first; `hiddenCadres` had fewer.
    public var cadres: [Line]
    public var hiddenCadres: Int
    public var followUps: FollowUps
    /// The county's figure in this period and the five before it, oldest first.
    public var trend: [PeriodFigure]

    /// The county's figure in one period.
    public struct PeriodFigure: Codable, Equatable, Sendable {
        public var period: ReportPeriod
        public var figure: Satisfaction.Figure
    }
}

extension SurveyStore {
    public func satisfactionReport(period: ReportPeriod) throws -> SatisfactionReport {
        try StoreError.translating(path: path) {
            try writer.read { db in
                let span = period.instants
                func sum(_ figures: some Sequence<Satisfaction.Figure>) -> Satisfaction.Figure {
                    figures.reduce(Satisfaction.Figure(satisfied: 0, answers: 0)) {
                        Satisfaction.Figure(satisfied: $0.satisfied + $1.satisfied, answers: $0.answers + $1.answers)
                    }
                }
                // The county's figure is its townships' sum.
                let byTownship = try Self.satisfaction(kind: .periodic, in: period, byTownship: true, db)
                let county = sum(byTownship.values)
                let townshipNames = try Row.fetchAll(db, sql: "SELECT id, name, name_en FROM township ORDER BY position").map { row in
                    (id: try row.value("id") as Int64, name: BilingualName(zh: try row.value("name"), en: try row.value("name_en")))
                }
                let townshipFigures = townshipNames.map { byTownship[$0.id] ?? Satisfaction.Figure(satisfied: 0, answers: 0) }
                let townshipRanks = Satisfaction.ranks(townshipFigures)
                let townships = zip(townshipNames, zip(townshipFigures, townshipRanks)).map { township, pair in
                    SatisfactionReport.Line(name: township.name, township: nil, figure: pair.0, rank: pair.1)
                }
                var (cadres, hiddenCadres) = try Self.cadres(
                    in: period, townships: Dictionary(uniqueKeysWithValues: townshipNames.map { ($0.id, $0.name) }), db)
                for (index, rank) in Satisfaction.ranks(cadres.map(\.figure)).enumerated() { cadres[index].rank = rank }
                let followUps = try Tallies.followUps.read(over: span, db).first
                let resolved = try followUps?.tallied("resolved") ?? 0, followedUp = try followUps?.tallied("followed") ?? 0
                let followUpFigure = try Self.satisfaction(kind: .followUp, in: period, byTownship: false, db)[nil]
                    ?? Satisfaction.Figure(satisfied: 0, answers: 0)
                var trend: [(ReportPeriod, Satisfaction.Figure)] = [(period, county)]
                var earlier = period.previous
                for _ in 1..<6 {
                    trend.insert((earlier, try Self.satisfaction(kind: .periodic, in: earlier, byTownship: false, db)[nil]
                                  ?? Satisfaction.Figure(satisfied: 0, answers: 0)), at: 0)
                    earlier = earlier.previous
                }
                let (first, afterLast) = period.days
                let surveys = try Row.fetchAll(db, sql: """
                    SELECT s.title, s.target, coalesce((SELECT responses FROM \(Tallies.surveyResponses.table) WHERE survey_id = s.id), 0) AS n
                    FROM survey s
                    WHERE s.kind = 'periodic' AND s.period_start < ? AND s.period_end >= ? ORDER BY s.period_start, s.id
                    """, arguments: [afterLast, first]).map { row in
                    SatisfactionReport.Survey(
                        title: try row.value("title"), responses: try row.value("n"),
                        invited: (try? JSONDecoder().decode(SurveyDefinition.Target.self, from: Data((try row.value("target") as String).utf8)))?.invited)
                }
                return SatisfactionReport(
                    period: period, surveys: surveys, county: county, townships: townships, cadres: cadres, hiddenCadres: hiddenCadres,
                    followUps: SatisfactionReport.FollowUps(resolved: resolved, followedUp: followedUp, figure: followUpFigure),
                    trend: trend.map { SatisfactionReport.PeriodFigure(period: $0.0, figure: $0.1) })
            }
        }
    }

    /// The cadres young people rated in `period` with enough answers to be shown, best first
    /// (unranked), each with their township now (named from `townships`); and how many more
    /// were rated too seldom. Both are ranges of the tally by cadre's index on the answers.
    static func cadres(in period: ReportPeriod, townships: [Int64: BilingualName], _ db: Database) throws
        -> (shown: [SatisfactionReport.Line], hidden: Int) {
        let rated = "kind = \(SurveyKind.periodic.sql) AND period = ?1 AND cadre_id != 0"
        let arguments: StatementArguments = [period.description, Satisfaction.minimumShown]
        let hidden = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM \(Tallies.surveysByCadre.table) WHERE \(rated) AND answers > 0 AND answers < ?2
            """, arguments: arguments) ?? 0
        var lines: [SatisfactionReport.Line] = [], order: [(rate: Double, answers: Int, id: Int64)] = []
        try Row.fetchCursor(db, sql: """
            SELECT g.cadre_id, g.answers, g.satisfied, c.name, c.township_id
            FROM (SELECT cadre_id, answers, satisfied FROM \(Tallies.surveysByCadre.table) WHERE \(rated) AND answers >= ?2) g
              LEFT JOIN cadre c ON c.id = g.cadre_id
            """, arguments: arguments).forEach { row in
            // Read from the statement as it steps, not from rows copied first, and by position,
            // in the SELECT's order: a copied row is an array of values made for each row, and
            // by name a column is looked for among the row's names each time (most of this
            // read's time, at 7,600 cadres). A value of another type is an error here, not a trap.
            // Appended here, not made by the cursor's `map`: GRDB's map, not specialized for this
            // type, copied each line through the runtime's generic witnesses.
            let name: String? = try row.decode(atIndex: 3), township: Int64? = try row.decode(atIndex: 4)
            let figure = Satisfaction.Figure(satisfied: try row.decode(atIndex: 2), answers: try row.decode(atIndex: 1))
            lines.append(SatisfactionReport.Line(
                name: BilingualName(zh: name ?? "?", en: nil), township: township.flatMap { townships[$0] }, figure: figure))
            order.append((figure.rate ?? 0, figure.answers, try row.decode(atIndex: 0)))
        }
        // Best first: the rate, then more answers, then the cadre added first (compared as it is:
        // a negated id would trap on a tally edited to hold the smallest one). The lines' places
        // are sorted, not the lines, which are large to move.
        let shown = order.indices.sorted { a, b in
            let (x, y) = (order[a], order[b])
            return (x.rate, x.answers) != (y.rate, y.answers) ? (x.rate, x.answers) > (y.rate, y.answers) : x.id < y.id
        }.map { lines[$0] }
        return (shown, hidden)
    }

    /// Answers to satisfaction questions of surveys of `kind` answered within `span`, by
    /// township (keyed by its id; nil for answers placed in none) or all together (under the
    /// key nil): the whole county months inside `span` from the tally by report period, a row
    /// per township and month, and the days at its edges from the tally by day — a year is
    /// twelve rows a township where by day it was 365 (at a hundred times the county, 7,000 rows
    /// grouped, 5 ms of the township table's 9).
    static func satisfaction(kind: SurveyKind, in span: Range<Int64>, byTownship: Bool, _ db: Database) throws -> [Int64?: Satisfaction.Figure] {
        func byDay(_ part: Range<Int64>) throws -> [Row] {
            part.isEmpty ? [] : try Tallies.surveysByTownship.read(over: part, by: byTownship ? ["township_id"] : [], where: "kind = \(kind.sql)", db)
        }
        guard let months = wholeMonths(in: span) else { return try figures(byDay(span), byTownship: byTownship) }
        // Months are named YYYY-MM: between two such names sort only months, and the year,
        // half and quarter names of those years, which the shape leaves out.
        let byMonth = try byPeriod(kind: kind, "period >= ?2 AND period < ?3 AND period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'",
                                   [months.first, months.afterLast], byTownship: byTownship, db)
        return try figures(byDay(span.lowerBound..<months.instants.lowerBound) + byMonth + byDay(months.instants.upperBound..<span.upperBound),
                           byTownship: byTownship)
    }

    /// The whole county months inside `span`: the first's name, the name of the month after the
    /// last ("~", after every name, when `span` has no end) and the instants they cover; nil
    /// when no month is whole inside it, or it starts before 1970 or ends after 9999.
    static func wholeMonths(in span: Range<Int64>) -> (first: String, afterLast: String, instants: Range<Int64>)? {
        let limit = CountyDays.limit
        guard span.lowerBound >= 0, span.lowerBound < limit, span.upperBound < limit || span.upperBound == .max else { return nil }
        var first = ReportPeriod(.month, containing: Date(unixSeconds: span.lowerBound))
        if first.instants.lowerBound < span.lowerBound { first = first.next }
        guard span.upperBound < limit else { return (first.description, "~", first.instants.lowerBound..<span.upperBound) }
        let afterLast = ReportPeriod(.month, containing: Date(unixSeconds: span.upperBound))
        guard first.instants.lowerBound < afterLast.instants.lowerBound else { return nil }
        return (first.description, afterLast.description, first.instants.lowerBound..<afterLast.instants.lowerBound)
    }

    /// The same for report period `period`, from the tally by township and period.
    static func satisfaction(kind: SurveyKind, in period: ReportPeriod, byTownship: Bool, _ db: Database) throws -> [Int64?: Satisfaction.Figure] {
        try figures(byPeriod(kind: kind, "period = ?2", [period.description], byTownship: byTownship, db), byTownship: byTownship)
    }

    /// The tally by township and report period's answers of `kind` (?1) in the periods meeting
    /// `condition` (its values from ?2), added up by township or all together.
    private static func byPeriod(kind: SurveyKind, _ condition: String, _ values: [String], byTownship: Bool, _ db: Database) throws -> [Row] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(byTownship ? "township_id, " : "")total(answers) AS answers, total(satisfied) AS satisfied
            FROM \(Tallies.surveysByTownshipPeriod.table) WHERE kind = ?1 AND \(condition) \(byTownship ? "GROUP BY township_id" : "")
            """), arguments: StatementArguments([kind.rawValue] + values))
    }

    /// Tallied answers (`answers`, `satisfied`, and `township_id` when `byTownship`) as figures.
    /// Rows of the same township (or several of all together) are added up.
    private static func figures(_ rows: [Row], byTownship: Bool) throws -> [Int64?: Satisfaction.Figure] {
        try Dictionary(rows.compactMap { row in
            let answers = try row.tallied("answers")
            guard answers > 0 else { return nil }
            return (byTownship ? try row.decode(Int64?.self, forColumn: "township_id") : nil,
                    Satisfaction.Figure(satisfied: try row.tallied("satisfied"), answers: answers))
        }, uniquingKeysWith: { Satisfaction.Figure(satisfied: $0.satisfied + $1.satisfied, answers: $0.answers + $1.answers) })
    }
}
