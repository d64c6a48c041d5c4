import Foundation
import LeagueCore
import Store
import Testing
import TestSupport

@Suite struct ServiceDayTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("a township's plan for a service day, changed in place; sign-ups once per name; a secretary plans for their own township")
    func plans() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        #expect(try database.serviceDayPlans(from: "2026-11-29", to: "2026-11-29").count == 4)
        let id = try database.planServiceDay("2026-12-27", township: "三魁", plan: "帮独居老人换冬衣", by: desk)
        #expect(try database.planServiceDay("2026-12-27", township: "三魁镇", plan: "帮独居老人换冬衣、修水管", by: desk) == id)
        try database.signUp(forServiceDayPlan: id, name: "小周")
        try database.signUp(forServiceDayPlan: id, name: "小周")
        try database.signUp(forServiceDayPlan: id, name: "小郑")
        let plan = try #require(try database.serviceDayPlans(from: "2026-12-27", to: "2026-12-27").first)
        #expect(plan.plan == "帮独居老人换冬衣、修水管" && plan.signups == ["小周", "小郑"] && plan.township == "三魁镇")
        #expect(throws: ServiceDayError.notADay("2026-12-32")) { try database.planServiceDay("2026-12-32", township: "三魁镇", plan: "x", by: desk) }
        let secretary = try database.operatorAccount(login: "wuhao")!
        #expect(throws: ServiceDayError.notAllowed) { try database.planServiceDay("2026-12-27", township: "三魁镇", plan: "x", by: secretary) }
        #expect(throws: ServiceDayError.noSuchPlan(999)) { try database.signUp(forServiceDayPlan: 999, name: "x") }
    }

    @Test("the weekly summary names the townships planning the next service day and counts who signed up")
    func weeklyLine() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        let before = try database.weeklySummary(week)
        #expect(before.nextServiceDay == "2026-11-29" && before.service.plannedTownships.count == 4)
        let plans = try database.serviceDayPlans(from: "2026-11-29", to: "2026-11-29")
        #expect(before.service.plannedTownships == plans.map(\.township) && before.service.signups == plans.map(\.signups.count).reduce(0, +))
        let town = try #require(try database.townshipSummaries(now: Self.now).map(\.name).first { !plans.map(\.township).contains($0) })
        let id = try database.planServiceDay("2026-11-29", township: town, plan: "清理河道垃圾", by: desk)
        try database.signUp(forServiceDayPlan: id, name: "小周")
        try database.planServiceDay("2026-12-27", township: town, plan: "换冬衣", by: desk)
        let after = try database.weeklySummary(week).service
        #expect(after.plannedTownships.count == 5 && after.plannedTownships.contains(town) && after.signups == before.service.signups + 1)
    }
}
