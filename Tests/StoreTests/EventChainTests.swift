import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// The history is evidence: what is changed behind the program's back is found and named.
@Suite struct EventChainTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// sqlite3, as someone with a shell and the file would use it.
    private func sqlite(_ path: String, _ sql: String) throws -> Circledesk.Result {
        try Shell.run("/usr/bin/sqlite3", [path, sql])
    }

    @Test("every event of the sample county is sealed and the chains hold; sqlite3 from outside cannot add or change an event")
    func sealed() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        #expect(try database.problems().isEmpty)
        let unsealed = try database.writer.read { db in
            try EventChain.tables.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0.name) WHERE seal IS NULL") ?? 0 }.reduce(0, +)
        }
        #expect(unsealed == 0)
        let path = folder.file("league.sqlite")
        let forged = try sqlite(path, "INSERT INTO request_event (request_id, at, actor, action) VALUES (1, 0, '冒充', 'close')")
        #expect(forged.status != 0 && forged.error.contains("no such function: event_seal"))
        #expect(try sqlite(path, "UPDATE request_event SET note = '改过' WHERE id = 3").error.contains("append-only"))
        #expect(try sqlite(path, "UPDATE request_event SET seal = NULL WHERE id = 3").error.contains("append-only"))
    }

    @Test("with the triggers dropped, an edited, a deleted and a forged event are each named by check, and the missing triggers too")
    func tampered() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let path = folder.file("league.sqlite")
        let edited = try sqlite(path, """
            DROP TRIGGER request_event_append_only_update; DROP TRIGGER request_event_append_only_delete; DROP TRIGGER request_event_seal;
            UPDATE request_event SET note = '改过' WHERE id = 5;
            DELETE FROM request_event WHERE id = 20;
            INSERT INTO request_event (request_id, at, actor, action, seal) VALUES (1, 0, '冒充', 'close', 'abc');
            """)
        #expect(edited.status == 0, "\(edited.error)")
        let last = try Int64(sqlite(path, "SELECT max(id) FROM request_event").output.trimmingCharacters(in: .whitespacesAndNewlines))!
        let problems = try database.problems()
        for id in [5, 21, last] {
            #expect(problems.contains("request_event id \(id) is not as it was recorded: changed, or an event before it deleted, or inserted from outside"),
                    "\(id): \(problems)")
        }
        #expect(problems.contains("missing trigger request_event_seal"))
    }

    @Test("this week's seal read now is the history's; an event recorded for later is left out of it, one recorded late for earlier is in it")
    func sealOfThisWeek() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        let printed = try database.summary.weeklySummary(week, now: Self.now).historySeal
        #expect(printed == (try database.historySeal()))
        _ = try database.requests.addRequest(NewRequest(title: "明天的事", body: "记在今晚之后", category: "创业", township: "罗阳镇"),
                                             by: desk, at: Self.now.addingTimeInterval(3600))
        #expect(try database.historySeal() != printed)
        #expect(try database.summary.weeklySummary(week, now: Self.now).historySeal == printed)
        _ = try database.requests.addRequest(NewRequest(title: "补记的事", body: "上午来的，晚些才记", category: "创业", township: "罗阳镇"),
                                             by: desk, at: Self.now.addingTimeInterval(-3600))
        #expect(try database.summary.weeklySummary(week, now: Self.now).historySeal != printed)
    }

    @Test("the seal printed for a past week stays as it was while work goes on, and differs once that week's history is changed")
    func printedSeal() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let week = CountyWeek(containing: Self.now).previous
        let printed = try database.summary.weeklySummary(week, now: Self.now).historySeal
        let now = try database.historySeal()
        #expect(printed.count == 16 && printed != now)
        _ = try database.requests.addRequest(NewRequest(title: "又一件", body: "本周新来的", category: "创业", township: "罗阳镇"), by: desk, at: Self.now)
        #expect(try database.summary.weeklySummary(week, now: Self.now).historySeal == printed)
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS request_event_append_only_update")
            try db.execute(sql: "UPDATE request_event SET seal = 'rewritten' WHERE id = (SELECT max(id) FROM request_event WHERE at < ?)",
                           arguments: [week.instants.upperBound])
        }
        #expect(try database.summary.weeklySummary(week, now: Self.now).historySeal != printed)
    }
}
