import Foundation
import GRDB
import LeagueCore
import Store
import Testing
import TestSupport

@Suite struct SuggestionTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("a suggestion is logged, ages past a week unanswered, and is answered once")
    func lifecycle() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let ref = try database.addSuggestion(content: "希望开电商直播培训班", source: .moments, township: "三魁", by: desk,
                                             at: Self.now.addingTimeInterval(-8 * 86400))
        #expect(ref.hasPrefix("YJ-2026-"))
        let row = try #require(try database.suggestions(unansweredOnly: true).first { $0.ref == ref })
        #expect(row.township == "三魁镇" && row.overdue(at: Self.now.unixSeconds) && !row.overdue(at: row.receivedAt + 86400))
        try database.answerSuggestion(ref: ref.lowercased(), answer: "已列入下季度培训计划", by: desk, at: Self.now)
        #expect(throws: SuggestionError.alreadyAnswered(by: "王敏", at: Self.now.unixSeconds)) {
            try database.answerSuggestion(ref: ref, answer: "再答一次", by: desk, at: Self.now)
        }
        #expect(!(try database.suggestions(unansweredOnly: true).contains { $0.ref == ref }))
        #expect(throws: SuggestionError.emptyContent) {
            try database.addSuggestion(content: " ", source: .phone, township: nil, by: desk, at: Self.now)
        }
        let reviewer = try database.operatorAccount(login: "chenjing")!
        #expect(throws: SuggestionError.notAllowed) {
            try database.addSuggestion(content: "x", source: .phone, township: nil, by: reviewer, at: Self.now)
        }
        // The week it was answered counts it; the weeks it waited over seven days count it as overdue.
        let summary = try database.weeklySummary(CountyWeek(containing: Self.now))
        #expect(summary.suggestions.answered >= 1)
    }
}
