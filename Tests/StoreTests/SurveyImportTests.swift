import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct SurveyImportTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func survey(_ database: AppDatabase, _ desk: Operator) throws -> Int64 {
        try database.surveys.createSurvey(SurveyDefinition(
            title: "2026年下半年补充测评", kind: .periodic, period: "2026H2", target: .init(townships: ["三魁"], invited: 40),
            questions: [.init(kind: .satisfaction, text: "您对这位团干部的工作满意吗?"), .init(kind: .scale, text: "联系服务是否及时(1-5)"),
                        .init(kind: .yesNo, text: "本期是否见过团干部"), .init(kind: .text, text: "意见和建议")]), by: desk, at: Self.now)
    }

    @Test("a survey is filed from its definition; bad definitions say what is wrong")
    func definitions() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let id = try survey(database, desk)
        let filed = try #require(try database.surveys.surveys().first { $0.id == id })
        #expect(filed.periodStart == "2026-07-01" && filed.periodEnd == "2026-12-31" && filed.questions == 4 && filed.invited == 40)
        #expect(throws: SurveyError.badPeriod("2026H3")) {
            try database.surveys.createSurvey(.init(title: "x", kind: .periodic, period: "2026H3", questions: [.init(kind: .satisfaction, text: "?")]),
                                      by: desk, at: Self.now)
        }
        #expect(throws: SurveyError.noSatisfactionQuestion) {
            try database.surveys.createSurvey(.init(title: "x", kind: .periodic, period: "2026", questions: [.init(kind: .text, text: "?")]),
                                      by: desk, at: Self.now)
        }
        let reviewer = try database.operatorAccount(login: "chenjing")!
        #expect(throws: SurveyError.notAllowed) { try survey(database, reviewer) }
    }

    @Test("answers as an online form exports them: numbered question headers, GB18030, every bad cell reported, then all in once")
    func answers() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let id = try survey(database, desk)
        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        let file = """
            序号,提交答卷时间,所用时间,来源,团干部手机,1、您对这位团干部的工作满意吗?,2、联系服务是否及时(1-5),3、本期是否见过团干部,4、意见和建议
            1,2026/11/20 10:05:11,80秒,微信,\(zhang),非常满意,5,是,很热心
            2,2026/11/21 9:00,75秒,微信,\(zhang),一般,4,否,
            3,2026/11/22 20:00,60秒,手机,\(zhang),还行,7,也许,
            4,2026/11/23 8:00,60秒,手机,13900000000,满意,5,是,

            """
        let gb = file.data(using: String.Encoding(rawValue: 0x8000_0632))!
        let bad = try database.tables.importTable(.surveyAnswers, data: gb, encoding: nil, dryRun: false, by: desk, at: Self.now, survey: id)
        #expect(bad.encoding == .gb18030 && !bad.applied)
        #expect(bad.problems.map { "\($0.line) \($0.column ?? "")" } == [
            "4 1、您对这位团干部的工作满意吗?", "4 2、联系服务是否及时(1-5)", "4 3、本期是否见过团干部", "5 团干部手机",
        ])
        let good = String(file.split(separator: "\n").prefix(3).joined(separator: "\n"))
        let report = try database.tables.importTable(.surveyAnswers, data: Data(good.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now, survey: id)
        #expect(report.problems == [] && report.added == 2)
        let again = try database.tables.importTable(.surveyAnswers, data: Data(good.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now, survey: id)
        #expect(again.added == 0 && again.unchanged == 2)
        #expect(try database.surveys.surveys().first { $0.id == id }?.responses == 2)
        let filed = try #require(try database.surveys.satisfactionReport(period: ReportPeriod("2026H2")!).surveys.first { $0.title == "2026年下半年补充测评" })
        #expect(filed.responses == 2 && filed.invited == 40 && filed.responseRate == 0.05)
        let answers = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.kind, a.value, a.text FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ? ORDER BY r.id, q.position
                """, arguments: [id]).map { "\($0["kind"] as String)=\(($0["value"] as Int?).map(String.init) ?? ($0["text"] as String? ?? ""))" }
        }
        #expect(answers == ["satisfaction=2", "scale=5", "yes_no=1", "text=很热心", "satisfaction=1", "scale=4", "yes_no=0"])
        // A file for some other survey: its questions are not there.
        let other = try database.tables.importTable(.surveyAnswers, data: Data("团干部手机,您是男是女\n\(zhang),男\n".utf8), encoding: nil,
                                             dryRun: true, by: desk, at: Self.now, survey: id)
        #expect(other.problems.map(\.reason) == [.missingColumn, .missingColumn, .missingColumn])
    }
}
