import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

@Suite struct FollowUpTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("follow-ups due are the resolved requests with no answer since, longest waiting first, read along their index without sorting")
    func dueAlongTheIndex() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let plan = try database.queryPlan(SurveyStore.dueSQL, [nil, 500])
        let township = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT township_id FROM help_request WHERE state = 'resolved' ORDER BY id")! }
        #expect(plan.first == "SCAN r USING INDEX help_request_follow_up" && !plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        for scope in [nil, township] {
            // Every resolved request looked at one by one.
            let expected = try database.writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, coalesce(resolved_at, updated_at) AS at FROM help_request NOT INDEXED
                    WHERE state = 'resolved' AND (?1 IS NULL OR township_id = ?1)
                    """, arguments: [scope]).filter { row in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM survey_response WHERE request_id = ? AND answered_at >= ?",
                                     arguments: [row["id"], row["at"]]) == 0
                }.map { (at: $0["at"] as Int64, id: $0["id"] as Int64) }.sorted { ($0.at, $0.id) < ($1.at, $1.id) }.map(\.id)
            }
            #expect(expected.count > (scope == nil ? 3 : 0))
            #expect(try database.surveys.followUpsDue(scope: scope).map(\.requestId) == expected)
            #expect(try database.surveys.followUpsDue(scope: scope, limit: 3).map(\.requestId) == Array(expected.prefix(3)))
        }
    }

    @Test("a follow-up answer closes the request; a poor one can reopen it, and it is due again once resolved again")
    func followUps() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let due = try database.surveys.followUpsDue()
        #expect(due.count >= 2)
        #expect(due.map(\.resolvedAt) == due.map(\.resolvedAt).sorted())
        let first = due[0], second = due[1]
        try database.surveys.recordFollowUp(requestId: first.requestId, version: first.version, answer: .satisfied, remark: "谢谢!",
                                    reopenReason: nil, by: desk, at: Self.now)
        #expect(try database.requests.requestDetail(id: first.requestId, now: Self.now)?.row.state == .closed)
        let report = try database.surveys.satisfactionReport(period: ReportPeriod("2026H2")!)
        #expect(report.followUps.figure.answers >= 1)

        try database.surveys.recordFollowUp(requestId: second.requestId, version: second.version, answer: .dissatisfied, remark: "生姜还是没卖掉",
                                    reopenReason: "回访不满意:生姜仍未售出", by: desk, at: Self.now)
        let reopened = try #require(try database.requests.requestDetail(id: second.requestId, now: Self.now))
        #expect(reopened.row.state == .inProgress && reopened.events.last?.note == "回访不满意:生姜仍未售出")
        let remaining = try database.surveys.followUpsDue().map(\.requestId)
        #expect(!remaining.contains(first.requestId) && !remaining.contains(second.requestId))

        var input = ActionInput()
        input.resolution = "联系了收购商,全部售出"
        try database.requests.act("resolve", on: second.requestId, version: reopened.row.version, by: desk, input: input,
                         at: Self.now.addingTimeInterval(3600))
        #expect(try database.surveys.followUpsDue().map(\.requestId).contains(second.requestId))
        // A stale version is refused and nothing is recorded.
        #expect(throws: TransitionError.self) {
            try database.surveys.recordFollowUp(requestId: first.requestId, version: first.version, answer: .satisfied, remark: "",
                                        reopenReason: nil, by: desk, at: Self.now)
        }
    }
}
