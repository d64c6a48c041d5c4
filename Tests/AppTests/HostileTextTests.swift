import App
import GRDB
import LeagueCore
@testable import Store
import TerminalKit
import Testing
import TestSupport

@Suite struct HostileTextTests {
    @Test("titles and bodies with escapes, controls and bidi overrides show as harmless text")
    func hostile() throws {
        let database = try SampleCountyTemplate.inMemory(now: Desk.now, creator: "x")
        let first = try database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 1, now: Desk.now)[0]
        try database.writer.write { db in
            try db.execute(sql: "UPDATE help_request SET title = ?, body = ? WHERE id = ?", arguments: [
                "\u{1B}[2J\u{1B}]0;pwned\u{07}清屏\u{202E}反转\u{0}\u{9B}31m", "正文\u{1B}[H\r\n第二行\u{8}\u{8}", first.id,
            ])
            // Invalid UTF-8 straight into the column, as another program might leave it.
            try db.execute(sql: "UPDATE help_request SET body = body || CAST(X'E4B8FF' AS TEXT) WHERE id = ?", arguments: [first.id])
        }
        let desk = try Desk(database: database)
        #expect(desk.screen[0].hasPrefix(" 朋友圈计划 · 泰顺县 · 求助队列"))
        #expect(desk.screen[3].contains("^[[2J^[]0;pwned^G清屏<U…"))
        desk.press(.enter)
        // SQLite keeps text up to a NUL: what follows it never reaches the screen.
        #expect(desk.text.contains("^[[2J^[]0;pwned^G清屏<U+202E>反转"))
        #expect(desk.text.contains("正文^[[H"))
        #expect(desk.text.contains("第二行^H^H\u{FFFD}"))
        for frame in desk.backend.frames {
            for y in 0..<frame.size.height {
                for x in 0..<frame.size.width {
                    #expect(!frame[x, y].text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
                }
            }
        }
    }
}
