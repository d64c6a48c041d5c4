import App
import DemoCounty
import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit
import Testing

@Suite struct SurveyScreenTests {
    private func ownCounty() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try DemoCounty.fill(database, options: DemoOptions(now: Desk.now, creatorLogin: "wangmin-admin"))
        return database
    }

    @Test("pane 4 shows the period's report as it prints, in both languages; < and > change the period",
          arguments: [Language.zh, .en])
    func report(language: Language) throws {
        let desk = try Desk(language: language)
        desk.press(.character("4"))
        let report = try Desk.county.satisfactionReport(period: ReportPeriod("2026H2")!)
        let printed = SatisfactionText.text(report, language: language).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in printed.prefix(19).enumerated() {
            #expect(desk.screen[2 + index] == (line.isEmpty ? "" : " " + line), "line \(index)")
        }
        desk.press(.character("<"))
        #expect(desk.screen[2].hasSuffix(language == .zh ? "2026年上半年" : "2026 H1"))
        #expect(desk.screen[23] == (language == .zh ? " <上一期 >下一期 f待回访 ?帮助 q退出" : " < previous period > next period f follow-ups ? help q quit"))
    }

    @Test("a follow-up answered with one key closes the request and the next call is selected; 3 asks whether to reopen")
    func followUps() throws {
        let database = try ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("4"), .character("f"))
        let due = desk.runtime.state.surveys.due
        #expect(due.count >= 3 && desk.screen[3].hasPrefix(due[0].ref))
        desk.press(.character("n"))
        desk.type("生姜全卖掉了")
        desk.press(.enter)
        #expect(desk.screen[22].hasPrefix(" 意见:生姜全卖掉了 · "))
        desk.press(.character("1"))
        #expect(desk.screen[23] == " 已回访:\(due[0].ref) 满意,已归档")
        #expect(desk.screen[3].hasPrefix(due[1].ref))
        #expect(try database.requestDetail(id: due[0].requestId, now: Desk.now)?.row.state == .closed)
        desk.press(.character("3"))
        #expect(desk.screen[23].hasPrefix("\(due[1].ref) 不满意,重新办理的原因"))
        desk.type("还没解决")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已回访:\(due[1].ref) 不满意,已重新办理")
        #expect(try database.requestDetail(id: due[1].requestId, now: Desk.now)?.row.state == .inProgress)
        #expect(!desk.runtime.state.surveys.due.contains { $0.requestId == due[1].requestId })
    }
}
