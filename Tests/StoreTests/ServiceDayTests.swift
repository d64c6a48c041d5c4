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
        #expect(try database.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29").count == 4)
        let id = try database.service.planServiceDay("2026-12-27", township: "三魁", plan: "帮独居老人换冬衣", by: desk)
        #expect(try database.service.planServiceDay("2026-12-27", township: "三魁镇", plan: "帮独居老人换冬衣、修水管", by: desk) == id)
        try database.service.signUp(forServiceDayPlan: id, name: "小周")
        try database.service.signUp(forServiceDayPlan: id, name: "小周")
        try database.service.signUp(forServiceDayPlan: id, name: "小郑")
        let plan = try #require(try database.service.serviceDayPlans(from: "2026-12-27", to: "2026-12-27").first)
        #expect(plan.plan == "帮独居老人换冬衣、修水管" && plan.signups == ["小周", "小郑"] && plan.township == "三魁镇")
        #expect(throws: ServiceDayError.notADay("2026-12-32")) { try database.service.planServiceDay("2026-12-32", township: "三魁镇", plan: "x", by: desk) }
        let secretary = try database.operatorAccount(login: "wuhao")!
        #expect(throws: ServiceDayError.notAllowed) { try database.service.planServiceDay("2026-12-27", township: "三魁镇", plan: "x", by: secretary) }
        #expect(throws: ServiceDayError.noSuchPlan(999)) { try database.service.signUp(forServiceDayPlan: 999, name: "x") }
    }

    @Test("the weekly summary names the townships planning the next service day and counts who signed up")
    func weeklyLine() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        let before = try database.summary.weeklySummary(week, now: Self.now)
        #expect(before.nextServiceDay == "2026-11-29" && before.service.plannedTownships.count == 4)
        let plans = try database.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29")
        #expect(before.service.plannedTownships.map(\.zh) == plans.map(\.township) && before.service.signups == plans.map(\.signups.count).reduce(0, +))
        let town = try #require(try database.roster.townshipSummaries(now: Self.now).map(\.name).first { !plans.map(\.township).contains($0) })
        let id = try database.service.planServiceDay("2026-11-29", township: town, plan: "清理河道垃圾", by: desk)
        try database.service.signUp(forServiceDayPlan: id, name: "小周")
        try database.service.planServiceDay("2026-12-27", township: town, plan: "换冬衣", by: desk)
        let after = try database.summary.weeklySummary(week, now: Self.now).service
        #expect(after.plannedTownships.count == 5 && after.plannedTownships.map(\.zh).contains(town) && after.signups == before.service.signups + 1)
    }

    @Test("a sign-up sheet: names go under the township's plan for the day; a day without a plan is refused by line")
    func signupSheet() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let plan = try #require(try database.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29").first)
        func run(_ text: String) throws -> ImportReport {
            try database.tables.importTable(.serviceDaySignups, data: Data(text.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now)
        }
        let bad = try run("服务日期,乡镇,姓名\n2026/11/29,\(plan.township),小周\n2026-12-27,\(plan.township),小郑\n2026-11-29,\(plan.township),小周\n")
        #expect(bad.problems.map { $0.message(.zh) } == [
            "第 3 行“服务日期”：该乡镇这一天没有服务安排（先用 circledesk serviceday plan 报安排）", "第 4 行“姓名”：与第 2 行重复",
        ])
        let sheet = "服务日期,乡镇,姓名\n2026/11/29,\(plan.township),小周\n2026年11月29日,\(plan.township),小郑\n"
        #expect(try run(sheet).added == 2)
        #expect(try run(sheet).unchanged == 2)
        let after = try #require(try database.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29").first { $0.id == plan.id })
        #expect(after.signups.count == plan.signups.count + 2 && after.signups.contains("小郑"))
    }
}
