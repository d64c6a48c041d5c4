import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing

@Suite struct ServiceScreenTests {
    @Test("pane 6: suggestions unanswered first, overdue in words; a new one logged with its township, then answered")
    func suggestions() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"))
        #expect(desk.screen[1].hasSuffix("6 服务") && desk.screen[2].hasPrefix("  意见建议    服务菜单    帮帮团    志愿服务日"))
        #expect(desk.screen[3] == "编号          收到       乡镇       状态       内容")
        #expect(desk.screen[4].contains(" 超时未答复 "))
        desk.prompt("a", "走访 三魁 希望周末开放篮球场")
        #expect(desk.screen[23].hasPrefix(" 已登记 YJ-2026-"))
        let row = try #require(desk.runtime.state.service.suggestions.first { $0.content == "希望周末开放篮球场" })
        #expect(row.township == "三魁镇" && row.source == .visit)
        while desk.runtime.state.service.selectedSuggestion?.id != row.id { desk.press(.character("j")) }
        #expect(desk.screen[22].hasPrefix(" 走访 · 希望周末开放篮球场"))
        desk.prompt("r", "已协调村委会,周六开放")
        #expect(desk.screen[23] == " 已答复 \(row.ref)")
        #expect(try database.service.suggestions().first { $0.id == row.id }?.answer == "已协调村委会,周六开放")
    }

    @Test("the service-day calendar in English: last Sundays and the holidays, lunar ones computed")
    func calendar() throws {
        let desk = try Desk(language: .en)
        desk.press(.character("6"), .character("t"), .character("t"), .character("t"))
        #expect(desk.screen[3] == " Service days and holidays, the next six months")
        #expect(desk.screen[22].hasSuffix("2026-11-29 · 4 townships planning"))
        #expect(desk.screen[5] == " 2026-11-29 Sun  volunteer service day (last Sunday)")
        #expect(desk.screen[6].hasPrefix("     Luoyang: 东门社区敬老院打扫卫生、陪老人聊天  ") && desk.screen[6].hasSuffix(" signed up"))
        #expect(desk.text.contains(" 2027-02-06 Sat  Spring Festival"))
    }

    @Test("the help squads tab: the returned plan stands out with its reason, and the desk files a plan with one key")
    func squads() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"), .character("t"), .character("t"))
        #expect(desk.screen[3] == "帮帮团               乡镇       负责人     人数 方案")
        #expect(desk.screen[4].hasPrefix("物资保障帮帮团") && desk.screen[4].hasSuffix("已备案"))
        #expect(desk.screen[22].hasSuffix("待备案 1 · 已退回 0"))
        desk.press(.character("G"))
        #expect(desk.screen[10].hasPrefix("农业生产恢复帮帮团") && desk.screen[10].hasSuffix("已报待备案"))
        desk.prompt("r", "请附上分工表")
        #expect(desk.screen[23] == " 已记录：退回修改")
        #expect(desk.screen[10].hasSuffix("已退回:请附上分工表") && desk.canvas[0, 10].role == .selected)
        desk.press(.character("e"))
        desk.press(.end)
        desk.type(";附分工表")
        desk.press(.enter)
        #expect(desk.screen[23] == " 已改写方案")
        #expect(try database.service.helpSquads().first { $0.name == "农业生产恢复帮帮团" }?.plan.hasSuffix(";附分工表") == true)
        desk.press(.character("s"), .character("f"))
        #expect(desk.screen[23] == " 已记录：备案" && desk.screen[10].hasSuffix("已备案"))
        desk.press(.character("e"))
        #expect(desk.screen[23] == " 方案已报出或已备案，不能再改；退回后可改。")
    }

    @Test("n forms a squad of the chosen squad's project, led by a cadre from the roster; a mistake says what is wrong")
    func formingSquad() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"), .character("t"), .character("t"))
        #expect(desk.screen[23].contains("e改方案 n组建"))
        let leader = try #require(try database.roster.cadres(CadreQuery(search: "林浩伟"), now: desk.runtime.state.now).first)
        let phone = try #require(leader.phone)

        desk.prompt("n", "第八分队 13000000000 小李")
        #expect(desk.screen[23] == " 花名册里没有用 13000000000 的团干部。")
        desk.prompt("n", "物资保障帮帮团")
        #expect(desk.screen[23] == " 这个项目已有“物资保障帮帮团”。")

        desk.prompt("n", "农机抢修帮帮团 \(phone) 小李 小王 小陈")
        #expect(desk.screen[23] == " 已组建“农机抢修帮帮团”：按 e 写方案，s 报送备案。")
        let row = try #require(desk.screen.firstIndex { $0.hasPrefix("农机抢修帮帮团") })
        #expect(desk.canvas[0, row].role == .selected && desk.screen[row].hasSuffix("未报备"))
        #expect(desk.screen[row].contains("林浩伟") && desk.screen[row].contains("   3 "))
        let formed = try #require(try database.service.helpSquads().first { $0.name == "农机抢修帮帮团" })
        #expect(formed.project == "915青年救援项目团" && formed.members == ["小李", "小王", "小陈"] && formed.leader == "林浩伟")
        #expect(formed.township == desk.runtime.state.vocabulary.townships.first { $0.id == leader.townshipId }?.nameZh)

        desk.prompt("n", "2027春耕助农:第一分队")
        #expect(try database.service.helpSquads().contains { $0.project == "2027春耕助农" && $0.name == "第一分队" && $0.township == nil })
        // As an input method types it: a full-width colon, members listed with 、 and ，.
        desk.prompt("n", "2027春耕助农：第二分队 \(phone) 小王、小陈，小周")
        let second = try #require(try database.service.helpSquads().first { $0.name == "第二分队" })
        #expect(second.project == "2027春耕助农" && Set(second.members) == ["小王", "小陈", "小周"], "\(second)")
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test("a new office: the title has no empty county, and each tab of pane 6 says how to begin", arguments: [Language.zh, .en])
    func newOffice(language: Language) throws {
        let database = try AppDatabase.inMemory()
        try database.ensureAdmin(login: "admin", at: Desk.now)
        let desk = try Desk(language: language, database: database, login: "admin", countyName: "", isSampleData: false)
        desk.press(.character("6"))
        let zh = language == .zh
        #expect(desk.screen[0].hasPrefix(zh ? " 朋友圈计划 · 服务 " : " Friend Circle Plan · Service "), "\(desk.screen[0])")
        #expect(desk.screen[5].contains(zh ? "还没有意见建议。按 a 登记。" : "No suggestions yet. Press a to log one."))
        desk.press(.character("t"))
        #expect(desk.screen[3].contains(zh ? "还没有活动。按 n 发布一个菜单" : "No activities yet: press n to post a menu"))
        desk.press(.character("t"))
        #expect(desk.screen[5] == (zh ? "  还没有帮帮团。按 n 组建，写作“项目：队名 队长手机 队员…”。"
                                      : "  No help squads yet. Press n: \"project: squad leader's-phone members…\"."))
        desk.prompt("n", "第一分队")
        #expect(desk.screen[23].hasPrefix(zh ? " 写作“队名 队长手机 队员…”；另起项目时先写“项目：”。" : " Write \"name leader's-phone members…\""))
        desk.prompt("n", "2027春耕助农:第一分队")
        #expect(desk.screen[4].hasPrefix("第一分队") && desk.canvas[0, 4].role == .selected)
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test("the activity menus: a bar per option, the comments, what changed; replies and a new menu typed in")
    func activities() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"), .character("t"))
        #expect(desk.screen[3] == " > 城乡学生手拉手  罗阳镇  回复 86" && desk.canvas[1, 3].role == .selected)
        #expect(desk.screen[6].hasPrefix("     2. 放学后作业辅导") && desk.screen[6].hasSuffix(String(repeating: "#", count: 30)))
        #expect(desk.text.contains("→ 改为“4:30 课堂”"))
        desk.prompt("a", "9 不存在的选项")
        #expect(desk.screen[23] == " 先写选项号（1–4），再写意见。")
        desk.prompt("a", "3 希望周末也有")
        #expect(desk.screen[23] == " 已录入选项 3 的回复" && desk.screen[3].hasSuffix("回复 87"))
        #expect(desk.screen[22].hasSuffix("活动 1 · 回复 87"))
        #expect(desk.text.contains("“希望周末也有”"))
        desk.prompt("n", "三魁 青年夜校：电商直播／茶叶种植、驾驶培训")
        #expect(desk.screen[23] == " 已发布“青年夜校”")
        #expect(desk.screen[3] == " > 青年夜校  三魁镇  回复 0" && desk.screen[4].hasPrefix("     1. 电商直播"))
        desk.prompt("o", "先开电商直播班")
        #expect(desk.screen[23] == " 已记录活动的调整" && desk.screen[7] == "     → 先开电商直播班")
        desk.press(.character("j"))
        #expect(desk.screen[3] == "   青年夜校  三魁镇  回复 0" && desk.screen[9] == " > 城乡学生手拉手  罗阳镇  回复 87")
        #expect(desk.canvas[1, 9].role == .selected && desk.screen[22].hasPrefix(" 2/2 · 城乡学生手拉手"))
        #expect(try database.service.activityPolls().first { $0.title == "青年夜校" }?.outcome == "先开电商直播班")
    }

    @Test("the service-day calendar: a township's plan and its sign-ups typed in for the next service day")
    func planning() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"), .character("t"), .character("t"), .character("t"))
        desk.prompt("s", "雅阳镇 小周")
        #expect(desk.screen[23] == " 雅阳镇 在 2026-11-29 还没有安排：先按 a 报安排。")
        desk.prompt("a", "雅阳 清理河道垃圾")
        #expect(desk.screen[23] == " 已记下 雅阳镇 2026-11-29 的安排")
        desk.prompt("s", "雅阳镇 小周 小郑")
        #expect(desk.screen[23] == " 已报名 2 人" && desk.text.contains("    雅阳镇：清理河道垃圾  报名 2 人"))
        desk.prompt("a", "2026-12-20 Yayang 冬至包饺子")
        #expect(desk.text.contains(" 2026-12-20 周日  其他服务日") && desk.text.contains("    雅阳镇：冬至包饺子  报名 0 人"))
        #expect(try database.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29").contains { $0.signups == ["小周", "小郑"] })
    }

    @Test("every tab of pane 6 in English: tabs, headers, the activity bars and the keys")
    func english() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(language: .en, database: database)
        desk.press(.character("6"))
        #expect(desk.screen[1].hasSuffix("6 Service") && desk.screen[2].hasPrefix("  Suggestions    Activity menus    Help squads    Service days"))
        #expect(desk.screen[3].hasPrefix("Ref           Received   Township   State     Content"))
        #expect(desk.text.contains(" overdue "))
        desk.press(.character("t"))
        #expect(desk.screen[3] == " > 城乡学生手拉手  Luoyang  86 replies")
        #expect(desk.screen[23].hasPrefix(" a type a reply o what changed n post a menu t next tab"))
        desk.press(.character("t"))
        #expect(desk.screen[3].hasPrefix("Squad                Township   Leader   People Plan"))
        #expect(desk.screen[4].hasSuffix("filed"))
        #expect(desk.screen[23].hasPrefix(" s submit plan f file r return e edit plan n new squad t next tab"))
        desk.press(.character("n"))
        let phone = try #require(try database.roster.cadres(CadreQuery(), now: desk.runtime.state.now).first?.phone)
        desk.type("Second squad \(phone) Li Wei, Zhang San")
        #expect(desk.screen[23].hasPrefix("new squad (name leader's-phone members…): ") && desk.screen[23].contains("Zhang San"))
        desk.press(.enter)
        #expect(desk.screen[23] == " formed \"Second squad\": e writes its plan, s sends it to be filed.")
        #expect(try database.service.helpSquads().first { $0.name == "Second squad" }?.members == ["Li Wei", "Zhang San"])
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test("a long list of suggestions scrolls: the selected one is always on screen at 80×24")
    func longList() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        desk.press(.character("6"))
        let count = desk.runtime.state.service.suggestions.count
        #expect(count > 40)
        for step in 1..<count {
            desk.press(.character("j"))
            let selected = try #require(desk.runtime.state.service.selectedSuggestion)
            let row = try #require((4...21).first { desk.canvas[0, $0].role == .selected }, "step \(step)")
            #expect(desk.screen[row].hasPrefix(selected.ref), "step \(step)")
        }
    }
}
