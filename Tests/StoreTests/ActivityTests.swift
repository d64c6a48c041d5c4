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
        let poll = try #require(try database.activityPolls().first { $0.title == "城乡学生手拉手" })
        #expect(poll.replies == 86 && poll.options.max { $0.replies < $1.replies }?.label == "放学后作业辅导")
        #expect(poll.outcome?.contains("4:30 课堂") == true && poll.comments.count == 3)
    }

    @Test("an activity posted with its menu, replies tallied per option, and what changed")
    func poll() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        #expect(throws: ActivityError.tooFewOptions) {
            try database.postActivity(title: "青年夜校", draft: "", options: ["电商", " "], township: nil, by: desk, at: Self.now)
        }
        let id = try database.postActivity(title: "青年夜校", draft: "每周三晚上课", options: ["电商直播", "茶叶种植", "驾驶培训"],
                                           township: "三魁", by: desk, at: Self.now)
        for (option, comment) in [(1, "想学直播卖货"), (1, ""), (3, "")] {
            try database.recordActivityReply(activity: id, option: option, respondent: "", comment: comment, at: Self.now)
        }
        #expect(throws: ActivityError.noSuchOption(4)) {
            try database.recordActivityReply(activity: id, option: 4, respondent: "", comment: "", at: Self.now)
        }
        try database.recordActivityOutcome(activity: id, outcome: "先开电商直播班", by: desk, at: Self.now)
        let poll = try #require(try database.activityPolls().first { $0.id == id })
        #expect(poll.options.map(\.replies) == [2, 0, 1] && poll.township == "三魁镇" && poll.comments == ["想学直播卖货"])
        #expect(poll.outcome == "先开电商直播班")
    }
}
