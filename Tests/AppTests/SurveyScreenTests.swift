import App
import Foundation
import GRDB
import LeagueCore
import Reports
@testable import Store
import TerminalKit
import Testing

@Suite struct SurveyScreenTests {
    @Test("pane 4 shows the period's report as it prints, in both languages; < and > change the period",
          arguments: [Language.zh, .en])
    func report(language: Language) throws {
        let desk = try Desk(language: language)
        desk.press(.character("4"))
        let report = try Desk.county.surveys.satisfactionReport(period: ReportPeriod("2026H2")!)
        let printed = SatisfactionText.text(report, language: language).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in printed.prefix(19).enumerated() {
            #expect(desk.screen[2 + index] == (line.isEmpty ? "" : " " + line), "line \(index)")
        }
        // Townships in the user's language, as in the queue.
        let first = try #require(try Desk.county.vocabulary().townships.first)
        #expect(desk.screen.contains { $0.hasPrefix(" \(language == .zh ? first.nameZh : first.nameEn) ") })
        #expect(!desk.text.contains(language == .zh ? first.nameEn : first.nameZh))
        desk.press(.character("<"))
        #expect(desk.screen[2].hasSuffix(language == .zh ? "2026年上半年" : "2026 H1"))
        #expect(desk.screen[23] == (language == .zh ? " <上一期 >下一期 f待回访 a录入纸质答卷 p打印 ?帮助 q退出"
                                                    : " < previous period > next period f follow-ups a paper forms p print ? help"))
    }

    @Test("the report's status line counts the calls waiting without reading them; the calls, once read, are as many")
    func callsCounted() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("4"))
        let waiting = try database.surveys.followUpsDue().count
        #expect(waiting >= 3 && desk.screen[22].hasSuffix("待回访 \(waiting) 件"), "\(desk.screen[22])")
        #expect(desk.runtime.state.surveys.due.isEmpty && !desk.runtime.state.surveys.dueLoaded)
        desk.press(.character("f"))
        #expect(desk.runtime.state.surveys.due.count == waiting && desk.screen[22].hasSuffix("待回访 \(waiting) 件"))
        desk.press(.character("1"))
        #expect(desk.screen[22].hasSuffix("待回访 \(waiting - 1) 件"), "\(desk.screen[22])")
    }

    @Test("a follow-up answered with one key closes the request and the next call is selected; 3 asks whether to reopen")
    func followUps() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("4"), .character("f"))
        let due = desk.runtime.state.surveys.due
        #expect(due.count >= 3 && desk.screen[3].hasPrefix(due[0].ref))
        // Enter reads the whole request before calling; Esc comes back to the calls.
        desk.press(.enter)
        #expect(desk.screen[2].hasPrefix(" \(due[0].ref)") && desk.text.contains("处理记录") && desk.text.contains("办理结果"), "\(desk.text)")
        desk.press(.escape)
        #expect(desk.runtime.state.pane == .surveys && desk.screen[3].hasPrefix(due[0].ref), "\(desk.text)")
        desk.prompt("n", "生姜全卖掉了")
        #expect(desk.screen[22].hasPrefix(" 意见：生姜全卖掉了 · "))
        desk.press(.character("1"))
        #expect(desk.screen[23] == " 已回访：\(due[0].ref) 满意，已归档")
        #expect(desk.screen[3].hasPrefix(due[1].ref))
        #expect(try database.requests.requestDetail(id: due[0].requestId, now: Desk.now)?.row.state == .closed)
        desk.press(.character("3"))
        #expect(desk.screen[23].hasPrefix("\(due[1].ref) 不满意，重新办理的原因"))
        desk.type("还没解决")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已回访：\(due[1].ref) 不满意，已重新办理")
        #expect(try database.requests.requestDetail(id: due[1].requestId, now: Desk.now)?.row.state == .inProgress)
        #expect(!desk.runtime.state.surveys.due.contains { $0.requestId == due[1].requestId })
    }

    @Test("paper forms typed in with a key per question: the cadre once, then form after form")
    func typedForms() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("4"), .character("a"))
        #expect(desk.screen[23].hasPrefix("团干部（姓名、拼音首字母或手机）："))
        desk.type("zzz")
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix("团干部（姓名、拼音首字母或手机）：zzz"))
        desk.press(.control("u"))
        desk.type("zcx")
        desk.press(.enter)
        // Two cadres have these initials: a list to choose from, by name and township.
        #expect(desk.screen.contains { $0.contains("有 2 人与“zcx”相符，请选一位") })
        let first = try #require(desk.screen.firstIndex { $0.contains("张传相 · 三魁镇 · ") })
        #expect(desk.screen[first + 1].contains("钟晨欣 · 三魁镇 · "))
        desk.press(.enter)
        #expect(desk.screen[3] == " 被评价的团干部：张传相（三魁镇）")
        #expect(desk.screen[5].hasPrefix(" > 1. 您对这位团干部的工作满意吗？  [ ]"))
        #expect(desk.screen[6] == "      1 满意 · 2 基本满意 · 3 不满意 · ⏎ 未答")
        let before = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM survey_response")! }
        desk.type("5")
        #expect(desk.screen[23] == " 1 满意 · 2 基本满意 · 3 不满意 · ⏎ 未答")
        desk.type("14")
        desk.press(.enter)
        desk.type("希望多来村里")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已录入第 1 份")
        desk.type("3")
        desk.press(.enter, .enter, .enter)
        #expect(desk.screen[23] == " 已录入第 2 份")
        let rows = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.cadre_id, q.kind, a.value, a.text FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
                JOIN survey_question q ON q.id = a.question_id WHERE r.id > ? ORDER BY r.id, q.position
                """, arguments: [before])
        }
        #expect(try database.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM survey_response")! } == before + 2)
        #expect(rows.map { "\($0["kind"] as String)=\(($0["value"] as Int?).map(String.init) ?? ($0["text"] as String? ?? ""))" }
                == ["satisfaction=2", "scale=4", "text=希望多来村里", "satisfaction=0"])
        #expect(rows.allSatisfy { ($0["cadre_id"] as Int64) == 1 })
    }
}
