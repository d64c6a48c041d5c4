import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

@Suite struct HelpSquadTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("the 915 project's seven squads; a plan returned with a reason, submitted again and filed, each step recorded")
    func filing() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let squads = try database.service.helpSquads()
        #expect(squads.count == 7 && Set(squads.map(\.project)) == ["915青年救援项目团"])
        #expect(squads.filter { $0.planState == .filed }.count == 6 && squads.allSatisfy { !$0.members.isEmpty && $0.leader != nil })
        let waiting = try #require(squads.first { $0.planState == .submitted })
        let weekBefore = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now).service
        #expect(throws: SquadError.refused(.missing(action: "return", [.reason]))) {
            try database.service.actOnSquadPlan("return", squad: waiting.id, version: waiting.version, by: desk, at: Self.now)
        }
        try database.service.actOnSquadPlan("return", squad: waiting.id, version: waiting.version, reason: "请附上分工表", by: desk, at: Self.now)
        var squad = try #require(try database.service.helpSquads().first { $0.id == waiting.id })
        #expect(squad.planState == .returned && squad.returnedBecause == "请附上分工表")
        #expect(throws: SquadError.changedMeanwhile(.returned)) {
            try database.service.actOnSquadPlan("submit", squad: waiting.id, version: waiting.version, by: desk, at: Self.now)
        }
        let secretary = try database.operatorAccount(login: "wuhao")!
        #expect(throws: SquadError.refused(.otherTownship)) {
            try database.service.actOnSquadPlan("submit", squad: waiting.id, version: squad.version, by: secretary, at: Self.now)
        }
        try database.service.actOnSquadPlan("submit", squad: waiting.id, version: squad.version, by: desk, at: Self.now)
        squad = try #require(try database.service.helpSquads().first { $0.id == waiting.id })
        try database.service.actOnSquadPlan("file", squad: waiting.id, version: squad.version, by: desk, at: Self.now)
        #expect(try database.service.helpSquads().allSatisfy { $0.planState == .filed })
        // The weekly summary's line counts the week's steps.
        let week = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now).service
        #expect(week.squadPlansReturned == weekBefore.squadPlansReturned + 1 && week.squadPlansSubmitted == weekBefore.squadPlansSubmitted + 1)
        #expect(week.squadPlansFiled == weekBefore.squadPlansFiled + 1)
        let actions = try database.writer.read {
            try String.fetchAll($0, sql: "SELECT action FROM squad_event WHERE squad_id = ? ORDER BY id", arguments: [waiting.id])
        }
        #expect(actions == ["submit", "return", "submit", "return", "submit", "file"])
    }

    @Test("a squad formed in a new project starts as a draft; its plan changes until submitted, and again once returned")
    func forming() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let leader = try #require(try database.roster.cadreCard(id: 1, now: Self.now)?.cadre)
        let squad = NewSquad(project: "2026冬季送温暖", name: "独居老人帮帮团", township: nil, leaderPhone: leader.phone,
                             members: ["小周", "小郑", " "], plan: "")
        let id = try database.service.formSquad(squad, by: desk, at: Self.now)
        #expect(throws: SquadError.nameTaken("独居老人帮帮团")) { try database.service.formSquad(squad, by: desk, at: Self.now) }
        var bad = squad
        bad.leaderPhone = "13900000000"
        #expect(throws: SquadError.noSuchLeader("13900000000")) { try database.service.formSquad(bad, by: desk, at: Self.now) }
        bad = squad
        bad.name = "另一队"
        bad.township = "三魁镇"
        let secretary = try #require(try database.operatorAccount(login: "wuhao"))
        #expect(throws: SquadError.notAllowed) { try database.service.formSquad(bad, by: secretary, at: Self.now) }
        var formed = try #require(try database.service.helpSquads().first { $0.id == id })
        #expect(formed.project == "2026冬季送温暖" && formed.planState == .draft && formed.leader == leader.name)
        #expect(formed.members == ["小周", "小郑"] && formed.townshipId == leader.townshipId)
        try database.service.reviseSquadPlan(squad: id, version: formed.version, plan: "每周六上门送菜、理发", by: desk)
        #expect(throws: SquadError.changedMeanwhile(.draft)) {
            try database.service.reviseSquadPlan(squad: id, version: formed.version, plan: "x", by: desk)
        }
        formed = try #require(try database.service.helpSquads().first { $0.id == id })
        try database.service.actOnSquadPlan("submit", squad: id, version: formed.version, by: desk, at: Self.now)
        #expect(throws: SquadError.planLocked(.submitted)) {
            try database.service.reviseSquadPlan(squad: id, version: formed.version + 1, plan: "x", by: desk)
        }
        try database.service.actOnSquadPlan("return", squad: id, version: formed.version + 1, reason: "请写明人数", by: desk, at: Self.now)
        try database.service.reviseSquadPlan(squad: id, version: formed.version + 2, plan: "每周六6人上门送菜、理发", by: desk)
        #expect(try database.service.helpSquads().first { $0.id == id }?.plan == "每周六6人上门送菜、理发")
    }
}
