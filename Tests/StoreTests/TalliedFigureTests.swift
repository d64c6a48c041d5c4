import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// A tally edited by hand past any count (someone with sqlite3): the report that reads it says
/// so as an error instead of stopping the program on a number an `Int` cannot hold.
@Suite struct TalliedFigureTests {
    private static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("a tallied figure beyond any count is an error where the weekly summary, the township table, stats and the satisfaction report read it",
          arguments: [
              "UPDATE request_tally SET received = 1e300 WHERE day = (SELECT max(day) FROM request_tally WHERE day < 20785)",
              "UPDATE clock_tally SET open = 1e300 WHERE day = (SELECT min(day) FROM clock_tally)",
              "UPDATE township_cadre_tally SET youth = 1e300 WHERE township_id = (SELECT min(township_id) FROM township_cadre_tally)",
              "UPDATE follow_up_tally SET resolved = 1e300 WHERE day = (SELECT max(day) FROM follow_up_tally WHERE day < 20785)",
              "UPDATE survey_township_tally SET answers = 1e300 WHERE day = (SELECT max(day) FROM survey_township_tally WHERE day < 20785)",
          ])
    func beyondAnyCount(edit: String) throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let reads: [() throws -> Void] = [
            { _ = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now) },
            { _ = try database.roster.townshipSummaries(now: Self.now) },
            { _ = try database.stats(now: Self.now) },
            { _ = try database.surveys.satisfactionReport(period: ReportPeriod("2026H2")!) },
        ]
        let before = reads.map { read in (try? read()) != nil }
        #expect(before.allSatisfy { $0 })
        let edited = try database.writer.write { db in
            try db.execute(sql: edit)
            return db.changesCount
        }
        #expect(edited > 0)
        let failing = reads.map { read in (try? read()) == nil }
        // Each edit is read by one report at least; none of them traps.
        #expect(failing.contains(true), "\(edit)")
    }
}
