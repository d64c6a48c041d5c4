import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing

@Suite struct ReviewScreenTests {
    @Test("the reviewer's queue at 80×24 in both languages: oldest first, the counts in the status line",
          arguments: [Language.zh, .en])
    func queue(language: Language) throws {
        let desk = try Desk(language: language, login: "chenjing")
        desk.press(.character("3"))
        let rows = try Desk.county.diaries.reviewQueue(for: desk.runtime.state.account, limit: 5)
        let counts = try Desk.county.diaries.diaryCounts(for: desk.runtime.state.account, now: Desk.now)
        if language == .zh {
            #expect(desk.screen[2] == "提交时间      已等 团干部     乡镇       走访日期   点评")
            #expect(desk.screen[22].hasPrefix(" 待点评日记 · 最早的在前 "))
            #expect(desk.screen[22].hasSuffix("待点评 \(counts.waiting) · 我在点评 \(counts.mine) · 超过 7 天 \(counts.overAWeek)"))
            #expect(desk.screen[23] == " ⏎阅读并点评 C评分校准（管理员） ?帮助 q退出")
        } else {
            #expect(desk.screen[2] == "Submitted    Waited Cadre      Township   Visit      Review")
            #expect(desk.screen[23] == " ⏎ read and score C calibration (admins) ? help q quit")
        }
        for (index, row) in rows.enumerated() {
            #expect(desk.screen[3 + index].contains(" \(row.cadre) ") && desk.screen[3 + index].contains(row.visitOn))
        }
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test("scoring with the number keys: each digit scores and moves on, the total adds up, a low score asks for a comment, Enter submits and opens the next, u takes the score back")
    func scoringFlow() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database, login: "chenjing")
        desk.press(.character("3"))
        let first = try #require(desk.runtime.state.review.selectedRow)
        let second = try #require(desk.runtime.state.review.rows.dropFirst().first { $0.claimedBy == nil })
        desk.press(.enter)
        #expect(desk.screen[2].hasPrefix(" \(first.cadre) · ") && desk.screen[2].hasSuffix("| 评分（每项 0-5，满分 100）"))
        // The diary taken counts among "mine" at once.
        let held = try database.diaries.diaryCounts(for: desk.runtime.state.account, now: Desk.now).mine
        #expect(held >= 1 && desk.screen[22].contains(" · 我在点评 \(held) · "))
        #expect(desk.screen[3].hasSuffix("| > 青年信息收集  30% [ ]"))
        desk.type("431")
        #expect(desk.screen[6].hasSuffix("| > 图片佐证      15% [ ]"))
        desk.press(.enter)
        #expect(desk.screen[23] == " 还没打分：图片佐证")
        desk.type("5")
        // (4×30 + 3×35 + 1×20 + 5×15) / 5 = 64
        #expect(desk.screen[7].hasSuffix("| 合计 64"))
        // The draft is in the store as typed.
        #expect(try database.diaries.diaryDetail(id: first.id, for: desk.runtime.state.account)?.mine?.scores == [4, 3, 1, 5])
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix("评语："))
        desk.type("心得写得太少,下次多写一点。")
        desk.press(.enter, .enter)
        #expect(desk.screen[23] == " 已提交点评")
        #expect(desk.screen[2].hasPrefix(" \(second.cadre) · "))
        let done = try #require(try database.diaries.diaryDetail(id: first.id, for: desk.runtime.state.account))
        #expect(done.row.state == .feedbackPublished && done.mine?.total == 64)
        #expect(done.comments.last?.body == "心得写得太少,下次多写一点。")

        // u takes the score back: the diary opens again with its scores, the next one goes back untouched.
        desk.press(.character("u"))
        #expect(desk.screen[23] == " 已撤回对 \(first.cadre) 的评分：改好后按 ⏎ 重新提交")
        #expect(desk.screen[2].hasPrefix(" \(first.cadre) · ") && desk.screen[7].hasSuffix("| 合计 64"))
        #expect(try database.diaries.diaryDetail(id: second.id, for: desk.runtime.state.account)?.row.state == .submitted)
        // The first criterion 5 instead of 4: (5×30 + 3×35 + 1×20 + 5×15) / 5 = 70.
        desk.press(.character("5"), .enter)
        #expect(desk.screen[23] == " 已提交点评")
        #expect(try database.diaries.diaryDetail(id: first.id, for: desk.runtime.state.account)?.mine?.total == 70)
    }

    @Test("in English: the rubric in its own words, a full score adds up to 100, and submitting says so")
    func scoringInEnglish() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(language: .en, database: database, login: "linxiao")
        desk.press(.character("3"), .enter)
        #expect(desk.screen[2].hasSuffix("| Scores (0-5 each, out of 100)"))
        #expect(desk.screen[3].hasSuffix("| > Youth information …  30% [ ]"))
        desk.type("5555")
        #expect(desk.screen[7].hasSuffix("| total 100"))
        desk.press(.enter)
        #expect(desk.screen[23] == " review submitted")
        let counts = desk.runtime.state.review.counts
        #expect(desk.screen[22].hasSuffix("\(counts.waiting) waiting · \(counts.mine) mine · \(counts.overAWeek) over 7 days"))
    }

    @Test("in English: a colleague's diary is read-only and says who holds it; Esc on an untouched diary lets it go")
    func heldAndReleased() throws {
        let database = try Desk.ownCounty()
        let chen = try Desk(database: database, login: "chenjing")
        chen.press(.character("3"), .enter)
        let held = try #require(chen.runtime.state.review.open?.id)
        let lin = try Desk(language: .en, database: database, login: "linxiao")
        lin.press(.character("3"))
        let line = try #require(lin.screen.firstIndex { $0.hasSuffix("held by 陈静") })
        #expect(lin.runtime.state.review.rows[line - 3].id == held)
        for _ in 3..<line { lin.press(.character("j")) }
        lin.press(.enter)
        #expect(lin.runtime.state.review.open?.notice == "陈静 has been reviewing this diary since 2026-11-28 09:00.")
        #expect(!lin.text.contains("> "), "no criterion is offered to score")
        lin.type("4")
        #expect(lin.screen[23] == " 陈静 has been reviewing this diary since 2026-11-28 09:00.")
        chen.press(.escape)
        #expect(try database.diaries.diaryDetail(id: held, for: chen.runtime.state.account)?.row.state == .submitted)
    }

    @Test("a returned diary carries its reason into the thread; admins see calibration and others are told it is theirs")
    func returnAndCalibration() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database, login: "chenjing")
        desk.press(.character("3"), .enter)
        let id = try #require(desk.runtime.state.review.open?.id)
        desk.press(.character("r"), .enter)
        #expect(desk.screen[23] == " 退回需要写明原因。")
        desk.prompt("r", "没有写走访了哪些青年")
        #expect(desk.screen[23] == " 已退回修改，原因已留言给团干部")
        #expect(try database.diaries.diaryDetail(id: id, for: desk.runtime.state.account)?.row.state == .returned)
        desk.press(.escape, .character("C"))
        #expect(desk.screen[23] == " 评分校准和抽样双评只有管理员能用。")

        let admin = try Desk(database: database, login: "wangmin-admin")
        admin.press(.character("3"), .character("C"))
        #expect(admin.screen[2] == "点评人   点评数   共评 青年信息 为青年办 心得体会 图片佐证 kappa 提示")
        let flagged = try #require(admin.screen.first { $0.hasPrefix("雷红") })
        #expect(flagged.hasSuffix("偏差超过 1 分"))
        #expect(admin.canvas[0, admin.screen.firstIndex(of: flagged)!].role == .overdue)
    }
}
