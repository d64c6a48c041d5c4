import App
import LeagueCore
import Store
import TerminalKit
import Testing

@Suite struct QueueScreenTests {
    @Test("the queue at 80×24 in Chinese: overdue and urgent first, every column in place")
    func chinese80x24() throws {
        let desk = try Desk()
        let expected = """
             朋友圈计划 · 泰顺县 · 求助队列 [示例数据] 王敏（受理） · 2026-11-28 周六 09:00
              1 求助队列   2 花名册   3 日记点评   4 满意度   5 周报   6 服务
            编号          急 类别 乡镇       标题                     状态       时限
            QZ-2026-00034 急 创业 筱村镇     创业贷款咨询：想办猕猴…  处理中     超时 14天
            QZ-2026-00039 急 健康 雪溪乡     青年患白血病，家庭陷入…  处理中     超时 11天
            QZ-2026-00041 急 健康 东溪乡     孤儿确诊重度烧伤，请大…  处理中     超时 11天
            """
        #expect(desk.screen.prefix(6).joined(separator: "\n") == expected)
        #expect(desk.screen[22] == " 未办结 · 全部乡镇 · 按紧急                   共 124 条 · 超时 32 · 今日新增 10")
        #expect(desk.screen[23] == " /搜索 f筛选 s排序 x清除筛选 t办理 N新求助 ⏎详情 ?帮助 q退出")
        #expect(desk.canvas[0, 3].role == .selected)
        #expect(desk.canvas[0, 4].role == .overdue)
    }

    @Test("the queue at 120×40 in English")
    func english120x40() throws {
        let desk = try Desk(width: 120, height: 40, language: .en)
        #expect(desk.screen[2] == "Ref           Urg Category   Township  Title                                                     State        Deadline")
        #expect(desk.screen[3] == "QZ-2026-00034 !!  Business   Xiaocun   创业贷款咨询：想办猕猴桃加工作坊                          in progress  late 14d")
        #expect(desk.screen[38].hasSuffix("124 requests · 32 overdue · 10 new today"))
        #expect(desk.screen[39] == " / search f filter s sort x clear filters t act N new request ⏎ open ? help q quit")
        #expect(desk.screen[0].hasPrefix(" Friend Circle Plan · Taishun County · Requests [sample data] "))
        // At 80 columns the plan's name gives way so that the county and the sample-data mark stay whole.
        desk.resize(80, 24)
        #expect(desk.screen[0].hasPrefix(" Taishun County · Requests [sample data] ") && desk.screen[0].hasSuffix("王敏 (desk) · 2026-11-28 Sat 09:00"))
    }

    @Test("in every row the township starts at its header's column", arguments: [
        (80, 24, Language.zh), (120, 40, .zh), (80, 24, .en), (120, 40, .en),
    ])
    func townshipColumn(width: Int, height: Int, language: Language) throws {
        let desk = try Desk(width: width, height: height, language: language)
        let header = desk.screen[2]
        let name = language == .zh ? "乡镇" : "Township"
        let column = CellWidth.of(String(header[..<header.range(of: name)!.lowerBound]))
        let townships = try Desk.county.vocabulary().townships.map { language == .zh ? $0.nameZh : $0.nameEn }
        for line in desk.screen[3..<(height - 2)] where !line.isEmpty {
            let found = townships.compactMap { town in line.range(of: " \(town) ").map { CellWidth.of(String(line[..<$0.lowerBound])) + 1 } }
            #expect(found.contains(column), "\(line)")
            #expect(CellWidth.of(line) <= width)
        }
    }

    @Test("moving past the bottom scrolls the table; g and G go to the ends")
    func paging() throws {
        let desk = try Desk()
        let all = try Desk.county.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 1000, now: Desk.now)
        for _ in 0..<30 { desk.press(.character("j")) }
        let selected = desk.runtime.state.queue.selectedRow!
        #expect(selected.ref == all[30].ref)
        #expect(desk.screen.contains { $0.hasPrefix(all[30].ref) })
        #expect(!desk.screen.contains { $0.hasPrefix(all[0].ref) })
        desk.press(.character("G"))
        #expect(desk.runtime.state.queue.selectedRow?.ref == all.last?.ref)
        #expect(desk.screen[21].hasPrefix(all.last!.ref))
        desk.press(.pageUp, .pageUp)
        desk.press(.character("g"))
        #expect(desk.screen[3].hasPrefix(all[0].ref))
        for _ in 0..<5 { desk.press(.character("k")) }
        #expect(desk.runtime.state.queue.selectedRow?.ref == all[0].ref)
    }

    @Test("/ 生姜 Enter leaves only matching rows, and says so")
    func search() throws {
        let desk = try Desk()
        desk.press(.character("/"))
        #expect(desk.screen[23].hasPrefix("/"))
        desk.type("生姜")
        #expect(desk.screen[23].hasPrefix("/生姜"))
        #expect(desk.canvas.cursor?.y == 23)
        #expect(desk.canvas.cursor?.x == 5)
        desk.press(.enter)
        let rows = desk.screen[3..<22].filter { $0.hasPrefix("QZ-") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("生姜") })
        #expect(desk.screen[22].contains("搜索“生姜”"))
        desk.press(.character("x"))
        #expect(desk.screen[22].contains("共 124 条"))
    }

    @Test("/ searches every state — a closed request is found — and Tab keeps it to open ones; 全部 is a state to pick")
    func searchEverywhere() throws {
        let desk = try Desk()
        // The typhoon farmer's request of 2016 is long closed.
        desk.press(.character("/"))
        #expect(desk.screen[23].contains("搜全部状态"))
        desk.type("陈粮被冲走")
        desk.press(.enter)
        #expect(desk.screen[3].hasPrefix("QZ-2016-") && desk.screen[3].contains("已办结"), "\(desk.screen[3])")
        #expect(desk.screen[22].hasPrefix(" 全部状态 · ") && desk.screen[22].contains("共 1 条"), "\(desk.screen[22])")
        // Open ones only: nothing, and it says so.
        desk.press(.character("/"), .tab)
        #expect(desk.screen[23].contains("只搜未办结的"))
        desk.press(.enter)
        #expect(desk.screen[22].hasPrefix(" 未办结 · ") && desk.screen[22].contains("共 0 条"), "\(desk.screen[22])")
        // A cleared search leaves the open ones, as before it.
        desk.press(.character("/"), .tab, .control("u"), .enter)
        #expect(desk.screen[22].hasPrefix(" 未办结 · ") && desk.screen[22].contains("共 124 条"), "\(desk.screen[22])")
        desk.press(.character("f"))
        desk.type("状态")
        desk.press(.enter)
        desk.type("全部")
        desk.press(.enter)
        #expect(desk.screen[22].hasPrefix(" 全部状态 · "), "\(desk.screen[22])")
        #expect(!desk.screen[22].contains("共 124 条"))
    }

    @Test("a search that finds nothing says what to do")
    func emptyResult() throws {
        let desk = try Desk()
        desk.prompt("/", "没有这种求助")
        #expect(desk.screen[4].contains("没有符合条件的求助。按 x 清除筛选。"))
        #expect(desk.screen[22].contains("共 0 条"))
    }

    @Test("Enter opens the whole request with its history; Esc comes back to the same row")
    func detail() throws {
        let desk = try Desk()
        desk.press(.character("j"), .character("j"))
        let ref = desk.runtime.state.queue.selectedRow!.ref
        desk.press(.enter)
        #expect(desk.screen[2].hasPrefix(" \(ref)"))
        #expect(desk.text.contains("处理记录"))
        #expect(desk.text.contains("求助人"))
        #expect(desk.text.contains("****"))
        #expect(desk.text.contains("首次联系时限 11-14 07:44（已联系 11-14 07:46） · 办结时限 11-17 06:44"))
        #expect(desk.screen[23].hasPrefix(" t办理 p打印 Esc返回"))
        desk.press(.escape)
        #expect(desk.runtime.state.queue.selectedRow?.ref == ref)
        #expect(desk.canvas[0, 5].role == .selected)
    }

    @Test("? shows the help made from the key tables; Esc closes it")
    func help() throws {
        let desk = try Desk()
        desk.press(.character("?"))
        for phrase in ["搜索", "筛选", "排序", "清除筛选", "下一页", "切换面板", "重绘屏幕", "按 Esc 或 ? 关闭"] {
            #expect(desk.text.contains(phrase), "\(phrase)")
        }
        #expect(desk.text.contains("PgDn"))
        #expect(desk.text.contains("Space"))
        #expect(desk.text.contains("q/C-c"))
        // Every binding fits at 80×24, the last global one included.
        #expect(desk.screen.contains { $0.contains("q") && $0.contains("退出") && $0.contains("|") })
        desk.press(.escape)
        #expect(!desk.text.contains("重绘屏幕"))
    }

    @Test("the filter picker narrows by township; x clears every filter")
    func filterPicker() throws {
        let desk = try Desk()
        desk.press(.character("f"))
        #expect(desk.text.contains("只看超时"))
        desk.press(.enter)
        desk.type("罗阳")
        desk.press(.enter)
        let rows = desk.screen[3..<22].filter { $0.hasPrefix("QZ-") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(" 罗阳镇 ") })
        #expect(desk.screen[22].hasPrefix(" 未办结 · 罗阳镇 · 按紧急"))
        desk.press(.character("x"))
        #expect(desk.screen[22].hasPrefix(" 未办结 · 全部乡镇"))
    }

    @Test(": commands combine filters, complete names with Tab, and refuse nonsense plainly")
    func commandLine() throws {
        let desk = try Desk()
        desk.press(.character(":"))
        desk.type("to")
        desk.press(.tab)
        #expect(desk.screen[23].hasPrefix(":town"))
        desk.type("罗")
        desk.press(.tab)
        #expect(desk.screen[23].hasPrefix(":town 罗阳镇"))
        desk.press(.enter)
        desk.prompt(":", "cat 创业")
        #expect(desk.screen[22].hasPrefix(" 未办结 · 罗阳镇 · 创业 · 按紧急"))
        let rows = desk.screen[3..<22].filter { $0.hasPrefix("QZ-") }
        #expect(rows.allSatisfy { $0.contains(" 创业 罗阳镇 ") })
        desk.prompt(":", "frobnicate")
        #expect(desk.screen[23].contains("未知命令：frobnicate"))
        desk.prompt(":", "state closed")
        #expect(desk.screen[22].hasPrefix(" 已办结 · 罗阳镇 · 创业"))
        desk.prompt(":", "town 不存在镇")
        #expect(desk.screen[23].contains("没有“不存在镇”"))
    }

    @Test("s cycles the order and the status line tells which")
    func sorting() throws {
        let desk = try Desk()
        desk.press(.character("s"))
        #expect(desk.screen[22].contains("最新在前"))
        let newest = try Desk.county.requests.queuePage(filter: QueueFilter(), sort: .newest, from: nil, direction: .after, limit: 1, now: Desk.now)
        #expect(desk.screen[3].hasPrefix(newest[0].ref))
        desk.press(.character("s"))
        #expect(desk.screen[22].contains("最早在前"))
        desk.press(.character("s"))
        #expect(desk.screen[22].contains("按紧急"))
    }

    @Test("a picker finds by pinyin initials or syllables as well as characters, and says when nothing matches")
    func pickerPinyin() throws {
        let desk = try Desk()
        desk.press(.character("f"), .enter)
        desk.type("ly")
        #expect(desk.runtime.state.overlay.map { if case let .picker(picker) = $0 { picker.visible.map(\.label) } else { [] } } == ["罗阳镇"])
        for _ in 0..<2 { desk.press(.backspace) }
        desk.type("luo")
        #expect(desk.text.contains("罗阳镇"))
        desk.type("zzz")
        #expect(desk.text.contains("没有相符的项。按 Backspace 修改。"), "\(desk.text)")
        for _ in 0..<3 { desk.press(.backspace) }
        desk.press(.enter)
        #expect(desk.runtime.state.queue.filter.townshipIds.count == 1 && desk.screen[22].contains("罗阳镇"), "\(desk.screen[22])")
    }

    @Test(": commands take names as typed — short, pinyin, full-width — and open a list when several fit")
    func commandNames() throws {
        let desk = try Desk()
        desk.prompt(":", "town sk")
        #expect(desk.runtime.state.overlay == nil && desk.screen[22].contains("三魁镇"), "\(desk.screen[22])")
        desk.prompt(":", "town　三魁")
        #expect(desk.screen[22].contains("三魁镇"))
        desk.prompt(":", "town s")
        let shown = pickerLabels(desk)
        #expect(shown.count > 1 && shown.contains("三魁镇") && shown.contains("泗溪镇"), "\(shown)")
        desk.press(.escape)
        desk.prompt(":", "assignee zcx")
        let people = pickerLabels(desk)
        #expect(people == ["张传相 · 三魁镇", "钟晨欣 · 三魁镇"])
        desk.press(.down, .enter)
        #expect(desk.screen[22].contains("钟晨欣"), "\(desk.screen[22])")
        desk.prompt(":", "town 火星")
        #expect(desk.screen[23].contains("火星"), "\(desk.screen[23])")
    }

    @Test("a long filter stays whole on the status line: the counts give way, the last first")
    func statusLineKeepsTheFilter() throws {
        let desk = try Desk(language: .en)
        desk.prompt(":", "town luo")
        desk.prompt(":", "cat health")
        desk.prompt(":", "urgency urgent")
        let line = desk.screen[22]
        #expect(line.contains("Luoyang · Health · urgent · by urgency"), "\(line)")
        #expect(!line.contains("…") && line.contains(" request"), "\(line)")
        #expect(!line.contains("new today"), "\(line)")
    }

    @Test(":log shows today's steps by everyone, oldest first, or by one person; Esc goes back to the queue")
    func dayLog() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.prompt(":", "log")
        let title = desk.screen[22]
        let steps = try #require(Int(title.split(separator: "：").last!.split(separator: " ").first!))
        let today = try database.dayLog(LogQuery(since: CountyTime.calendar.startOfDay(for: Desk.now), until: Desk.now.addingTimeInterval(1)))
        #expect(steps == today.count && steps > 0, "\(desk.text)")
        #expect(desk.text.contains("求助 QZ-2026-"), "\(desk.text)")
        desk.prompt(":", "log 王敏")
        let mine = desk.screen[22]
        #expect(mine.contains("王敏 今天的处理记录："), "\(mine)")
        let lines = desk.screen.filter { $0.range(of: #"^ \d\d:\d\d  "#, options: .regularExpression) != nil }
        #expect(lines.allSatisfy { $0.contains("  王敏  ") }, "\(mine) \(lines)")
        desk.press(.escape)
        #expect(desk.screen[22].contains("共 124 条"), "\(desk.screen[22])")
    }

    @Test(":save names the filters, search and order shown; :view and the filter picker bring them back")
    func savedViews() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.prompt(":", "view")
        #expect(desk.screen[23].contains("还没有保存的视图"), "\(desk.screen[23])")
        desk.prompt(":", "town sk")
        desk.prompt(":", "overdue")
        desk.prompt(":", "sort newest")
        let shown = desk.screen[22]
        desk.prompt(":", "ｓａｖｅ　三魁超时（一周）")
        #expect(desk.screen[23].contains("已保存视图“三魁超时（一周）”：") && desk.screen[23].contains("三魁镇"), "the name as typed: \(desk.screen[23])")
        desk.press(.character("x"))
        #expect(desk.screen[22].contains("共 124 条"))
        desk.prompt(":", "view 三魁")
        #expect(desk.screen[22] == shown, "\(desk.screen[22]) vs \(shown)")
        desk.press(.character("x"), .character("f"))
        desk.type("保存")
        desk.press(.enter)
        #expect(desk.text.contains("三魁超时（一周）"), "\(desk.text)")
        desk.press(.enter)
        #expect(desk.screen[22] == shown)
    }

    @Test("in English one request is one request, and a resolution reads as a sentence")
    func englishCounts() throws {
        let desk = try Desk(language: .en)
        desk.prompt("/", "QZ-2026-00034")
        #expect(desk.screen[22].contains("1 request") && !desk.screen[22].contains("1 requests"), "\(desk.screen[22])")
        desk.press(.character("x"))
        desk.prompt(":", "state resolved")
        desk.press(.enter)
        #expect(desk.text.contains("Resolution: "), "\(desk.text)")
    }

    @Test("panes switch by digit and Tab")
    func panes() throws {
        let desk = try Desk()
        desk.press(.character("4"))
        #expect(desk.screen[0].contains("满意度") && desk.screen[2].hasPrefix(" 满意度报告"))
        desk.press(.tab)
        #expect(desk.screen[0].contains("周报") && desk.screen[2].hasPrefix(" 共青团泰顺县委员会") && desk.screen[3].hasPrefix(" 朋友圈计划 · 周报 2026-W48"))
        desk.press(.backTab, .character("1"))
        #expect(desk.screen[3].hasPrefix("QZ-"))
    }

    @Test("a resize to 80×24 and back keeps the selection in view and fills the screen")
    func resize() throws {
        let desk = try Desk(width: 120, height: 40)
        for _ in 0..<30 { desk.press(.character("j")) }
        let ref = desk.runtime.state.queue.selectedRow!.ref
        desk.resize(80, 24)
        #expect(desk.screen.count == 24)
        #expect(desk.runtime.state.queue.selectedRow?.ref == ref)
        #expect(desk.screen.contains { $0.hasPrefix(ref) })
        desk.resize(120, 40)
        #expect(desk.screen[3..<38].filter { $0.hasPrefix("QZ-") }.count == 35)
        #expect(desk.runtime.state.queue.selectedRow?.ref == ref)
        desk.resize(30, 8)
        #expect(desk.screen[0].hasPrefix("终端太小"))
    }

    @Test("clicks select a row and the wheel scrolls")
    func mouse() throws {
        let desk = try Desk()
        desk.runtime.handle(.mouse(MouseEvent(kind: .click, x: 5, y: 7)))
        #expect(desk.runtime.state.queue.selected == 4)
        desk.runtime.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 7)))
        #expect(desk.runtime.state.queue.selected == 7)
    }

    @Test("every phrase of the desk exists in Chinese and in English, with the same holes in the same order")
    func catalogComplete() {
        #expect(Catalog.book.problems == [])
    }

    @Test("a queue command typed in another pane takes the person to the queue, filtered")
    func commandFromAnotherPane() throws {
        let desk = try Desk()
        desk.press(.character("2"), .character(":"))
        desk.type("town 罗阳镇")
        desk.press(.enter)
        #expect(desk.runtime.state.pane == .requests && desk.screen[22].contains("罗阳镇"))
    }

    /// The options the open picker shows, or none.
    private func pickerLabels(_ desk: Desk) -> [String] {
        guard case let .picker(picker)? = desk.runtime.state.overlay else { return [] }
        return picker.visible.map(\.label)
    }
}
