import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// Pane 6 in a real terminal: a paper reply typed into an activity menu and a township's
/// service-day plan, both seen by the command line afterwards.
@Suite(.serialized) struct ServiceInTerminalTests {
    @Test("a reply typed into the activity menu and a service-day plan, keys only")
    func replyAndPlan() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: common[1], now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        try terminal.press("6", "t")
        #expect(terminal.wait { $0.contains("> 城乡学生手拉手  罗阳镇  回复 86") }, "\(terminal.text)")
        try terminal.press("a")
        try terminal.type("2 周五也想要")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("回复 87") && $0.contains("“周五也想要”") }, "\(terminal.text)")
        try terminal.press("t", "t", "a")
        try terminal.type("雅阳 清理河道垃圾")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("雅阳镇：清理河道垃圾  报名 0 人") }, "\(terminal.text)")
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        #expect(try Circledesk.run(["activity", "list"] + common).output.contains("2. 放学后作业辅导  46"))
        #expect(try Circledesk.run(["serviceday", "list"] + common).output.contains("雅阳镇"))
    }
}
