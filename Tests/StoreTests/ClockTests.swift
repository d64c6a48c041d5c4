import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// What is read from the open requests' clocks (v13) — a week up to now: open, overdue and
/// 需要关注; the township table: open and overdue — held to every request looked at one by
/// one here, with the one definition of overdue written out again.
@Suite struct ClockTests {
    private static let made = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// One request as it stands now.
    private struct Standing {
        var id: Int64, ref: String, township: Int64, state: RequestState
        var firstContactAt: Int64?, firstContactDue: Int64, resolutionDue: Int64, pausedAt: Int64?, escalatedAt: Int64?

        /// When its clock ran or runs out, if it runs: the first deadline still to be met.
        var runsOut: Int64? {
            guard state.isOpen, state != .needsInfo, pausedAt == nil else { return nil }
            return firstContactAt == nil ? min(firstContactDue, resolutionDue) : resolutionDue
        }

        func overdue(before end: Int64) -> Bool { runsOut.map { $0 < end } ?? false }
    }

    private func requests(_ database: AppDatabase) throws -> [Standing] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM help_request ORDER BY id").map { row in
                Standing(id: row["id"], ref: row["ref"], township: row["township_id"], state: RequestState(rawValue: row["state"])!,
                         firstContactAt: row["first_contact_at"], firstContactDue: row["first_contact_due"], resolutionDue: row["resolution_due"],
                         pausedAt: row["sla_paused_at"], escalatedAt: row["escalated_at"])
            }
        }
    }

    @Test("a week up to now: open, overdue and the thirty needing attention, for the county and each township, are those of the requests one by one",
          arguments: ["2026-11-28T09:00:00+08:00", "2026-12-20T09:00:00+08:00"])
    func weekUpToNow(moment: String) throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.made)
        let requests = try requests(database)
        let now = CountyTime.parseInstant(moment)!, end = now.unixSeconds + 1
        let open = requests.filter(\.state.isOpen)
        var listedOverdue = 0, overdueInScope: [Int] = []
        for township in [nil] + Set(requests.map(\.township)).sorted() {
            let summary = try database.summary.weeklySummary(CountyWeek(containing: now), now: now, township: township)
            #expect(summary.asOf != nil)
            #expect(summary.headline.openAtEnd == open.count)
            #expect(summary.headline.overdueAtEnd == open.filter { $0.overdue(before: end) }.count)
            let expected = open.filter { township == nil || $0.township == township }
                .filter { $0.overdue(before: end) || ($0.escalatedAt ?? .max) < end }
                .sorted { ($0.runsOut.map { end - $0 } ?? 0, -$0.id) > ($1.runsOut.map { end - $0 } ?? 0, -$1.id) }
                .prefix(30)
            #expect(summary.attention.map(\.ref) == expected.map(\.ref), "township \(township.map(String.init) ?? "all") at \(moment)")
            #expect(summary.attention.map(\.overdue) == expected.map { $0.overdue(before: end) })
            listedOverdue += summary.attention.filter(\.overdue).count
            overdueInScope.append(open.filter { (township == nil || $0.township == township) && $0.overdue(before: end) }.count)
        }
        // Both ways of choosing are tried: fewer than thirty overdue (escalated ones fill in) and more.
        #expect(listedOverdue > 0)
        #expect(overdueInScope.contains { $0 < 30 } && overdueInScope.contains { $0 > 30 }, "overdue: \(overdueInScope)")
    }

    @Test("the township table's open and overdue are each township's open requests and those past a deadline now")
    func townshipTable() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.made)
        let requests = try requests(database)
        for moment in ["2026-11-28T09:00:00+08:00", "2026-12-05T14:30:00+08:00"] {
            let now = CountyTime.parseInstant(moment)!
            for township in try database.roster.townshipSummaries(now: now) {
                let open = requests.filter { $0.township == township.id && $0.state.isOpen }
                #expect(township.openRequests == open.count, "\(township.name)")
                #expect(township.overdueRequests == open.filter { $0.overdue(before: now.unixSeconds) }.count, "\(township.name) at \(moment)")
            }
        }
    }
}
