import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

@Suite struct DiaryReviewTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func reviewers(_ database: AppDatabase) throws -> (Operator, Operator, Operator) {
        (try database.operatorAccount(login: "chenjing")!, try database.operatorAccount(login: "linxiao")!,
         try database.operatorAccount(login: "creator-admin")!)
    }

    private func county(_ folder: TemporaryFolder) throws -> AppDatabase {
        try folder.sampleCounty(now: Self.now, creator: "creator-admin")
    }

    @Test("the queue is oldest first; a claimed diary cannot be taken by a colleague")
    func claims() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (chen, lin, _) = try reviewers(database)
        let queue = try database.diaries.reviewQueue(for: chen, limit: 50)
        #expect(queue.map(\.submittedAt) == queue.map(\.submittedAt).sorted())
        let diary = try #require(queue.first { $0.state == .submitted && $0.claimedBy == nil })
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: chen, at: Self.now)
        #expect(throws: DiaryReviewError.claimedBy("陈静", at: Self.now.unixSeconds)) {
            try database.diaries.claimDiary(id: diary.id, version: diary.version, by: lin, at: Self.now)
        }
        let held = try database.diaries.reviewQueue(for: lin, limit: 50).first { $0.id == diary.id }
        #expect(held?.claimedByName == "陈静" && held?.state == .inReview)
        // An admin may take over a diary held for more than a day; not sooner.
        let (_, _, admin) = try reviewers(database)
        #expect(throws: DiaryReviewError.claimedBy("陈静", at: Self.now.unixSeconds)) {
            try database.diaries.claimDiary(id: diary.id, version: diary.version, by: admin, at: Self.now.addingTimeInterval(3600))
        }
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: admin, at: Self.now.addingTimeInterval(25 * 3600))
        #expect(try database.diaries.diaryDetail(id: diary.id, for: admin)?.row.claimedBy == admin.id)
        try database.diaries.releaseDiary(id: diary.id, by: admin, at: Self.now.addingTimeInterval(25 * 3600))
        let version = try database.diaries.diaryDetail(id: diary.id, for: lin)!.row.version
        #expect(throws: Never.self) { try database.diaries.claimDiary(id: diary.id, version: version, by: lin, at: Self.now) }
    }

    @Test("a draft is kept as typed; submitting asks for every score, and a comment under 2; then it is published")
    func scoring() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (chen, _, _) = try reviewers(database)
        let diary = try #require(try database.diaries.reviewQueue(for: chen, limit: 50).first { $0.claimedBy == nil && $0.reviewsWanted == 1 })
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: chen, at: Self.now)
        try database.diaries.saveDraft(diaryId: diary.id, scores: [4, nil, 1, nil], comment: "", by: chen, at: Self.now)
        #expect(try database.diaries.diaryDetail(id: diary.id, for: chen)?.mine?.scores == [4, nil, 1, nil])
        #expect(throws: DiaryReviewError.incomplete([1, 3])) { try database.diaries.submitReview(diaryId: diary.id, by: chen, at: Self.now) }
        try database.diaries.saveDraft(diaryId: diary.id, scores: [4, 3, 1, 2], comment: "  ", by: chen, at: Self.now)
        #expect(throws: DiaryReviewError.commentRequired) { try database.diaries.submitReview(diaryId: diary.id, by: chen, at: Self.now) }
        try database.diaries.saveDraft(diaryId: diary.id, scores: [4, 3, 1, 2], comment: "心得太简单,下次写具体些。", by: chen, at: Self.now)
        try database.diaries.submitReview(diaryId: diary.id, by: chen, at: Self.now)
        let detail = try #require(try database.diaries.diaryDetail(id: diary.id, for: chen))
        #expect(detail.row.state == .feedbackPublished)
        // (4×30 + 3×35 + 1×20 + 2×15) / 5 = 55
        #expect(detail.mine?.total == 55 && detail.mine?.submitted == true)
        #expect(detail.comments.last?.body == "心得太简单,下次写具体些。" && detail.comments.last?.authorKind == "reviewer")
        let events = try database.writer.read { try String.fetchAll($0, sql: "SELECT action FROM diary_event WHERE diary_id = ? ORDER BY id", arguments: [diary.id]) }
        #expect(events == ["claim", "score", "publish"])
    }

    @Test("a double review stays independent until both are in; a returned diary carries its reason")
    func doubleReview() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (chen, lin, admin) = try reviewers(database)
        #expect(throws: DiaryReviewError.notAnAdmin) { try database.diaries.sampleForDoubleReview(percent: 100, by: chen) }
        #expect(try database.diaries.sampleForDoubleReview(percent: 100, by: admin) > 0)
        let diary = try #require(try database.diaries.reviewQueue(for: chen, limit: 50).first { $0.claimedBy == nil && $0.reviewsWanted == 2 })
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: chen, at: Self.now)
        try database.diaries.saveDraft(diaryId: diary.id, scores: [3, 3, 3, 3], comment: "", by: chen, at: Self.now)
        try database.diaries.submitReview(diaryId: diary.id, by: chen, at: Self.now)
        #expect(!(try database.diaries.reviewQueue(for: chen, limit: 50).contains { $0.id == diary.id }))
        var seen = try #require(try database.diaries.diaryDetail(id: diary.id, for: lin))
        #expect(seen.row.state == .submitted && seen.others.isEmpty && seen.hiddenReviews == 1)
        try database.diaries.claimDiary(id: diary.id, version: seen.row.version, by: lin, at: Self.now)
        try database.diaries.saveDraft(diaryId: diary.id, scores: [2, 3, 4, 3], comment: "", by: lin, at: Self.now)
        try database.diaries.submitReview(diaryId: diary.id, by: lin, at: Self.now)
        seen = try #require(try database.diaries.diaryDetail(id: diary.id, for: lin))
        #expect(seen.row.state == .feedbackPublished && seen.others.map(\.reviewer) == ["陈静"] && seen.hiddenReviews == 0)

        let other = try #require(try database.diaries.reviewQueue(for: lin, limit: 50).first { $0.claimedBy == nil })
        try database.diaries.claimDiary(id: other.id, version: other.version, by: lin, at: Self.now)
        #expect(throws: DiaryReviewError.refused(.missing(action: "return", [.reason]))) {
            try database.diaries.returnDiary(id: other.id, reason: " ", by: lin, at: Self.now)
        }
        try database.diaries.returnDiary(id: other.id, reason: "没有写走访了哪些青年,请补充。", by: lin, at: Self.now)
        let returned = try #require(try database.diaries.diaryDetail(id: other.id, for: lin))
        #expect(returned.row.state == .returned && returned.comments.last?.body == "没有写走访了哪些青年,请补充。")
    }

    @Test("a score given by mistake is taken back within half an hour: a draft again, the diary held, the thread told")
    func takeBack() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (chen, lin, admin) = try reviewers(database)
        #expect(throws: TakeBackError.nothingToTakeBack) { try database.diaries.takeBackReview(by: admin, at: Self.now) }
        let diary = try #require(try database.diaries.reviewQueue(for: chen, limit: 50).first { $0.claimedBy == nil && $0.reviewsWanted == 1 })
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: chen, at: Self.now)
        try database.diaries.saveDraft(diaryId: diary.id, scores: [4, 3, 3, 2], comment: "走访扎实。", by: chen, at: Self.now)
        try database.diaries.submitReview(diaryId: diary.id, by: chen, at: Self.now)
        // Not someone else's to take back (a colleague's own are older), and not after half an hour.
        #expect((try? database.diaries.takeBackReview(by: lin, at: Self.now))?.diaryId != diary.id)
        #expect(throws: TakeBackError.tooLate(cadre: diary.cadre)) {
            try database.diaries.takeBackReview(by: chen, at: Self.now.addingTimeInterval(31 * 60))
        }

        let later = Self.now.addingTimeInterval(5 * 60)
        let taken = try database.diaries.takeBackReview(by: chen, at: later)
        #expect(taken.diaryId == diary.id && taken.cadre == diary.cadre)
        let reopened = try #require(try database.diaries.diaryDetail(id: diary.id, for: chen))
        #expect(reopened.row.state == .inReview && reopened.row.claimedBy == chen.id)
        #expect(reopened.mine?.scores == [4, 3, 3, 2] && reopened.mine?.submitted == false && reopened.mine?.comment == "走访扎实。")
        #expect(reopened.comments.map(\.body).suffix(2) == ["走访扎实。", "（撤回了这次评分，重新点评后再发布）"])

        // Scored again: published again, the unchanged comment not repeated; the history keeps every step.
        try database.diaries.saveDraft(diaryId: diary.id, scores: [4, 4, 3, 2], comment: "走访扎实。", by: chen, at: later)
        try database.diaries.submitReview(diaryId: diary.id, by: chen, at: later)
        let again = try #require(try database.diaries.diaryDetail(id: diary.id, for: chen))
        #expect(again.row.state == .feedbackPublished && again.comments.filter { $0.body == "走访扎实。" }.count == 1)
        let events = try database.writer.read { try String.fetchAll($0, sql: "SELECT action FROM diary_event WHERE diary_id = ? ORDER BY id", arguments: [diary.id]) }
        #expect(events == ["claim", "score", "publish", "take_back", "score", "publish"])

        // Once the cadre's group has answered under the feedback, it stands.
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO diary_comment (diary_id, author_kind, author_name, body, created_at) VALUES (?, 'cadre', ?, '收到,谢谢!', ?)
                """, arguments: [diary.id, diary.cadre, later.unixSeconds + 60])
        }
        #expect(throws: TakeBackError.changedSince(cadre: diary.cadre, by: diary.cadre)) {
            try database.diaries.takeBackReview(by: chen, at: later.addingTimeInterval(120))
        }
    }

    @Test("calibration on the sample county finds the reviewer who scores a point low")
    func calibration() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (rubric, reviewers) = try database.diaries.calibration()
        #expect(rubric.rubric == Rubric.countyDefault)
        let flagged = reviewers.filter(\.figures.flagged).map(\.reviewer)
        #expect(flagged == ["雷红"])
        #expect(reviewers.allSatisfy { $0.figures.sharedDiaries > 0 && $0.figures.kappa != nil })
        // The figures kept are those counted pair by pair from the history; each reviewer's reviews too.
        try database.writer.read { db in
            let counted = CalibrationReference.figures(try CalibrationReference.reviews(db, rubric: rubric.id, codes: rubric.rubric.criteria.map(\.code)))
            #expect(CalibrationReference.differences(reviewers.map(\.figures), counted) == [])
            for reviewer in reviewers {
                #expect(reviewer.reviews == (try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM diary_review WHERE reviewer_id = ? AND state = 'submitted'
                    """, arguments: [reviewer.figures.reviewerId])))
            }
        }
    }

    @Test("calibration reads a row per reviewer and criterion from its tallies, never the reviews (3.4 million at a hundred times the county)")
    func calibrationFromTallies() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let plan = try database.queryPlan(DiaryStore.calibrationSQL, [1])
        #expect(plan == [
            "SEARCH p USING PRIMARY KEY (rubric_id=?)", "SEARCH o USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN",
            "SEARCH t USING PRIMARY KEY (reviewer_id=?) LEFT-JOIN",
        ], "\(plan)")
    }

    @Test("a new rubric needs weights adding to 100; reviews begun keep theirs")
    func rubric() throws {
        let folder = try TemporaryFolder()
        let database = try county(folder)
        let (chen, _, admin) = try reviewers(database)
        let diary = try #require(try database.diaries.reviewQueue(for: chen, limit: 50).first { $0.claimedBy == nil })
        try database.diaries.claimDiary(id: diary.id, version: diary.version, by: chen, at: Self.now)
        let two = Rubric(criteria: [
            RubricCriterion(code: "visits", nameZh: "走访", nameEn: "Visits", weight: 60),
            RubricCriterion(code: "help", nameZh: "帮扶", nameEn: "Help", weight: 30),
        ])
        #expect(throws: RubricError.weightsDoNotAddUp(90)) { try database.diaries.setRubric(two, name: "新标准", by: admin, at: Self.now) }
        #expect(throws: RubricError.notAnAdmin) { try database.diaries.setRubric(two, name: "新标准", by: chen, at: Self.now) }
        let fixed = Rubric(criteria: [two.criteria[0], RubricCriterion(code: "help", nameZh: "帮扶", nameEn: "Help", weight: 40)])
        try database.diaries.setRubric(fixed, name: "新标准", by: admin, at: Self.now)
        #expect(try database.diaries.activeRubric().rubric == fixed)
        #expect(try database.diaries.diaryDetail(id: diary.id, for: chen)?.rubric.rubric == Rubric.countyDefault)
    }
}
