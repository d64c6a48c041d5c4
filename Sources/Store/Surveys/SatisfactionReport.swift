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
                // One pass by township and cadre; the county's and each township's figures are their sums.
                let cells = try Self.satisfaction(kind: .periodic, in: span, groupBy: ["township_id", "cadre_id"], db)
                func sum(_ figures: some Sequence<Satisfaction.Figure>) -> Satisfaction.Figure {
                    figures.reduce(Satisfaction.Figure(satisfied: 0, answers: 0)) {
                        Satisfaction.Figure(satisfied: $0.satisfied + $1.satisfied, answers: $0.answers + $1.answers)
                    }
                }
                let county = sum(cells.values)
                let byTownship = Dictionary(grouping: cells, by: { $0.key[0] }).mapValues { sum($0.map(\.value)) }
                let townshipRows = try Row.fetchAll(db, sql: "SELECT id, name, name_en FROM township ORDER BY position")
                let townshipFigures = try townshipRows.map { byTownship[try $0.value("id")] ?? Satisfaction.Figure(satisfied: 0, answers: 0) }
                let townshipRanks = Satisfaction.ranks(townshipFigures)
                let townships = try zip(townshipRows, zip(townshipFigures, townshipRanks)).map { row, pair in
                    try SatisfactionReport.Line(name: BilingualName(zh: row.value("name"), en: row.value("name_en")), township: nil, figure: pair.0, rank: pair.1)
                }
                let byCadre = Dictionary(grouping: cells, by: { $0.key[1] }).mapValues { sum($0.map(\.value)) }
                let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                    SELECT c.id, c.name, t.name AS township, t.name_en AS township_en FROM cadre c JOIN township t ON t.id = c.township_id
                    """).map { (try $0.value("id") as Int64, (BilingualName(zh: try $0.value("name"), en: nil), BilingualName(zh: try $0.value("township"), en: try $0.value("township_en")))) })
                let shown = byCadre.compactMap { id, figure -> (Int64, Satisfaction.Figure)? in
                    guard let id, figure.shown else { return nil }
                    return (id, figure)
                }.sorted { ($0.1.rate ?? 0, $0.1.answers, -$0.0) > ($1.1.rate ?? 0, $1.1.answers, -$1.0) }
                let cadreRanks = Satisfaction.ranks(shown.map(\.1))
                let cadres = zip(shown, cadreRanks).map { pair, rank in
                    SatisfactionReport.Line(name: names[pair.0]?.0 ?? BilingualName(zh: "?", en: nil), township: names[pair.0]?.1, figure: pair.1, rank: rank)
                }
                let followUps = try Tallies.followUps.read(over: span, db).first
                let resolved = Int(followUps?["resolved"] as Double? ?? 0), followedUp = Int(followUps?["followed"] as Double? ?? 0)
                let followUpFigure = try Self.satisfaction(kind: .followUp, in: span, groupBy: nil, db)[nil]
                    ?? Satisfaction.Figure(satisfied: 0, answers: 0)
                var trend: [(ReportPeriod, Satisfaction.Figure)] = [(period, county)]
                var earlier = period.previous
                for _ in 1..<6 {
                    trend.insert((earlier, try Self.satisfaction(kind: .periodic, in: earlier.instants, groupBy: nil, db)[nil]
                                  ?? Satisfaction.Figure(satisfied: 0, answers: 0)), at: 0)
                    earlier = earlier.previous
                }
                let (first, afterLast) = period.days
                let surveys = try Row.fetchAll(db, sql: """
                    SELECT s.title, s.target, (SELECT count(*) FROM survey_response WHERE survey_id = s.id) AS n FROM survey s
                    WHERE s.kind = 'periodic' AND s.period_start < ? AND s.period_end >= ? ORDER BY s.period_start, s.id
                    """, arguments: [afterLast, first]).map { row in
                    SatisfactionReport.Survey(
                        title: try row.value("title"), responses: try row.value("n"),
                        invited: (try? JSONDecoder().decode(SurveyDefinition.Target.self, from: Data((try row.value("target") as String).utf8)))?.invited)
                }
                return SatisfactionReport(
                    period: period, surveys: surveys, county: county, townships: townships, cadres: cadres, hiddenCadres: byCadre.count - shown.count,
                    followUps: SatisfactionReport.FollowUps(resolved: resolved, followedUp: followedUp, figure: followUpFigure),
                    trend: trend.map { SatisfactionReport.PeriodFigure(period: $0.0, figure: $0.1) })
            }
        }
    }

    /// Answers to satisfaction questions of surveys of `kind` answered within `span`, by the
    /// response column `groupBy` (nil: all together, under the key nil), from the survey tally.
    static func satisfaction(kind: SurveyKind, in span: Range<Int64>, groupBy: String?, _ db: Database) throws -> [Int64?: Satisfaction.Figure] {
        Dictionary(uniqueKeysWithValues: try satisfaction(kind: kind, in: span, groupBy: groupBy.map { [$0] } ?? [], db).map { ($0.key.first ?? nil, $0.value) })
    }

    /// The same by several of `township_id` and `cadre_id` at once (their values in order,
    /// nil for no cadre; none: the whole).
    static func satisfaction(kind: SurveyKind, in span: Range<Int64>, groupBy columns: [String], _ db: Database) throws
        -> [[Int64?]: Satisfaction.Figure] {
        let tally = columns.contains("cadre_id") ? Tallies.surveys : Tallies.surveysByTownship
        let rows = try tally.read(over: span, by: columns, where: "kind = \(kind.sql)", db)
        return Dictionary(uniqueKeysWithValues: try rows.compactMap { row in
            let answers = Int(try row.value("answers") as Double)
            guard answers > 0 else { return nil }
            let key = columns.map { (row[$0] as Int64?).flatMap { $0 == 0 ? nil : $0 } }
            return (key, Satisfaction.Figure(satisfied: Int(try row.value("satisfied") as Double), answers: answers))
        })
    }
}
