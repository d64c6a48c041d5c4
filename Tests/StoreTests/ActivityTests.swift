import Foundation
import LeagueCore
import Store
import Testing
import TestSupport

@Suite struct ActivityTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("the county's own example: 城乡学生手拉手 turned by its replies into the 4:30 课堂")
    func example() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let poll = try #require(try database.service.activityPolls().first { $0.title == "城乡学生手拉手" })
        #expect(poll.replies == 86 && poll.options.max { $0.replies < $1.replies }?.label == "放学后作业辅导")
        #expect(poll.outcome?.contains("4:30 课堂") == true && poll.comments.count == 3)
    }

    @Test("an activity posted with its menu, replies tallied per option, and what changed")
    func poll() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        #expect(throws: ActivityError.tooFewOptions) {
            try database.service.postActivity(title: "青年夜校", draft: "", options: ["电商", " "], township: nil, by: desk, at: Self.now)
        }
        let id = try database.service.postActivity(title: "青年夜校", draft: "每周三晚上课", options: ["电商直播", "茶叶种植", "驾驶培训"],
                                           township: "三魁", by: desk, at: Self.now)
        for (option, comment) in [(1, "想学直播卖货"), (1, ""), (3, "")] {
            try database.service.recordActivityReply(activity: id, option: option, respondent: "", comment: comment, at: Self.now)
        }
        #expect(throws: ActivityError.noSuchOption(4)) {
            try database.service.recordActivityReply(activity: id, option: 4, respondent: "", comment: "", at: Self.now)
        }
        try database.service.recordActivityOutcome(activity: id, outcome: "先开电商直播班", by: desk, at: Self.now)
        let poll = try #require(try database.service.activityPolls().first { $0.id == id })
        #expect(poll.options.map(\.replies) == [2, 0, 1] && poll.township == "三魁镇" && poll.comments == ["想学直播卖货"])
        #expect(poll.outcome == "先开电商直播班")
    }
}

@Suite struct ActivityReplyImportTests {
    static let now = ActivityTests.now

    @Test("replies from a form tool: options by number or words, a bad row stops the file, the same file twice adds nothing")
    func importing() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let id = try database.service.postActivity(title: "青年夜校", draft: "", options: ["电商直播", "茶叶种植", "驾驶培训"],
                                           township: nil, by: desk, at: Self.now.addingTimeInterval(-86400))
        func run(_ text: String, activity: Int64? = id) throws -> ImportReport {
            try database.tables.importTable(.activityReplies, data: Data(text.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now,
                                     activity: activity)
        }
        let noActivity = try run("选项\n1\n", activity: 999)
        #expect(noActivity.problems.map { $0.message(.en) }
            == ["line 1, activity: no such activity (give it with --activity; circledesk activity list shows them)"])
        let bad = """
            序号,您的选择,昵称,其他意见,提交时间
            1,电商直播,小林,想学直播卖货,2026/11/27 20:01
            2,4,,,2026/11/27 20:02
            3,3. 驾驶培训,小林,,2026/11/27 20:03
            """
        #expect(try run(bad).problems.map { $0.message(.zh) } == [
            "第 3 行“您的选择”：应为 1 电商直播 / 2 茶叶种植 / 3 驾驶培训 之一", "第 4 行“昵称”：与第 2 行重复",
        ])
        #expect(try database.service.activityPolls().first { $0.id == id }?.replies == 0)
        let good = """
            序号,您的选择,昵称,其他意见,提交时间
            1,电商直播,小林,想学直播卖货,2026/11/27 20:01
            2,3,,,2026/11/27 20:02
            3,3. 驾驶培训,阿强,,2026/11/27 20:03
            4, 茶叶 种植 ,,,2026/11/27 20:04
            """
        #expect(try run(good).added == 4)
        let poll = try #require(try database.service.activityPolls().first { $0.id == id })
        #expect(poll.options.map(\.replies) == [1, 1, 2] && poll.comments == ["想学直播卖货"])
        let again = try run(good)
        #expect(again.unchanged == 4 && again.added == 0)
        // Exported, the replies read back as the same file.
        var exported = Data()
        try database.tables.exportTable(.activityReplies, language: .zh, includePersonal: false, activity: id) { exported.append($0) }
        #expect(try run(String(decoding: exported, as: UTF8.self)).unchanged == 4)
    }
}
