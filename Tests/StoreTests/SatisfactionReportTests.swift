import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct SatisfactionReportTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("the county is the sum of its townships; cadres listed have 5 answers or more; follow-ups count resolved requests")
    func sums() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let report = try database.surveys.satisfactionReport(period: ReportPeriod("2026H2")!)
        #expect(report.townships.count == 19)
        #expect(report.townships.map(\.figure.answers).reduce(0, +) == report.county.answers)
        #expect(report.townships.map(\.figure.satisfied).reduce(0, +) == report.county.satisfied)
        #expect(report.cadres.allSatisfy { $0.figure.answers >= 5 } && !report.cadres.isEmpty)
        #expect(report.cadres.map { $0.figure.rate ?? 0 } == report.cadres.map { $0.figure.rate ?? 0 }.sorted(by: >))
        #expect(report.followUps.followedUp <= report.followUps.resolved)
        #expect(report.trend.count == 6 && report.trend.last?.period == ReportPeriod("2026H2") && report.trend.first?.period == ReportPeriod("2024H1"))
        #expect(report.trend.last?.figure == report.county)
        // A period with nothing in it: no rate, no ranks, nothing divided by zero.
        let empty = try database.surveys.satisfactionReport(period: ReportPeriod("2030")!)
        #expect(empty.county.answers == 0 && empty.county.rate == nil && empty.cadres.isEmpty && empty.followUps.responseRate == nil)
        #expect(empty.townships.allSatisfy { $0.rank == nil })
    }

    @Test("a tally edited to hold cadres at the ends of the ids, alike in rate and answers, is listed, not trapped on")
    func tiesByCadre() throws {
        let database = try AppDatabase.inMemory()
        // Cadres no table holds, at the ends of the ids: their lines are named "?".
        try database.writer.write { db in
            for (cadre, satisfied) in [(Int64.max, 9), (Int64.min + 1, 9), (Int64.min, 9), (7, 10)] {
                try db.execute(sql: "INSERT INTO \(Tallies.surveysByCadre.table) (kind, period, cadre_id, answers, satisfied) VALUES ('periodic', '2026H2', ?, 10, ?)",
                               arguments: [cadre, satisfied])
            }
        }
        let report = try database.surveys.satisfactionReport(period: ReportPeriod("2026H2")!)
        #expect(report.cadres.map(\.figure.satisfied) == [10, 9, 9, 9] && report.cadres.allSatisfy { $0.name.zh == "?" })
    }

    @Test("in every period of the sample county's two years, each rank is what the report says: one more than those wholly above")
    func ranksAsSaid() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        var ranked = 0
        for year in [2025, 2026] {
            for suffix in ["", "H1", "H2", "Q1", "Q2", "Q3", "Q4"] {
                let report = try database.surveys.satisfactionReport(period: try #require(ReportPeriod("\(year)\(suffix)")))
                for lines in [report.townships, report.cadres] {
                    let rankable = lines.filter { $0.figure.answers >= Satisfaction.minimumRanked }
                    for line in lines {
                        guard let rank = line.rank, let mine = line.figure.interval else { continue }
                        ranked += 1
                        let above = rankable.filter { ($0.figure.interval?.lowerBound ?? 0) > mine.upperBound }
                        #expect(rank == above.count + 1, "\(year)\(suffix): \(line.name.zh) ranked \(rank), \(above.count) wholly above")
                    }
                }
            }
        }
        #expect(ranked > 20)
    }

    @Test("an answer about no cadre counts for its township and the county, and is no cadre rated too seldom")
    func answerAboutNoCadre() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let period = try #require(ReportPeriod("2026H2"))
        let before = try database.surveys.satisfactionReport(period: period)
        try database.writer.write { db in
            let survey = try #require(try Int64.fetchOne(db, sql: """
                SELECT s.id FROM survey s JOIN survey_question q ON q.survey_id = s.id AND q.kind = 'satisfaction'
                WHERE s.kind = 'periodic' ORDER BY s.period_start DESC
                """))
            let question = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM survey_question WHERE survey_id = ? AND kind = 'satisfaction'",
                                                           arguments: [survey]))
            try db.execute(sql: "INSERT INTO survey_response (survey_id, cadre_id, township_id, answered_at) VALUES (?, NULL, 1, ?)",
                           arguments: [survey, Self.now.unixSeconds - 86_400])
            try db.execute(sql: "INSERT INTO survey_answer (response_id, question_id, value) VALUES (?, ?, ?)",
                           arguments: [db.lastInsertedRowID, question, Satisfaction.Answer.satisfied.rawValue])
        }
        let after = try database.surveys.satisfactionReport(period: period)
        #expect(after.county.answers == before.county.answers + 1 && after.county.satisfied == before.county.satisfied + 1)
        #expect(after.hiddenCadres == before.hiddenCadres && after.cadres == before.cadres)
    }

    @Test("the cadres shown and hidden are those counted from the answers themselves, after responses moved between townships by hand")
    func cadresAsCounted() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let period = try #require(ReportPeriod("2026H2"))
        let span = period.instants
        /// Each cadre's satisfaction answers in the period, counted from the answers themselves.
        func counted() throws -> [Int64: Satisfaction.Figure] {
            try database.writer.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                    SELECT r.cadre_id, count(*) AS n, sum(a.value = ?) AS satisfied
                    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
                    JOIN survey_question q ON q.id = a.question_id
                    WHERE s.kind = 'periodic' AND q.kind = 'satisfaction' AND a.value IS NOT NULL AND r.cadre_id IS NOT NULL
                      AND r.answered_at >= ? AND r.answered_at < ?
                    GROUP BY r.cadre_id
                    """, arguments: [Satisfaction.Answer.satisfied.rawValue, span.lowerBound, span.upperBound]).map {
                    ($0["cadre_id"] as Int64, Satisfaction.Figure(satisfied: $0["satisfied"], answers: $0["n"]))
                })
            }
        }
        // Every response moves to the last township: each cadre's answers leave a row at zero
        // under the township they came from, which comes before the last in the tally's order.
        let last = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM township")! }
        for edit in [nil, "UPDATE survey_response SET township_id = \(last) WHERE township_id != \(last)"] {
            if let edit { try database.writer.write { try $0.execute(sql: edit) } }
            let report = try database.surveys.satisfactionReport(period: period)
            let expected = try counted()
            let shown = expected.values.filter(\.shown)
            #expect(report.cadres.count == shown.count && !shown.isEmpty, "\(edit ?? "as built")")
            #expect(report.cadres.map(\.figure).sorted { ($0.answers, $0.satisfied) < ($1.answers, $1.satisfied) }
                    == shown.sorted { ($0.answers, $0.satisfied) < ($1.answers, $1.satisfied) }, "\(edit ?? "as built")")
            #expect(report.hiddenCadres == expected.count - shown.count, "\(edit ?? "as built")")
        }
    }

    @Test("the county's figure, each township's, the follow-ups', the trend's six periods and each survey's responses are those counted from the answers",
          arguments: ["2026H2", "2026Q3", "2025"])
    func figuresAsCounted(periodName: String) throws {
        let database = try SampleCountyTemplate.inMemory(now: Self.now, creator: "tester")
        let period = try #require(ReportPeriod(periodName))
        let report = try database.surveys.satisfactionReport(period: period)
        func counted(_ span: Range<Int64>, byTownship: Bool, kind: SurveyKind = .periodic) throws -> [Int64?: Satisfaction.Figure] {
            try Self.counted(span, byTownship: byTownship, kind: kind, database)
        }
        let none = Satisfaction.Figure(satisfied: 0, answers: 0)
        #expect(report.county == (try counted(period.instants, byTownship: false)[nil] ?? none))
        #expect(report.followUps.figure == (try counted(period.instants, byTownship: false, kind: .followUp)[nil] ?? none))
        let byTownship = try counted(period.instants, byTownship: true)
        let townships = try database.writer.read { try Int64.fetchAll($0, sql: "SELECT id FROM township ORDER BY position") }
        #expect(report.townships.map(\.figure) == townships.map { byTownship[$0] ?? none })
        #expect(report.trend.count == 6 && report.trend.last?.period == period)
        for point in report.trend {
            #expect(point.figure == (try counted(point.period.instants, byTownship: false)[nil] ?? none), "\(point.period)")
        }
        let responses = try database.writer.read { db in
            try Int.fetchAll(db, sql: """
                SELECT (SELECT count(*) FROM survey_response WHERE survey_id = s.id) FROM survey s
                WHERE s.kind = 'periodic' AND s.period_start < ? AND s.period_end >= ? ORDER BY s.period_start, s.id
                """, arguments: [period.days.afterLast, period.days.first])
        }
        #expect(report.surveys.map(\.responses) == responses && report.county.answers > 0)
    }

    /// Satisfaction answers to surveys of `kind` within `span`, by township (nil: all
    /// together), counted from the answers themselves.
    static func counted(_ span: Range<Int64>, byTownship: Bool, kind: SurveyKind = .periodic, _ database: AppDatabase) throws
        -> [Int64?: Satisfaction.Figure] {
        try database.writer.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT \(byTownship ? "r.township_id" : "NULL") AS township, count(*) AS n, sum(a.value = ?) AS satisfied
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
                JOIN survey_question q ON q.id = a.question_id
                WHERE s.kind = ? AND q.kind = 'satisfaction' AND a.value IS NOT NULL
                  AND r.answered_at >= ? AND r.answered_at < ?
                GROUP BY 1
                """, arguments: [Satisfaction.Answer.satisfied.rawValue, kind.rawValue, span.lowerBound, span.upperBound]).map {
                ($0["township"] as Int64?, Satisfaction.Figure(satisfied: $0["satisfied"], answers: $0["n"]))
            })
        }
    }

    @Test("answers over any span — its whole months from the tally by period, the days at its edges by day — are those counted")
    func spansAsCounted() throws {
        let database = try SampleCountyTemplate.inMemory(now: Self.now, creator: "tester")
        let now = Self.now.unixSeconds, day: Int64 = 86400
        let november = try #require(ReportPeriod("2026-11")).instants, year = try #require(ReportPeriod("2026")).instants
        // An answer at the very first second of a month, and one at its last, to meet the edges.
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE survey_response SET answered_at = ? WHERE id = (SELECT min(id) FROM survey_response);
                UPDATE survey_response SET answered_at = ? WHERE id = (SELECT max(id) FROM survey_response);
                """, arguments: [november.lowerBound, november.lowerBound - 1])
        }
        let spans: [Range<Int64>] = [
            (now - 365 * day)..<Int64.max, (now - 365 * day)..<now, november, year, year.lowerBound..<Int64.max,
            (november.lowerBound - 1)..<(november.upperBound + 1), (november.lowerBound + 1)..<november.upperBound,
            (november.lowerBound + 3 * day)..<(november.lowerBound + 10 * day), (now - 700 * day)..<(now - 30 * day), 0..<Int64.max,
        ]
        for span in spans {
            for byTownship in [false, true] {
                let read = try database.writer.read { try SurveyStore.satisfaction(kind: .periodic, in: span, byTownship: byTownship, $0) }
                #expect(read == (try Self.counted(span, byTownship: byTownship, database)), "\(span) by township: \(byTownship)")
            }
        }
        #expect(SurveyStore.wholeMonths(in: november)?.first == "2026-11" && SurveyStore.wholeMonths(in: november)?.afterLast == "2026-12")
        #expect(SurveyStore.wholeMonths(in: (november.lowerBound + 1)..<november.upperBound) == nil)
    }

    @Test("periods are read the way people write them")
    func periods() throws {
        let lateNovember = try #require(CountyTime.parseInstant("2026-11-30T23:59:59+08:00"))
        #expect(ReportPeriod.Kind.allCases.map { ReportPeriod($0, containing: lateNovember).description }
                == ["2026", "2026H2", "2026Q4", "2026-11"])
        #expect(ReportPeriod(.quarter, containing: lateNovember.addingTimeInterval(1)).description == "2026Q4")
        #expect(ReportPeriod(.month, containing: lateNovember.addingTimeInterval(1)).description == "2026-12")
        #expect(ReportPeriod("2026H2").map { [$0.days.first, $0.days.afterLast] } == ["2026-07-01", "2027-01-01"])
        #expect(ReportPeriod("2026q1").map { [$0.days.first, $0.days.afterLast] } == ["2026-01-01", "2026-04-01"])
        #expect(ReportPeriod("2026-11").map { [$0.days.first, $0.days.afterLast] } == ["2026-11-01", "2026-12-01"])
        #expect(ReportPeriod("2026")?.previous == ReportPeriod("2025"))
        #expect(ReportPeriod("2026H1")?.previous == ReportPeriod("2025H2"))
        for bad in ["", "26H1", "2026H3", "2026-13", "2026-1", "2026X"] { #expect(ReportPeriod(bad) == nil, "\(bad)") }
    }
}
