import Foundation
import GRDB
import LeagueCore
import Store
import Testing
import TestSupport
import Workflow

@Suite struct HelpSquadTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("the 915 project's seven squads; a plan returned with a reason, submitted again and filed, each step recorded")
    func filing() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let squads = try database.helpSquads()
        #expect(squads.count == 7 && Set(squads.map(\.project)) == ["915青年救援项目团"])
        #expect(squads.filter { $0.planState == .filed }.count == 6 && squads.allSatisfy { !$0.members.isEmpty && $0.leader != nil })
        let waiting = try #require(squads.first { $0.planState == .submitted })
        let weekBefore = try database.weeklySummary(CountyWeek(containing: Self.now)).service
        #expect(throws: SquadError.refused(.missing(action: "return", [.reason]))) {
            try database.actOnSquadPlan("return", squad: waiting.id, version: waiting.version, by: desk, at: Self.now)
        }
        try database.actOnSquadPlan("return", squad: waiting.id, version: waiting.version, reason: "请附上分工表", by: desk, at: Self.now)
        var squad = try #require(try database.helpSquads().first { $0.id == waiting.id })
        #expect(squad.planState == .returned && squad.returnedBecause == "请附上分工表")
        #expect(throws: SquadError.changedMeanwhile(.returned)) {
            try database.actOnSquadPlan("submit", squad: waiting.id, version: waiting.version, by: desk, at: Self.now)
        }
        let secretary = try database.operatorAccount(login: "wuhao")!
        #expect(throws: SquadError.refused(.otherTownship)) {
            try database.actOnSquadPlan("submit", squad: waiting.id, version: squad.version, by: secretary, at: Self.now)
        }
        try database.actOnSquadPlan("submit", squad: waiting.id, version: squad.version, by: desk, at: Self.now)
        squad = try #require(try database.helpSquads().first { $0.id == waiting.id })
        try database.actOnSquadPlan("file", squad: waiting.id, version: squad.version, by: desk, at: Self.now)
        #expect(try database.helpSquads().allSatisfy { $0.planState == .filed })
        // The weekly summary's line counts the week's steps.
        let week = try database.weeklySummary(CountyWeek(containing: Self.now)).service
        #expect(week.squadPlansReturned == weekBefore.squadPlansReturned + 1 && week.squadPlansSubmitted == weekBefore.squadPlansSubmitted + 1)
        #expect(week.squadPlansFiled == weekBefore.squadPlansFiled + 1)
        let actions = try database.writer.read {
            try String.fetchAll($0, sql: "SELECT action FROM squad_event WHERE squad_id = ? ORDER BY id", arguments: [waiting.id])
        }
        #expect(actions == ["submit", "return", "submit", "return", "submit", "file"])
    }
}
