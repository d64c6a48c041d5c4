import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct SuggestionTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("a suggestion is logged, ages past a week unanswered, and is answered once")
    func lifecycle() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let ref = try database.service.addSuggestion(content: "希望开电商直播培训班", source: .moments, township: "三魁", by: desk,
                                             at: Self.now.addingTimeInterval(-8 * 86400))
        #expect(ref.hasPrefix("YJ-2026-"))
        let row = try #require(try database.service.suggestions(unansweredOnly: true).first { $0.ref == ref })
        #expect(row.township == "三魁镇" && row.overdue(at: Self.now.unixSeconds) && !row.overdue(at: row.receivedAt + 86400))
        try database.service.answerSuggestion(ref: ref.lowercased(), answer: "已列入下季度培训计划", by: desk, at: Self.now)
        #expect(throws: SuggestionError.alreadyAnswered(by: "王敏", at: Self.now.unixSeconds)) {
            try database.service.answerSuggestion(ref: ref, answer: "再答一次", by: desk, at: Self.now)
        }
        #expect(!(try database.service.suggestions(unansweredOnly: true).contains { $0.ref == ref }))
        #expect(throws: SuggestionError.emptyContent) {
            try database.service.addSuggestion(content: " ", source: .phone, township: nil, by: desk, at: Self.now)
        }
        let reviewer = try database.operatorAccount(login: "chenjing")!
        #expect(throws: SuggestionError.notAllowed) {
            try database.service.addSuggestion(content: "x", source: .phone, township: nil, by: reviewer, at: Self.now)
        }
        // The week it was answered counts it; the weeks it waited over seven days count it as overdue.
        let summary = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now)
        #expect(summary.suggestions.answered >= 1)
    }

    @Test("the list is the unanswered oldest first, then the answered newest first: read in that order along its index, never sorted whole")
    func listOrder() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        try database.service.addSuggestion(content: "最早的一条", source: .phone, township: nil, by: desk, at: Self.now.addingTimeInterval(-400 * 86400))
        let rows = try database.service.suggestions()
        let unanswered = rows.prefix { $0.answer == nil }, answered = rows.dropFirst(unanswered.count)
        #expect(unanswered.first?.content == "最早的一条" && !answered.isEmpty && answered.allSatisfy { $0.answer != nil })
        #expect(unanswered.map(\.receivedAt) == unanswered.map(\.receivedAt).sorted())
        #expect(answered.map { $0.answeredAt ?? 0 } == answered.map { $0.answeredAt ?? 0 }.sorted(by: >))
        for unansweredOnly in [false, true] {
            let plan = try database.queryPlan(Suggestions.list(unansweredOnly: unansweredOnly), [500])
            #expect(plan.first == "SCAN s USING INDEX suggestion_listed" && !plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        }
    }
}

@Suite struct SuggestionImportTests {
    static let now = SuggestionTests.now

    private func run(_ text: String, _ database: AppDatabase, _ account: Operator, dryRun: Bool = false) throws -> ImportReport {
        try database.tables.importTable(.suggestions, data: Data(text.utf8), encoding: nil, dryRun: dryRun, by: account, at: Self.now)
    }

    @Test("suggestions from a sheet: a bad row stops the file, a good one adds them with references, again changes nothing")
    func importing() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let before = try database.service.suggestions().count
        let bad = """
            建议内容,来源,所在乡镇,提交时间,回复,回复时间
            希望村里装路灯,走访,三魁,2026/11/20 10:00,,
            多办招聘会,广播,火星镇,2026-13-01,,
            开通夜班公交,电话,,2026-11-21 8:30,,2026-11-22
            """
        let refused = try run(bad, database, desk)
        #expect(refused.problems.map { $0.message(.zh) } == [
            "第 3 行“来源”：应为 朋友圈 / 电话 / 走访 / 青公社 之一", "第 3 行“所在乡镇”：没有这个乡镇",
            "第 3 行“提交时间”：日期应写作 2026-11-28", "第 4 行“回复”：必填",
        ])
        #expect(try database.service.suggestions().count == before)

        let good = """
            建议内容,来源,所在乡镇,提交时间,回复,回复时间
            希望村里装路灯,走访,三魁,2026/11/20 10:00,,
            开通夜班公交,电话,,2026-11-21 8:30,已转交县交通局,2026-11-22
            """
        let report = try run(good, database, desk)
        #expect(report.applied && report.added == 2)
        let rows = try database.service.suggestions()
        let lamp = try #require(rows.first { $0.content == "希望村里装路灯" })
        #expect(lamp.township == "三魁镇" && lamp.answer == nil && lamp.overdue(at: Self.now.unixSeconds) && lamp.ref.hasPrefix("YJ-2026-"))
        let bus = try #require(rows.first { $0.content == "开通夜班公交" })
        #expect(bus.answer == "已转交县交通局" && bus.answeredBy == "王敏" && bus.ref != lamp.ref)
        let again = try run(good, database, desk)
        #expect(again.unchanged == 2 && again.added == 0)
        #expect(try database.service.suggestions().count == before + 2)
        // The same sheet with the answer filled in later records it on the suggestion on file.
        let answered = try run(good.replacingOccurrences(of: "10:00,,", with: "10:00,已报乡镇安排,"), database, desk)
        #expect(answered.updated == 1 && answered.unchanged == 1)
        #expect(try database.service.suggestions().first { $0.content == "希望村里装路灯" }?.answer == "已报乡镇安排")
    }

    @Test("a township secretary imports their own township's suggestions only")
    func secretary() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let secretary = try #require(try database.operatorAccount(login: "wuhao"))
        let refused = try run("内容,乡镇\n希望修篮球场,三魁\n", database, secretary)
        #expect(refused.problems.map { $0.message(.en) } == ["line 2, 乡镇: you may not change this township's records"])
        let report = try run("内容\n希望修篮球场\n", database, secretary)
        #expect(report.added == 1)
        #expect(try database.service.suggestions().first { $0.content == "希望修篮球场" }?.township == "罗阳镇")
    }
}
