import Foundation
import TerminalKit
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// The built `circledesk` in tmux, LANG unset as under cron or ssh.
@Suite(.serialized) struct DeskInTerminalTests {
    @Test("search, detail, help, resize and quit, in a real terminal with LANG unset")
    func session() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        #expect(terminal.screen[0].contains(" 泰顺县 · 求助队列 [示例数据] "))
        #expect(terminal.screen[3].hasPrefix("QZ-2026-00034 急 创业 筱村镇"))

        try terminal.press("/")
        try terminal.type("生姜")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("搜索“生姜”") })
        let rows = terminal.screen.filter { $0.hasPrefix("QZ-") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("生姜") }, "\(rows)")

        let first = try #require(rows.first?.prefix(13))
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("处理记录") })
        #expect(terminal.text.contains(first) && terminal.text.contains("生姜"), "\(terminal.text)")
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

    @Test("a change while another program holds the database: the desk counts the wait down, and records it once the other is done")
    func waitsForALock() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") })
        let holder = try HeldWrite(database)
        // A contact by phone, nothing said: Enter, Enter.
        try terminal.press("c")
        #expect(terminal.wait { $0.contains("怎么联系上的") }, "\(terminal.text)")
        try terminal.press("Enter", "Enter")
        #expect(terminal.wait(seconds: 5) { $0.contains("另一个程序正在写入数据库，等它写完…最多再等") }, "\(terminal.text)")
        try holder.end()
        #expect(terminal.wait(seconds: 12) { !$0.contains("另一个程序正在写入数据库") }, "\(terminal.text)")
        #expect(!terminal.text.contains("正由另一个程序写入"), "the change was given up: \(terminal.text)")
        try terminal.press("q")
    }

    @Test("in a terminal that draws ambiguous characters wide, they show as one-cell stand-ins and nothing moves")
    func ambiguousDrawnWide() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let narrow = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        let wide = try TmuxSession(Circledesk.deskInTerminal(
            database: database, now: now, environment: ["CIRCLEDESK_AMBIGUOUS=wide"]))
        for (key, shown) in [("1", "共 124 条"), ("2", "全县：团干部 230")] {
            try narrow.press(key)
            try wide.press(key)
            #expect(narrow.wait { $0.contains(shown) } && wide.wait { $0.contains(shown) }, "\(wide.text)")
            #expect(narrow.text.unicodeScalars.contains(where: AmbiguousWidth.isAmbiguous), "\(narrow.text)")
            #expect(!wide.text.unicodeScalars.contains(where: AmbiguousWidth.isAmbiguous), "\(wide.text)")
            let expected = narrow.screen.map { line in line.map { AmbiguousWidth.narrowed(String($0)) }.joined() }
            #expect(wide.screen == expected, "\(wide.text)")
        }
        try wide.press("q")
        #expect(wide.wait { $0.contains("EXIT=0") })
    }

    /// What each terminal staff log in with sends for the keys that move through a list, in
    /// the keypad mode the desk puts it in: xterm's application cursor keys, the Linux console's
    /// and PuTTY's `ESC [ 1 ~` Home, a vt100's keys it has no terminfo entry for.
    static let terminals: [(term: String, down: String, pageDown: String, pageUp: String, home: String, end: String)] = [
        ("xterm", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}OH", "\u{1B}OF"),
        ("xterm-256color", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[H", "\u{1B}[F"),
        ("screen", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("tmux-256color", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("linux", "\u{1B}[B", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("vt100", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("vt220", "\u{1B}[B", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("putty", "\u{1B}OB", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
        ("putty-256color", "\u{1B}[B", "\u{1B}[6~", "\u{1B}[5~", "\u{1B}[1~", "\u{1B}[4~"),
    ]

    @Test("under each TERM staff have, Down, PgDn, PgUp, End and Home move through the queue and never switch panes",
          arguments: terminals.map(\.term))
    func keysUnderTerm(term: String) throws {
        let keys = try #require(Self.terminals.first { $0.term == term })
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now, environment: ["TERM=\(term)"]))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(term): \(terminal.text)")
        let first = terminal.screen[3], second = String(terminal.screen[4].prefix(13))
        func stillTheQueue() -> Bool { terminal.screen[0].contains("求助队列") && terminal.text.contains("共 124 条") }
        // Down, then Enter: the second request opens.
        try terminal.type(keys.down)
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("处理记录") && $0.contains(second) }, "\(term) Down: \(terminal.text)")
        try terminal.press("Escape")
        #expect(terminal.wait { _ in stillTheQueue() }, "\(term): \(terminal.text)")
        try terminal.type(keys.pageDown)
        #expect(terminal.wait { _ in terminal.screen[3] != first } && stillTheQueue(), "\(term) PgDn: \(terminal.text)")
        try terminal.type(keys.pageUp)
        #expect(terminal.wait { _ in terminal.screen[3] == first } && stillTheQueue(), "\(term) PgUp: \(terminal.text)")
        try terminal.type(keys.end)
        #expect(terminal.wait { _ in terminal.screen[3] != first } && stillTheQueue(), "\(term) End: \(terminal.text)")
        try terminal.type(keys.home)
        #expect(terminal.wait { _ in terminal.screen[3] == first } && stillTheQueue(), "\(term) Home: \(terminal.text)")
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") }, "\(term): \(terminal.text)")
    }

    @Test("a cursor report arriving late from the start-up probe is not taken for keys; Esc and digits still are")
    func lateCursorReport() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        // As a slow link delivers the probe's answer: its 2 and 3 would open panes 2 and 3.
        try terminal.type("\u{1B}[12;3R")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(terminal.screen[0].contains("求助队列") && terminal.text.contains("共 124 条"), "\(terminal.text)")
        try terminal.press("/")
        try terminal.type("生姜")
        try terminal.press("Escape", "2")
        #expect(terminal.wait { $0.contains("全县：团干部 230") }, "\(terminal.text)")
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
    }

    @Test("NO_COLOR turns the colours off; what they meant stays in words, bold and reverse")
    func noColor() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let coloured = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        let plain = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now, environment: ["NO_COLOR=1"]))
        #expect(coloured.wait { $0.contains("共 124 条") } && plain.wait { $0.contains("共 124 条") })
        // A foreground or background colour: SGR 30–37 or 40–47 (alone or among other codes).
        let colour = /\x1B\[(?:[0-9;]*;)?[34][0-7](?:;[0-9;]*)?m/
        #expect(coloured.styledText.contains(colour))
        #expect(!plain.styledText.contains(colour), "\(plain.styledText.prefix(300))")
        // Reverse (SGR 7) marks the title, the selection and the status line instead.
        #expect(plain.styledText.contains(/\x1B\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m/) && plain.text == coloured.text)
    }

    @Test("a hostile title cannot clear the screen, move the cursor or set the terminal's title")
    func hostileTitle() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [database, """
            UPDATE help_request SET title = char(27) || ']0;pwned' || char(7) || char(27) || '[2J' || char(27) || '[H危险标题' || char(7)
            WHERE ref = 'QZ-2026-00034'
            """]
        try sqlite.run()
        sqlite.waitUntilExit()
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        #expect(terminal.screen[0].contains(" 泰顺县 · 求助队列 [示例数据] "))
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

@Suite(.serialized) struct TriageInTerminalTests {
    @Test("one request triaged from collected to closed with the keys alone")
    func triage() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        let common = ["--db", database, "--now", now]
        #expect(try Circledesk.run(["demo"] + common).status == 0)
        let added = try Circledesk.run(["request", "add", "--title", "七夕交友活动场地求助", "--body", "需要借用场地",
                                        "--category", "婚恋", "--town", "罗阳镇"] + common)
        let ref = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let terminal = try TmuxSession(
            "env -u LANG \(Circledesk.binary.path) --db \(database) --now \(now); echo EXIT=$?; sleep 60")
        #expect(terminal.wait { $0.contains("共 125 条") }, "\(terminal.text)")
        try terminal.press(":")
        try terminal.type("state all")
        try terminal.press("Enter", "/")
        try terminal.type(String(ref.suffix(5)))
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains(ref) && $0.contains("已收集") })

        /// Opens the action menu, narrows it by `words` and chooses; waits for `state` on the row.
        func act(_ words: String?, then state: String, typing text: String? = nil) throws {
            try terminal.press("t")
            #expect(terminal.wait { $0.contains("可执行的操作") })
            if let words { try terminal.type(words) }
            try terminal.press("Enter")
            if let text {
                #expect(terminal.wait { $0.contains("\(ref) ") && $0.contains(" · 办理结果：") }, "\(terminal.text)")
                try terminal.type(text)
                try terminal.press("Enter")
            }
            if words == "指派" {
                #expect(terminal.wait { $0.contains("指派给（团干部") })
                try terminal.press("Enter")
            }
            #expect(terminal.wait { screen in screen.components(separatedBy: "\n").contains { $0.hasPrefix(ref) && $0.contains(state) } },
                    "\(state): \(terminal.text)")
        }
        try act("提交", then: "村支部审核")
        try act("村支部审核通过", then: "乡镇审核")
        // Four eyes: the same person cannot make the township approval too; a colleague does.
        try terminal.press("t")
        try terminal.type("乡镇审核通过")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("乡镇审核须由另一位同事作出") }, "\(terminal.text)")
        let colleague = try Circledesk.run(["request", "act", ref, "township_approve", "--as", "zhoujie"] + common)
        #expect(colleague.status == 0, "\(colleague.error)")
        try terminal.press(":")
        try terminal.type("state all")
        try terminal.press("Enter")
        #expect(terminal.wait { screen in screen.components(separatedBy: "\n").contains { $0.hasPrefix(ref) && $0.contains("已发布") } },
                "\(terminal.text)")
        try act("指派", then: "已指派")
        try act("开始", then: "处理中")
        try act("办结", then: "已解决", typing: "已借到青年之家场地")
        try act("回访", then: "已办结")

        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("处理记录") && $0.contains("回访后归档 → 已办结") })
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        let shown = try Circledesk.run(["request", "show", ref, "--format", "json"] + common)
        #expect(shown.output.contains("\"state\" : \"closed\""))
    }

    @Test("a Monday morning: a call taken in with N, its repeat merged into it, a contact, a refused one-person double approval, then assigned and started")
    func mondayMorning() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        let common = ["--db", database, "--now", now]
        #expect(try Circledesk.run(["demo"] + common).status == 0)
        let terminal = try TmuxSession("env -u LANG \(Circledesk.binary.path) --db \(database); echo EXIT=$?; sleep 60")
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")

        /// One call taken in: every step typed as the caller speaks; returns the screen after it.
        func takeIn(_ title: String, phone: String) throws {
            try terminal.press("N")
            #expect(terminal.wait { $0.contains("新求助 · 乡镇") }, "\(terminal.text)")
            for (typed, then) in [("泗溪", "新求助 · 类别"), ("cy", "新求助 · 紧急程度"), ("", "新求助 · 来源"), ("电话", "求助人手机")] {
                if !typed.isEmpty { try terminal.type(typed) }
                try terminal.press("Enter")
                #expect(terminal.wait { $0.contains(then) }, "\(then): \(terminal.text)")
            }
            for typed in [phone, "陈小杰", title, "下洪村青年的生姜卖不出去，求收购商"] {
                try terminal.type(typed)
                try terminal.press("Enter")
            }
        }
        try takeIn("八千斤生姜卖不出去", phone: "13912345678")
        #expect(terminal.wait { $0.contains("可能与下列求助重复") }, "\(terminal.text)")
        let first = try #require(terminal.text.range(of: #"QZ-20\d\d-\d{5} 可能与"#, options: .regularExpression).map { String(terminal.text[$0].prefix(13)) })
        try terminal.press("Enter")  // not a duplicate: kept as new
        // The same person calls again about it: merged into the first.
        try takeIn("生姜还是卖不掉", phone: "13912345678")
        #expect(terminal.wait { $0.contains("并入 \(first)") }, "\(terminal.text)")
        try terminal.type(first)
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("已完成：") && $0.contains("合并") }, "\(terminal.text)")

        // The first call: found, contacted by phone, sent up the two levels of review.
        try terminal.press("/")
        try terminal.type(first)
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("搜索“\(first)”") && $0.contains("共 1 条") }, "\(terminal.text)")
        try terminal.press("c")
        #expect(terminal.wait { $0.contains("怎么联系上的") })
        try terminal.press("Enter")
        try terminal.type("已回电，约好明天上门")
        try terminal.press("Enter")
        for (action, state) in [("提交", "村支部审核"), ("村支部审核通过", "乡镇审核")] {
            try terminal.press("t")
            try terminal.type(action)
            try terminal.press("Enter")
            #expect(terminal.wait { $0.components(separatedBy: "\n").contains { $0.hasPrefix(first) && $0.contains(state) } }, "\(terminal.text)")
        }
        try terminal.press("t")
        try terminal.type("乡镇审核通过")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("乡镇审核须由另一位同事作出") }, "\(terminal.text)")
        #expect(try Circledesk.run(["request", "act", first, "township_approve", "--as", "zhoujie"] + ["--db", database]).status == 0)
        try terminal.press(":")
        try terminal.type("state all")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.components(separatedBy: "\n").contains { $0.hasPrefix(first) && $0.contains("已发布") } }, "\(terminal.text)")
        for (action, state) in [("指派", "已指派"), ("开始", "处理中")] {
            try terminal.press("t")
            try terminal.type(action)
            try terminal.press("Enter")
            if action == "指派" {
                #expect(terminal.wait { $0.contains("指派给（团干部") }, "\(terminal.text)")
                try terminal.press("Enter")
            }
            #expect(terminal.wait { $0.components(separatedBy: "\n").contains { $0.hasPrefix(first) && $0.contains(state) } }, "\(state): \(terminal.text)")
        }
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("并入的求助：") && $0.contains("与此重复，已并入") && $0.contains("首次联系（电话）") }, "\(terminal.text)")
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        let shown = try Circledesk.run(["request", "show", first, "--format", "json", "--db", database]).output
        #expect(shown.contains("\"state\" : \"in_progress\"") && shown.contains("\"requester\" : \"陈小杰\""), "\(shown)")
    }
}

@Suite struct PhotoInTerminalTests {
    static let now = "2026-11-28T09:00:00+08:00"

    /// The sample county in `folder`, and the first request of its queue with roof.png attached.
    private func requestWithPhoto(in folder: TemporaryFolder) throws -> (database: String, ref: String) {
        let database = try Circledesk.sampleDatabase(in: folder, now: Self.now)
        let common = ["--db", database, "--now", Self.now]
        let ref = try #require(try Circledesk.run(["request", "list", "--limit", "1"] + common).output.split(separator: "\t").first.map(String.init))
        #expect(try Circledesk.run(["request", "attach", ref, try PhotoFiles.png(320, 240, in: folder, name: "roof.png")] + common).status == 0)
        return (database, ref)
    }

    @Test("in a terminal that speaks sixel, v writes the photo as a sixel image; Esc leaves the screen whole, as it was")
    func sixel() throws {
        let folder = TemporaryFolder()
        let (database, ref) = try requestWithPhoto(in: folder)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: Self.now, environment: ["CIRCLEDESK_PHOTOS=sixel"]),
                                       width: 100, height: 30)
        #expect(terminal.wait { $0.contains("共 ") }, "\(terminal.text)")
        try terminal.press("/")
        try terminal.type(String(ref.suffix(5)))
        try terminal.press("Enter", "Enter")
        #expect(terminal.wait { $0.contains("处理记录") && $0.contains("图片（1，v 看大图）") }, "\(terminal.text)")
        let before = terminal.screen
        let output = folder.file("terminal.out")
        try terminal.recordOutput(to: output)
        try terminal.press("v")
        #expect(terminal.wait { $0.contains("第 1/1 张") && $0.contains("roof.png") }, "\(terminal.text)")
        var written = ""
        for _ in 0..<50 where !written.contains("\u{1B}\\") {
            Thread.sleep(forTimeInterval: 0.1)
            written = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data(), as: UTF8.self)
        }
        // DCS P … q starts sixel data, its colours (#n;2;r;g;b) follow; ST ends it.
        let start = try #require(written.range(of: "\u{1B}P"), "no sixel introducer in \(written.count) bytes")
        let rest = written[start.upperBound...]
        #expect(rest.prefix(12).contains("q") && rest.contains("#") && rest.contains("\u{1B}\\"))
        try terminal.press("Escape")
        #expect(terminal.wait { $0.contains("处理记录") && !$0.contains("第 1/1 张") }, "\(terminal.text)")
        #expect(terminal.screen == before, "the screen is whole again:\n\(terminal.text)")
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
    }

    @Test("a desk without its photo plugin opens a request with photos all the same: the strip says so, and v says what is missing and whom to tell, whole at 80x24")
    func withoutThePlugin() throws {
        let folder = TemporaryFolder()
        let (database, ref) = try requestWithPhoto(in: folder)
        // The program alone, where no plugin is (copied by cp: see ServedInTerminalTests).
        let alone = folder.file("circledesk")
        #expect(try Shell.run("/bin/cp", [Circledesk.binary.path, alone]).status == 0)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: Self.now, program: alone), width: 80, height: 24)
        #expect(terminal.wait { $0.contains("共 ") }, "\(terminal.text)")
        try terminal.press("/")
        try terminal.type(String(ref.suffix(5)))
        try terminal.press("Enter", "Enter")
        #expect(terminal.wait { $0.contains("图片（1，v 看大图）") && $0.contains("显示不了") }, "\(terminal.text)")
        try terminal.press("v")
        #expect(terminal.wait { $0.contains("第 1/1 张") && $0.contains("本机的照片功能未装好，请告知管理员") }, "\(terminal.text)")
        #expect(!terminal.text.contains("文件已损坏"), "\(terminal.text)")
        // Which files were looked for, to the end: wrapped over lines, not cut off.
        let said = terminal.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(said.contains("\(folder.path)/libcircledesk-photo.so") && said.contains("lib/circledesk/libcircledesk-photo.so）"), "\(terminal.text)")
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") }, "\(terminal.text)")
    }
}
