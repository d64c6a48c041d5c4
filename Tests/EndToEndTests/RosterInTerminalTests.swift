import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// The roster in a real terminal: the way a secretary finds a cadre and mends a number.
@Suite(.serialized) struct RosterInTerminalTests {
    @Test("find a cadre by pinyin initials, edit the phone, see it masked in the list")
    func editPhone() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")

        try terminal.press("2")
        #expect(terminal.wait { $0.contains("全县：团干部 230") }, "\(terminal.text)")
        try terminal.press("/")
        try terminal.type("zcx")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("搜索“zcx”") && $0.contains("共 2 人") }, "\(terminal.text)")
        #expect(terminal.screen[3].hasPrefix("张传相"))

        try terminal.press("e")
        #expect(terminal.wait { $0.contains("修改：张传相") })
        try terminal.press("Tab", "C-u")
        try terminal.type("138 1234 5678")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("已保存：张传相") }, "\(terminal.text)")
        #expect(terminal.screen[3].hasPrefix("张传相") && terminal.screen[3].contains("138****5678"), "\(terminal.text)")
        #expect(!terminal.text.contains("13812345678"))

        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("手机 13812345678") }, "\(terminal.text)")
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        let exported = try Circledesk.run(["export", "cadres", "--db", database])
        #expect(exported.output.contains("张传相,138****5678,"))
    }
}
