import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing
import TestSupport
import Workflow

@Suite struct ActingTests {
    /// A county of its own to change, and the desk of 王敏 (desk staff) on it.
    private func desk(_ folder: TemporaryFolder) throws -> (Desk, AppDatabase) {
        let database = try folder.sampleCounty(now: Desk.now)
        return (try Desk(database: database), database)
    }

    /// Moves the selection to the first row in `state`; returns its ref.
    private func select(_ state: RequestState, _ desk: Desk) throws -> String {
        desk.prompt(":", "state \(state.rawValue)")
        return try #require(desk.runtime.state.queue.selectedRow?.ref)
    }

    @Test("c records a contact as a record: the request named, how they were reached, what was said; a later one is a follow-up; u takes it back")
    func contact() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let ref = try select(.published, desk)
        let id = try #require(desk.runtime.state.queue.selectedRow?.id)
        let firstContact = { try database.requests.requestDetail(id: id, now: Desk.now)?.row.firstContactAt }
        let before = try firstContact()
        desk.press(.character("c"))
        #expect(desk.text.contains("\(ref) ") && desk.text.contains("怎么联系上的"), "\(desk.text)")
        #expect(desk.text.contains("电话") && desk.text.contains("微信") && desk.text.contains("上门"))
        desk.type("微信")
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix("\(ref) ") && desk.screen[23].contains("联系情况"), "\(desk.screen[23])")
        desk.type("已加微信，明天上门")
        desk.press(.enter)
        #expect(desk.screen[23].contains("已完成：\(ref)"), "\(desk.screen[23])")
        let after = try #require(try database.requests.requestDetail(id: id, now: Desk.now))
        #expect(after.events.last?.channel == .wechat && after.events.last?.note == "已加微信，明天上门")
        // The first contact stops the clock, unless one was made before; a second is a follow-up.
        #expect(try firstContact() == (before ?? Desk.now.unixSeconds))
        desk.press(.character("c"), .enter, .enter)
        let again = try #require(try database.requests.requestDetail(id: id, now: Desk.now)?.events.last)
        #expect(again.channel == .phone && again.contactAgain)
        desk.press(.enter)
        #expect(desk.text.contains("再次联系（电话）"), "\(desk.text)")
        desk.press(.escape, .character("u"))
        #expect(desk.screen[23].contains("已撤销：\(ref) "), "\(desk.screen[23])")
        #expect(desk.runtime.state.queue.selectedRow?.ref == ref, "the selection stays on the request acted on: \(desk.text)")
        #expect(try database.requests.requestDetail(id: id, now: Desk.now)?.events.last?.action == "undo")
    }

    @Test("t → 修改 corrects a request: the fields with their values now, the urgency chosen from a list, the title typed over the old; the history says old → new")
    func correct() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let ref = try select(.published, desk)
        let row = try #require(desk.runtime.state.queue.selectedRow)
        desk.press(.character("t"))
        desk.type("修改")
        desk.press(.enter)
        #expect(desk.text.contains("\(ref) ") && desk.text.contains("修改哪一项"), "\(desk.text)")
        #expect(desk.text.contains("标题：\(row.title.prefix(6))") && desk.text.contains("紧急程度：") && desk.text.contains("乡镇："), "\(desk.text)")
        desk.type("紧急程度")
        desk.press(.enter)
        let other = row.urgency == .urgent ? "中" : "急"
        desk.type(other)
        desk.press(.enter)
        #expect(desk.screen[23].contains("已完成：\(ref)"), "\(desk.screen[23])")
        // The title, typed over: the old one is there to correct.
        desk.press(.character("t"))
        desk.type("修改")
        desk.press(.enter)
        desk.type("标题：")
        desk.press(.enter)
        #expect(desk.screen[23].contains("标题：\(row.title.prefix(4))"), "\(desk.screen[23])")
        desk.press(.control("u"))
        desk.type("已改正的标题")
        desk.press(.enter)
        let detail = try #require(try database.requests.requestDetail(id: row.id, now: Desk.now))
        #expect(detail.row.title == "已改正的标题" && detail.row.urgency != row.urgency)
        desk.press(.enter)
        #expect(desk.text.contains("修改 紧急程度：\(row.urgency == .urgent ? "急" : row.urgency == .high ? "高" : "中") → \(other)"), "\(desk.text)")
        #expect(desk.text.contains("修改 标题：\(row.title.prefix(4))"), "\(desk.text)")
        // Nothing changed is said, and nothing written.
        desk.press(.character("t"))
        desk.type("修改")
        desk.press(.enter)
        desk.type("标题：")
        desk.press(.enter, .enter)
        #expect(desk.screen[23].contains("和原来一样，没有改动。"), "\(desk.screen[23])")
        #expect(try database.requests.requestDetail(id: row.id, now: Desk.now)?.row.version == detail.row.version)
    }

    @Test("a merged duplicate shows on the surviving request: its history names it, its requester is listed to call back")
    func mergeKeepsPeople() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let rows = try database.requests.queuePage(filter: QueueFilter(), sort: .newest, from: nil, direction: .after, limit: 2, now: Desk.now)
        var input = ActionInput()
        input.target = String(Int(rows[0].ref.suffix(5))!)
        try database.requests.act("merge", on: rows[1].id, version: rows[1].version, by: try database.operatorAccount(login: "wangmin")!,
                                  input: input, at: Desk.now)
        desk.prompt("/", rows[0].ref)
        desk.press(.enter)
        #expect(desk.text.contains("并入的求助：\(rows[1].ref) "), "\(desk.text)")
        #expect(desk.text.contains("\(rows[1].ref) 与此重复，已并入"), "\(desk.text)")
    }

    @Test("N takes in a new request as a call goes — lists by pinyin, the requester by phone — and offers its likely duplicates to merge into")
    func newRequest() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        desk.press(.character("N"))
        #expect(desk.text.contains("新求助 · 乡镇"), "\(desk.text)")
        desk.type("泗溪")
        desk.press(.enter)
        desk.type("cy")  // 创业
        desk.press(.enter)
        desk.press(.enter)  // 急, the first
        desk.type("电话")
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix("新求助 · 求助人手机（可空）："), "\(desk.screen[23])")
        desk.type("1391234")
        desk.press(.enter, .enter)
        desk.type("八千斤生姜卖不出去")
        desk.press(.enter)
        desk.type("下洪村青年的生姜滞销")
        desk.press(.enter)
        // A number that is no mobile: asked again, with what was typed kept.
        #expect(desk.screen[23].contains("1391234") && desk.runtime.state.flash?.contains("不是大陆手机号") == true, "\(desk.screen[23])")
        desk.type("5678")
        desk.press(.enter)
        desk.type("陈小杰")
        desk.press(.enter, .enter, .enter)
        // Saved; a like request of the same township this month is offered.
        let added = try #require(desk.runtime.state.flash.flatMap { $0.range(of: #"QZ-2026-\d{5}"#, options: .regularExpression).map { String(desk.runtime.state.flash![$0]) } })
        #expect(desk.text.contains("\(added) 可能与下列求助重复") && desk.text.contains("并入 QZ-2026-00123 万斤生姜滞销"), "\(desk.text)")
        let id = try #require(try database.requests.requestHandle(ref: added)?.id)
        let detail = try #require(try database.requests.requestDetail(id: id, now: Desk.now))
        #expect(detail.requester == "陈小杰" && detail.requesterPhone == "13912345678" && detail.row.urgency == .urgent && detail.source == .phone)
        desk.type("万斤")
        desk.press(.enter)
        #expect(try database.requests.requestDetail(id: id, now: Desk.now)?.row.state == .merged, "\(desk.text)")
    }

    @Test("merging with t offers the likely duplicates first, and a number can still be typed")
    func mergePicker() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let wangmin = try #require(try database.operatorAccount(login: "wangmin"))
        let ref = try database.requests.addRequest(NewRequest(title: "生姜滞销卖不掉", body: "下洪村", category: "创业", township: "泗溪镇"),
                                                   by: wangmin, at: Desk.now)
        desk.prompt("/", ref)
        desk.prompt("t", "合并")
        #expect(desk.text.contains("\(ref) ") && desk.text.contains("并入哪一条"), "\(desk.text)")
        #expect(desk.text.contains("QZ-2026-00123 万斤生姜滞销") && desk.text.contains("输入其他编号…"), "\(desk.text)")
        desk.type("00123")
        desk.press(.enter)
        let id = try #require(try database.requests.requestHandle(ref: ref)?.id)
        let merged = try #require(try database.requests.requestDetail(id: id, now: Desk.now))
        #expect(merged.row.state == .merged && merged.events.last?.target == "QZ-2026-00123", "\(desk.text)")
    }

    @Test("a assigns with a picker of the township's cadres and communes; the row moves on")
    func assign() throws {
        let folder = TemporaryFolder()
        let (desk, _) = try desk(folder)
        let ref = try select(.published, desk)
        desk.press(.character("a"))
        #expect(desk.text.contains("指派给（团干部 · 在办数 / 青公社）"))
        #expect(desk.text.contains("青公社"))
        desk.press(.enter)
        #expect(desk.screen[23].contains("已完成：\(ref) 指派"))
        desk.press(.character(":"))
        desk.type("state assigned")
        desk.press(.enter, .character("/"))
        desk.type(String(ref.suffix(5)))
        desk.press(.enter)
        #expect(desk.screen[3].hasPrefix(ref))
        #expect(desk.screen[3].contains("已指派"))
    }

    @Test("t lists only what may be done now; an action that needs a reason asks for it")
    func returnWithReason() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let ref = try select(.villageReview, desk)
        let id = try #require(desk.runtime.state.queue.selectedRow?.id)
        desk.press(.character("t"))
        for action in ["村支部审核通过", "退回补充", "驳回", "升级督办", "撤回", "备注", "首次联系"] {
            #expect(desk.text.contains(action), "\(action)")
        }
        #expect(!desk.text.contains("回访后归档"))
        desk.type("退回")
        desk.press(.enter)
        // The prompt names the request it is for.
        #expect(desk.screen[23].hasPrefix("\(ref) ") && desk.screen[23].contains(" · 原因："), "\(desk.screen[23])")
        desk.type("请补充联系方式")
        desk.press(.enter)
        #expect(desk.screen[23].contains("已完成：\(ref) 退回补充"))
        #expect(!desk.screen.contains { $0.hasPrefix(ref) }, "it left the village-review list")
        let detail = try #require(try database.requests.requestDetail(id: id, now: Desk.now))
        #expect(detail.row.state == .needsInfo)
        #expect(detail.events.last?.note == "请补充联系方式")
        #expect(detail.events.last?.actor == "王敏")
    }

    @Test("in English the menu says what to do and the history what was done")
    func englishVerbs() throws {
        let folder = TemporaryFolder()
        let desk = try Desk(language: .en, database: try folder.sampleCounty(now: Desk.now))
        let ref = try select(.villageReview, desk)
        desk.press(.character("t"))
        for action in ["approve for the village branch", "send back for information", "reject", "escalate", "withdraw", "add a note"] {
            #expect(desk.text.contains(action), "\(action)")
        }
        #expect(!desk.text.contains("rejected") && !desk.text.contains("escalated"), "\(desk.text)")
        desk.type("note")
        desk.press(.enter)
        desk.type("called back")
        desk.press(.enter)
        #expect(desk.screen[23].contains(ref) && desk.screen[23].contains("note"), "\(desk.screen[23])")
    }

    @Test("when a colleague got there first: who and when, the new state, and what was typed kept")
    func conflict() throws {
        let folder = TemporaryFolder()
        let (desk, database) = try desk(folder)
        let ref = try select(.inProgress, desk)
        let row = try #require(desk.runtime.state.queue.selectedRow)
        var note = ActionInput()
        note.note = "同事先办"
        try database.requests.act("note", on: row.id, version: row.version, by: try database.operatorAccount(login: "zhoujie")!, input: note,
                         at: Desk.now)
        desk.prompt("n", "我的备注")
        #expect(desk.screen[23].hasPrefix("\(ref) ") && desk.screen[23].contains(" · 备注：我的备注"), "the prompt is offered again with the text")
        #expect(desk.runtime.state.flash?.contains("已被 周杰 于 2026-11-28 09:00 修改") == true)
        desk.press(.enter)
        #expect(desk.screen[23].contains("已完成：\(ref) 备注"))
        let detail = try #require(try database.requests.requestDetail(id: row.id, now: Desk.now))
        #expect(detail.events.suffix(2).map(\.note) == ["同事先办", "我的备注"])
    }

    @Test("read-only staff are told there is nothing they may do, nor take in a request")
    func readOnly() throws {
        let folder = TemporaryFolder()
        let desk = try Desk(database: try folder.sampleCounty(now: Desk.now), login: "jiqing")
        desk.press(.character("t"))
        #expect(desk.screen[23].contains("没有你可执行的操作"))
        desk.press(.character("N"))
        #expect(desk.screen[23] == " 你的账号不能登记求助：请县团委受理人员或乡镇书记登记。" && desk.runtime.state.overlay == nil, "\(desk.screen[23])")
    }

    @Test("a township secretary's desk shows their own township only")
    func secretaryScope() throws {
        let desk = try Desk(login: "wuhao")
        let rows = desk.screen[3..<22].filter { $0.hasPrefix("QZ-") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(" 罗阳镇 ") })
        #expect(desk.screen[22].hasPrefix(" 未办结 · 罗阳镇"))
        desk.press(.character("x"))
        #expect(desk.screen[22].hasPrefix(" 未办结 · 罗阳镇"))
    }

    @Test("the scope is the session's: a secretary's environment reads their township whatever the effect asks for")
    func secretaryScopeHeldByTheEnvironment() throws {
        let database = Desk.county
        let secretary = try #require(try database.operatorAccount(login: "wuhao"))
        let store = StoreEnvironment(database: database, account: secretary, language: .zh, clock: { Desk.now })
        var everything = QueueFilter()
        everything.states = Set(RequestState.allCases)
        let load = PageLoad(from: nil, direction: .after, limit: 500, placement: .top)
        guard case let .queue(.pageLoaded(_, _, _, rows)) = store.perform(.queue(.loadPage(everything, .newest, load))) else {
            Issue.record("no page")
            return
        }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.townshipId == secretary.townshipId })
        let other = try #require(try database.requests.queuePage(filter: everything, sort: .newest, from: nil, direction: .after, limit: 500,
                                                                now: Desk.now).first { $0.townshipId != secretary.townshipId })
        guard case let .queue(.detailLoaded(_, detail)) = store.perform(.queue(.loadDetail(other.id))) else {
            Issue.record("no detail answer")
            return
        }
        #expect(detail == nil)
    }
}

@Suite struct BatchActingTests {
    @Test("Space tags rows; an action goes to all of them; those that cannot move stay tagged with the reason")
    func batch() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Desk.now)
        let desk = try Desk(database: database)
        desk.prompt(":", "state in_progress")
        let rows = Array(desk.runtime.state.queue.rows.prefix(3))
        desk.press(.character(" "), .character(" "), .character(" "))
        #expect(desk.screen[22].contains("已选 3 条"))
        #expect(desk.screen[3].contains("* "))
        // A colleague moves the second one first: it will not be where it was.
        var note = ActionInput()
        note.note = "先记一笔"
        try database.requests.act("note", on: rows[1].id, version: rows[1].version, by: try database.operatorAccount(login: "zhoujie")!,
                         input: note, at: Desk.now)
        desk.prompt("t", "升级")
        #expect(desk.screen[23].hasPrefix("\(rows[0].ref) ") && desk.screen[23].contains("等 2 条 · 原因："), "\(desk.screen[23])")
        desk.type("三天未办")
        desk.press(.enter)
        let flash = try #require(desk.runtime.state.flash)
        #expect(flash.hasPrefix("已完成 2 条：升级督办；1 条未能办理（仍选中）：\(rows[1].ref) "), "\(flash)")
        #expect(desk.runtime.state.queue.tagged.map(\.ref) == [rows[1].ref])
        desk.press(.escape)
        #expect(desk.runtime.state.queue.tagged.isEmpty)
        // Tagging down past the bottom of the screen scrolls, as j does.
        desk.prompt(":", "state all")
        for _ in 0..<25 { desk.press(.character(" ")) }
        #expect(desk.runtime.state.queue.tagged.count == 25)
        #expect(desk.screen[22].contains("已选 25 条"))
    }
}

@Suite struct UndoKeyTests {
    @Test("u takes back my last assignment")
    func undoKey() throws {
        let folder = TemporaryFolder()
        let desk = try Desk(database: try folder.sampleCounty(now: Desk.now))
        desk.press(.character(":"))
        desk.type("state published")
        desk.press(.enter, .character("/"))
        desk.type("“姜”湖救急")
        desk.press(.enter)
        let ref = try #require(desk.runtime.state.queue.selectedRow?.ref)
        desk.prompt(":", "state all")
        desk.press(.character("a"), .enter)
        #expect(desk.screen.contains { $0.hasPrefix(ref) && $0.contains("已指派") })
        desk.press(.character("u"))
        #expect(desk.screen[23].contains("已撤销：\(ref) 指派"))
        #expect(desk.screen.contains { $0.hasPrefix(ref) && $0.contains("已发布") })
        desk.press(.character("u"))
        #expect(desk.screen[23].contains("不能撤销"))
    }
}
