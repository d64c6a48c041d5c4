import App
import DemoCounty
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing

@Suite struct ServiceScreenTests {
    @Test("pane 6: suggestions unanswered first, overdue in words; a new one logged with its township, then answered")
    func suggestions() throws {
        let database = try AppDatabase.inMemory()
        try DemoCounty.fill(database, options: DemoOptions(now: Desk.now, creatorLogin: "wangmin-admin"))
        let desk = try Desk(database: database)
        desk.press(.character("6"))
        #expect(desk.screen[1].hasSuffix("6 服务") && desk.screen[2].hasPrefix("  意见建议    服务菜单    帮帮团    志愿服务日"))
        #expect(desk.screen[3] == "编号          收到       乡镇       状态       内容")
        #expect(desk.screen[4].contains(" 超时未答复 "))
        desk.press(.character("a"))
        desk.type("三魁镇 希望周末开放篮球场")
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix(" 已登记 YJ-2026-"))
        let row = try #require(desk.runtime.state.service.suggestions.first { $0.content == "希望周末开放篮球场" })
        #expect(row.township == "三魁镇")
        while desk.runtime.state.service.selectedSuggestion?.id != row.id { desk.press(.character("j")) }
        desk.press(.character("r"))
        desk.type("已协调村委会,周六开放")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已答复 \(row.ref)")
        #expect(try database.suggestions().first { $0.id == row.id }?.answer == "已协调村委会,周六开放")
    }

    @Test("the service-day calendar in English: last Sundays and the holidays, lunar ones computed")
    func calendar() throws {
        let desk = try Desk(language: .en)
        desk.press(.character("6"), .character("t"), .character("t"), .character("t"))
        #expect(desk.screen[3] == " Service days and holidays, the next six months")
        #expect(desk.screen[5] == " 2026-11-29 Sun  volunteer service day (last Sunday)")
        #expect(desk.screen[6].hasPrefix("     罗阳镇:东门社区敬老院打扫卫生、陪老人聊天  ") && desk.screen[6].hasSuffix(" signed up"))
        #expect(desk.text.contains(" 2027-02-06 Sat  Spring Festival"))
    }

    @Test("the help squads tab: the returned plan stands out with its reason, and the desk files a plan with one key")
    func squads() throws {
        let database = try AppDatabase.inMemory()
        try DemoCounty.fill(database, options: DemoOptions(now: Desk.now, creatorLogin: "wangmin-admin"))
        let desk = try Desk(database: database)
        desk.press(.character("6"), .character("t"), .character("t"))
        #expect(desk.screen[3] == "帮帮团               乡镇       负责人     人数 方案")
        #expect(desk.screen[4].hasPrefix("物资保障帮帮团") && desk.screen[4].hasSuffix("已备案"))
        desk.press(.character("G"))
        #expect(desk.screen[10].hasPrefix("农业生产恢复帮帮团") && desk.screen[10].hasSuffix("已报待备案"))
        desk.press(.character("r"))
        desk.type("请附上分工表")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已记录:退回补充")
        #expect(desk.screen[10].hasSuffix("已退回:请附上分工表") && desk.canvas[0, 10].role == .selected)
        desk.press(.character("s"), .character("f"))
        #expect(desk.screen[23] == " 已记录:备案" && desk.screen[10].hasSuffix("已备案"))
    }

    @Test("the activity menus: a bar per option, the comments, and what changed")
    func activities() throws {
        let desk = try Desk()
        desk.press(.character("6"), .character("t"))
        #expect(desk.screen[3] == " 城乡学生手拉手  罗阳镇  回复 86")
        #expect(desk.screen[6].hasPrefix("   2. 放学后作业辅导") && desk.screen[6].hasSuffix(String(repeating: "#", count: 30)))
        #expect(desk.text.contains("→ 改为“4:30 课堂”"))
    }
}
