import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// The built `circledesk` in tmux, LANG unset as under cron or ssh.
@Suite(.serialized) struct DeskInTerminalTests {
    /// The command that runs the desk and then reports how it ended.
    private func desk(_ database: String) -> String {
        "env -u LANG -u LC_ALL -u LC_CTYPE -u CIRCLEDESK_LANG \(Circledesk.binary.path) --db \(database) --now \(now); echo EXIT=$?; sleep 60"
    }

    @Test("search, detail, help, resize and quit, in a real terminal with LANG unset")
    func session() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        #expect(try Circledesk.run(["demo", "--db", database, "--now", now]).status == 0)
        let terminal = try TmuxSession(desk(database))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        #expect(terminal.screen[0].contains("朋友圈计划 · 泰顺县 · 求助队列"))
        #expect(terminal.screen[3].hasPrefix("QZ-2026-00034 急 创业 筱村镇"))

        try terminal.press("/")
        try terminal.type("生姜")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("搜索“生姜”") })
        let rows = terminal.screen.filter { $0.hasPrefix("QZ-") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("生姜") }, "\(rows)")

        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("处理记录") })
        #expect(terminal.text.contains("下洪村"))
        try terminal.press("Escape")
        #expect(terminal.wait { !$0.contains("处理记录") && $0.contains("搜索“生姜”") })

        try terminal.press("?")
        #expect(terminal.wait { $0.contains("重绘屏幕") && $0.contains("按 Esc 或 ? 关闭") })
        try terminal.press("Escape")
        #expect(terminal.wait { !$0.contains("重绘屏幕") })

        try terminal.press("x")
        #expect(terminal.wait { $0.contains("共 124 条") })
        let before = terminal.screen
        try terminal.resize(100, 30)
        #expect(terminal.wait { $0.components(separatedBy: "\n").count >= 30 && $0.contains("共 124 条") })
        try terminal.resize(80, 24)
        #expect(terminal.wait { $0.components(separatedBy: "\n") == before }, "\(terminal.text)")

        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        #expect(!terminal.text.contains("求助队列"))
    }

    @Test("a hostile title cannot clear the screen, move the cursor or set the terminal's title")
    func hostileTitle() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        #expect(try Circledesk.run(["demo", "--db", database, "--now", now]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [database, """
            UPDATE help_request SET title = char(27) || ']0;pwned' || char(7) || char(27) || '[2J' || char(27) || '[H危险标题' || char(7)
            WHERE ref = 'QZ-2026-00034'
            """]
        try sqlite.run()
        sqlite.waitUntilExit()
        let terminal = try TmuxSession(desk(database))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        #expect(terminal.screen[0].contains("朋友圈计划 · 泰顺县 · 求助队列"))
        #expect(terminal.screen[3].contains("^[]0;pwned^G"))
        #expect(terminal.screen[4].hasPrefix("QZ-2026-00039"))
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("危险标题^G") })
        #expect(!terminal.paneTitle.contains("pwned"))
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
    }

    @Test("without a terminal the desk says so and points to the subcommands")
    func notATerminal() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        #expect(try Circledesk.run(["init", "--db", database]).status == 0)
        let result = try Circledesk.run(["--db", database])
        #expect(result.status == 1)
        #expect(result.error.contains("circledesk stats"))
    }
}
