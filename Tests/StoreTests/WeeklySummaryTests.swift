import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import Workflow

/// The weekly summary against small counties built by hand, request by request.
@Suite struct WeeklySummaryTests {
    private static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!
    private func at(_ text: String) -> Date { CountyTime.parseInstant(text)! }

    /// An empty county with one township, one cadre and an admin, who may make both approvals.
    private func county() throws -> (AppDatabase, Operator) {
        let database = try AppDatabase.inMemory()
        let admin = try database.ensureAdmin(login: "admin", at: at("2025-01-01"))
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO township (id, name, name_en, kind, position) VALUES (1, '三魁镇', 'Sankui', 'town', 0)")
            try db.execute(sql: "INSERT INTO cadre (id, name, role, township_id, phone, joined_on) VALUES (1, '张传相', 'league_cadre', 1, '13900000001', '2025-01-01')")
        }
        try database.allowOneReviewer(township: "三魁镇", true, by: "admin", at: at("2025-01-01"))
        return (database, admin)
    }

    /// Adds a request at `created` and takes it through `steps` (action, when).
    @discardableResult
    private func request(_ database: AppDatabase, _ admin: Operator, _ title: String, category: String = "创业", created: String,
                         _ steps: [(String, String)] = []) throws -> Int64 {
        let ref = try database.requests.addRequest(NewRequest(title: title, body: "…", category: category, township: "三魁镇"), by: admin, at: at(created))
        let id = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM help_request WHERE ref = ?", arguments: [ref])! }
        for (action, when) in steps {
            let version = try database.writer.read { try Int.fetchOne($0, sql: "SELECT version FROM help_request WHERE id = ?", arguments: [id])! }
            var input = ActionInput()
            input.assigneeCadreId = 1
            input.resolution = "已办好"
            input.reason = "回访不满意"
            try database.requests.act(action, on: id, version: version, by: admin, input: input, at: at(when))
        }
        return id
    }

    private static let toPublished = ["submit", "village_approve", "township_approve"]

    @Test("an empty week: every count zero, no medians, no division by zero")
    func emptyWeek() throws {
        let (database, _) = try county()
        let summary = try database.summary.weeklySummary(CountyWeek("2026-W10")!, now: Self.now)
        let h = summary.headline
        let counts: [Int] = [h.received, h.published, h.resolved, h.closed, h.openAtEnd, h.overdueAtEnd, h.contactDue, h.contactedInTime]
        #expect(counts.allSatisfy { $0 == 0 })
        #expect(h.firstContactMedian == nil && h.resolutionP90 == nil)
        #expect(summary.attention.isEmpty && summary.satisfaction.answers == 0 && summary.diaries.meanScore == nil)
        #expect(summary.categories.allSatisfy { $0.received == 0 } && summary.townships.map(\.name.zh) == ["三魁镇"])
    }

    @Test("a week read before it began (the desk's > past this week, a script's --week) is empty, not a crash")
    func weekNotBegun() throws {
        let (database, _) = try county()
        let summary = try database.summary.weeklySummary(CountyWeek(containing: Self.now).next, now: Self.now)
        let h = summary.headline
        #expect([h.received, h.resolved, h.contactDue, h.contactedInTime, summary.diaries.submitted, summary.diaries.reviewed].allSatisfy { $0 == 0 })
    }

    @Test("a request resolved in the week it arrived; a reopened one; and the times they took")
    func resolvedAndReopened() throws {
        let (database, admin) = try county()
        let week = "2026-03-0"
        // Monday 2 March 2026 09:00: collected, published, assigned, started (first contact) at 11:00, resolved Wednesday 09:00.
        try request(database, admin, "生姜滞销", created: "\(week)2T09:00:00+08:00",
                    Self.toPublished.map { ($0, "\(week)2T10:00:00+08:00") }
                        + [("assign", "\(week)2T10:30:00+08:00"), ("start", "\(week)2T11:00:00+08:00"), ("resolve", "\(week)4T09:00:00+08:00")])
        // Collected the week before, resolved Tuesday, reopened Thursday: counted as resolved in the week, open at its end.
        try request(database, admin, "台风后补种", created: "2026-02-25T09:00:00+08:00",
                    Self.toPublished.map { ($0, "2026-02-25T10:00:00+08:00") }
                        + [("assign", "2026-02-25T11:00:00+08:00"), ("start", "2026-02-25T13:00:00+08:00"),
                           ("resolve", "\(week)3T09:00:00+08:00"), ("reopen", "\(week)5T09:00:00+08:00")])
        // Arrived on Sunday night, nothing done yet.
        try request(database, admin, "求职", category: "健康", created: "2026-03-08T23:30:00+08:00")

        let summary = try database.summary.weeklySummary(CountyWeek("2026-W10")!, now: Self.now)
        let h = summary.headline
        #expect((h.received, h.published, h.resolved, h.closed) == (2, 1, 2, 0))
        // Open as the week ended: the reopened one and Sunday's; the first was resolved.
        #expect(h.openAtEnd == 2)
        // First contacts in the week: only the first request, 2 hours after it came.
        #expect(h.firstContactMedian == 7200 && h.firstContactP90 == 7200)
        // Resolutions: 2 days (first) and 6 days (second): median by nearest rank is the first.
        #expect(h.resolutionMedian == 2 * 86400 && h.resolutionP90 == 6 * 86400)
        let health = try #require(summary.categories.first { $0.name.zh == "健康" })
        #expect(health.sensitive && health.received == 1)
        let business = try #require(summary.categories.first { $0.name.zh == "创业" })
        #expect(business.received == 1 && business.receivedLastWeek == 1 && business.resolved == 2)
        let last = try database.summary.weeklySummary(CountyWeek("2026-W09")!, now: Self.now)
        #expect(last.headline.received == 1 && last.headline.openAtEnd == 1)
    }

    @Test("a week is recorded as it ended when the first change after it comes: deadlines moved since do not change it; a request entered late with an earlier time drops it")
    func weekEndRecorded() throws {
        let (database, admin) = try county()
        let id = try request(database, admin, "生姜滞销", created: "2026-03-02T09:00:00+08:00", Self.toPublished.map { ($0, "2026-03-02T10:00:00+08:00") })
        let week = CountyWeek("2026-W10")!
        func recorded() throws -> Int {
            try database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM week_end WHERE week = ?", arguments: [WeekEnds.number(week)]) ?? 0 }
        }
        // Nothing changed since the week ended: read from the clocks, and not recorded yet.
        let asItEnded = try database.summary.weeklySummary(week, now: at("2026-03-09T08:00:00+08:00")).headline
        #expect((asItEnded.openAtEnd, asItEnded.overdueAtEnd) == (1, 1))
        #expect(try recorded() == 0)
        // The first change after it: assigned on Tuesday. The week is recorded, the same.
        let version = try database.writer.read { try Int.fetchOne($0, sql: "SELECT version FROM help_request WHERE id = ?", arguments: [id])! }
        var input = ActionInput()
        input.assigneeCadreId = 1
        try database.requests.act("assign", on: id, version: version, by: admin, input: input, at: at("2026-03-10T09:00:00+08:00"))
        #expect(try recorded() == 1)
        let recordedSummary = try database.summary.weeklySummary(week, now: Self.now)
        #expect((recordedSummary.headline.openAtEnd, recordedSummary.headline.overdueAtEnd) == (1, 1))
        #expect(recordedSummary.attention.map(\.overdue) == [true])
        // Its deadlines moved a hundred days on since: a replay would judge the week by them; the record keeps the week's own.
        try database.writer.write {
            try $0.execute(sql: """
                UPDATE help_request SET first_contact_due = first_contact_due + 8640000, resolution_due = resolution_due + 8640000, updated_at = ?
                WHERE id = ?
                """, arguments: [at("2026-03-11T09:00:00+08:00").unixSeconds, id])
        }
        #expect(try database.summary.weeklySummary(week, now: Self.now).headline.overdueAtEnd == 1)
        // A request entered late, with the time it came in the week: the record goes, the week is replayed with it.
        try request(database, admin, "求职", created: "2026-03-04T09:00:00+08:00")
        #expect(try recorded() == 0)
        let replayed = try database.summary.weeklySummary(week, now: Self.now)
        #expect((replayed.headline.openAtEnd, replayed.headline.overdueAtEnd) == (2, 1))
        #expect(replayed.attention.map(\.title) == ["求职"])
    }

    @Test("a week across the new year counts by ISO week: 2026-W01 runs from 29 December 2025")
    func newYear() throws {
        let (database, admin) = try county()
        try request(database, admin, "元旦前", created: "2025-12-29T10:00:00+08:00")
        try request(database, admin, "元旦后", created: "2026-01-02T10:00:00+08:00")
        try request(database, admin, "上周", created: "2025-12-28T23:59:00+08:00")
        // 2026-01-04 16:30 UTC is Monday 5 January 00:30 in the county: next week.
        try request(database, admin, "下周", created: "2026-01-04T16:30:00Z")
        let summary = try database.summary.weeklySummary(CountyWeek("2026-W01")!, now: Self.now)
        #expect(summary.headline.received == 2 && summary.townships[0].receivedLastWeek == 1)
        #expect(summary.headline.openAtEnd == 3)
        #expect(summary.nextServiceDay == "2026-01-25")
        // The week before holds New Year's Day in the week after it.
        #expect(try database.summary.weeklySummary(CountyWeek("2025-W52")!, now: Self.now).holidaysNextWeek.map(\.day) == ["2026-01-01"])
    }

    @Test("diaries waiting over a week count as the week ended: reviewed since still count then, not after")
    func waitingDiaries() throws {
        let (database, admin) = try county()
        func diary(_ id: Int, submitted: String, state: String) throws {
            try database.writer.write {
                try $0.execute(sql: "INSERT INTO diary (id, cadre_id, visit_on, submitted_at, work_log, state) VALUES (?, 1, '2026-11-01', ?, '走访', ?)",
                               arguments: [id, at(submitted).unixSeconds, state])
            }
        }
        try diary(1, submitted: "2026-11-02T10:00:00+08:00", state: "submitted")
        try diary(2, submitted: "2026-11-03T10:00:00+08:00", state: "reviewed")
        try diary(3, submitted: "2026-11-04T10:00:00+08:00", state: "returned")
        try diary(4, submitted: "2026-11-20T10:00:00+08:00", state: "submitted")
        // Diary 2 was reviewed on 18 November, in week 47.
        try database.writer.write {
            try $0.execute(sql: """
                INSERT INTO diary_review (diary_id, reviewer_id, rubric_id, scores, total, state, updated_at, submitted_at)
                VALUES (2, ?1, (SELECT min(id) FROM rubric), '[3,3,3,3]', 12, 'submitted', ?2, ?2)
                """, arguments: [admin.id, at("2026-11-18T10:00:00+08:00").unixSeconds])
        }
        // Diary 5 wants two reviews: the first came on 10 November (week 46); it waits for the second.
        try diary(5, submitted: "2026-10-30T10:00:00+08:00", state: "submitted")
        try database.writer.write {
            try $0.execute(sql: "UPDATE diary SET reviews_wanted = 2 WHERE id = 5")
            try $0.execute(sql: """
                INSERT INTO diary_review (diary_id, reviewer_id, rubric_id, scores, total, state, updated_at, submitted_at)
                VALUES (5, ?1, (SELECT min(id) FROM rubric), '[3,3,3,3]', 12, 'submitted', ?2, ?2)
                """, arguments: [admin.id, at("2026-11-10T10:00:00+08:00").unixSeconds])
        }
        func waiting(_ week: String) throws -> Int { try database.summary.weeklySummary(CountyWeek(week)!, now: Self.now).diaries.waitingOverAWeek }
        // Week 45 ends 9 November: diary 5 had waited ten days, unreviewed.
        #expect(try waiting("2026-W45") == 1)
        // Week 46 ends 16 November: diaries 1 and 2 had waited over a week; 3 is returned now; 5 had its first review.
        #expect(try waiting("2026-W46") == 2)
        #expect(try waiting("2026-W47") == 1)
        // By the end of week 48, diary 4 has waited eight days too.
        #expect(try waiting("2026-W48") == 2)
        #expect(try waiting("2026-W44") == 0)
    }
}
