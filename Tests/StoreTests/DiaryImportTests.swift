import Foundation
import GRDB
import LeagueCore
import Store
import Testing
import TestSupport

@Suite struct DiaryImportTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func run(_ text: String, _ database: AppDatabase, _ account: Operator) throws -> ImportReport {
        try database.tables.importTable(.diaries, data: Data(text.utf8), encoding: nil, dryRun: false, by: account, at: Self.now)
    }

    @Test("diaries from a phone form's CSV and JSON; the same file again changes nothing; bad records say which")
    func csvAndJSON() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        let csv = """
            团干部手机,走访日期,联系点,工作记录,心得体会,图片,提交时间
            \(zhang),2026/11/27,高坞村,"走访青年5名。
            帮一户卖出生姜200斤。",要多听少说,photos/a.jpg;photos/b.jpg,2026/11/27 20:15

            """
        let first = try run(csv, database, desk)
        #expect(first.problems == [] && first.added == 1)
        #expect(try run(csv, database, desk).unchanged == 1)
        let detail = try #require(try database.diaries.reviewQueue(for: desk, limit: 1000).filter { $0.cadreId == 1 && $0.visitOn == "2026-11-27" }
            .compactMap { try database.diaries.diaryDetail(id: $0.id, for: desk) }.first { $0.contactPoint == "高坞村" && $0.photos.count == 2 })
        #expect(detail.workLog == "走访青年5名。\n帮一户卖出生姜200斤。" && detail.photos == ["photos/a.jpg", "photos/b.jpg"])
        #expect(detail.contactPoint == "高坞村" && detail.row.submittedAt == CountyTime.parseInstant("2026-11-27 20:15")!.unixSeconds)

        let json = """
            {"data": [
              {"cadre phone": "\(zhang)", "visit on": "2026-11-26", "work log": "到高源村走访", "photos": ["p/1.jpg"]},
              {"cadre phone": "13900000000", "visit on": "2026-11-26", "work log": "x"},
              {"cadre phone": "\(zhang)", "visit on": "2027-01-01", "work log": ""}
            ]}
            """
        let bad = try run(json, database, desk)
        #expect(bad.isJSON && !bad.applied)
        #expect(bad.problems.map(\.line) == [2, 3, 3])
        #expect(bad.problems[0].message(.zh) == "第 2 条“cadre phone”：没有用这个手机号的团干部")
        #expect(try run("[{\"cadre phone\": \"\(zhang)\", \"visit on\": \"2026-11-26\", \"work log\": \"到高源村走访\"}]", database, desk).added == 1)
        #expect(try run("[{\"cadre phone\": 1,", database, desk).problems.first?.reason == .notJSON("Unexpected end of file during JSON parse."))
    }

    @Test("a returned diary, revised, goes back to the reviewers; one already scored keeps its text")
    func revision() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now, creator: "admin")
        let admin = try database.operatorAccount(login: "admin")!
        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        let file = { (text: String) in "团干部手机,走访日期,工作记录\n\(zhang),2026-11-25,\(text)\n" }
        #expect(try run(file("初稿"), database, admin).added == 1)
        let row = try #require(try database.diaries.reviewQueue(for: admin, limit: 1000).filter { $0.cadreId == 1 && $0.visitOn == "2026-11-25" }
            .first { try database.diaries.diaryDetail(id: $0.id, for: admin)?.workLog == "初稿" })
        try database.diaries.claimDiary(id: row.id, version: row.version, by: admin, at: Self.now)
        #expect(try run(file("改稿"), database, admin).problems.map(\.reason) == [.field(.alreadyInReview)])
        try database.diaries.returnDiary(id: row.id, reason: "请写清楚帮了谁", by: admin, at: Self.now)
        let revised = try run(file("改稿:帮李四卖出生姜"), database, admin)
        #expect(revised.updated == 1)
        let detail = try #require(try database.diaries.diaryDetail(id: row.id, for: admin))
        #expect(detail.row.state == .submitted && detail.workLog == "改稿:帮李四卖出生姜")
    }

    @Test("answers from the cadre and the group join the thread under the feedback they answer")
    func comments() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now, creator: "admin")
        let admin = try database.operatorAccount(login: "admin")!
        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        #expect(try run("团干部手机,走访日期,工作记录\n\(zhang),2026-11-24,走访青年3名\n", database, admin).added == 1)
        let row = try #require(try database.diaries.reviewQueue(for: admin, limit: 1000).filter { $0.cadreId == 1 && $0.visitOn == "2026-11-24" }
            .first { try database.diaries.diaryDetail(id: $0.id, for: admin)?.workLog == "走访青年3名" })
        try database.diaries.claimDiary(id: row.id, version: row.version, by: admin, at: Self.now)
        try database.diaries.saveDraft(diaryId: row.id, scores: [3, 3, 3, 3], comment: "多写写帮了谁。", by: admin, at: Self.now)
        try database.diaries.submitReview(diaryId: row.id, by: admin, at: Self.now)
        let file = """
            团干部手机,走访日期,身份,留言人,内容,时间
            \(zhang),2026-11-24,团干部,张传相,"收到,下次写具体。",2026-11-28 10:00
            \(zhang),2026-11-24,青年,小周,谢谢团干部!,2026-11-28 11:00
            \(zhang),2026-01-01,青年,小周,?,2026-11-28 11:00

            """
        // The answers came in after the feedback, and the file is read later still.
        let later = Self.now.addingTimeInterval(3 * 3600)
        let bad = try database.tables.importTable(.diaryComments, data: Data(file.utf8), encoding: nil, dryRun: false, by: admin, at: later)
        #expect(bad.problems == [ImportProblem(line: 4, column: "走访日期", .field(.noSuchDiary))])
        let lines = file.split(separator: "\n").prefix(3).joined(separator: "\n")
        let good = try database.tables.importTable(.diaryComments, data: Data(lines.utf8), encoding: nil, dryRun: false, by: admin, at: later)
        #expect(good.added == 2)
        let thread = try #require(try database.diaries.diaryDetail(id: row.id, for: admin)?.comments)
        #expect(thread.map(\.body) == ["多写写帮了谁。", "收到,下次写具体。", "谢谢团干部!"])
        #expect(thread.map(\.depth) == [0, 1, 1] && thread[1].authorKind == "cadre" && thread[2].authorKind == "group")
        let again = try database.tables.importTable(.diaryComments, data: Data(lines.utf8), encoding: nil, dryRun: false, by: admin, at: later)
        #expect(again.unchanged == 2 && again.added == 0)
    }
}
