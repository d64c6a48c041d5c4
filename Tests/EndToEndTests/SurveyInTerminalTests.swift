import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// Follow-up calls in a real terminal: three answers entered, keys only.
@Suite(.serialized) struct SurveyInTerminalTests {
    @Test("three follow-up answers entered in a row")
    func threeAnswers() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: common[1], now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        try terminal.press("4")
        #expect(terminal.wait { $0.contains("满意度报告 · 2026年下半年") }, "\(terminal.text)")
        try terminal.press("f")
        #expect(terminal.wait { $0.contains("待回访 8 件") }, "\(terminal.text)")
        let refs = terminal.screen[3...5].map { String($0.prefix(13)) }
        try terminal.press("1")
        #expect(terminal.wait { $0.contains("已回访：\(refs[0]) 满意，已归档") && $0.contains("待回访 7 件") }, "\(terminal.text)")
        try terminal.press("2")
        #expect(terminal.wait { $0.contains("已回访：\(refs[1]) 基本满意，已归档") && $0.contains("待回访 6 件") }, "\(terminal.text)")
        try terminal.press("n")
        try terminal.type("路灯还没修")
        try terminal.press("Enter", "3")
        #expect(terminal.wait { $0.contains("不满意，重新办理的原因") }, "\(terminal.text)")
        try terminal.type("路灯未修好,请乡镇跟进")
        try terminal.press("Enter")
        #expect(terminal.wait { $0.contains("已回访：\(refs[2]) 不满意，已重新办理") && $0.contains("待回访 5 件") }, "\(terminal.text)")
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        let shown = try Circledesk.run(["request", "show", refs[2], "--format", "json"] + common)
        #expect(shown.output.contains("\"state\" : \"in_progress\"") && shown.output.contains("路灯未修好,请乡镇跟进"), "\(shown.output)")
        let report = try Circledesk.run(["report", "satisfaction", "--format", "json"] + common)
        // Eleven calls were on file; three more now. The reopened request is no longer resolved.
        let object = try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as! [String: Any]
        let followUps = object["follow_ups"] as! [String: Any]
        #expect((followUps["figure"] as! [String: Any])["answers"] as? Int == 14)
        #expect(followUps["followed_up"] as? Int == 13 && followUps["resolved"] as? Int == 18)
    }
}

/// Printing from the desk, through a stand-in for CUPS's lp on the desk's PATH.
@Suite struct PrintingInTerminalTests {
    @Test("p in a request's detail, in pane 4 and in pane 5 prints what is on screen as a PDF and names the printer and the pages")
    func printFromPanes() throws {
        let folder = TemporaryFolder()
        let database = try Circledesk.sampleDatabase(in: folder, now: now)
        let spool = folder.file("spooled")
        let script = "#!/bin/sh\nfor last; do :; done\ncat \"$last\" > \(spool)-$(ls \(folder.path) | grep -c spooled)\necho 'request id is Office-7 (1 file(s))'\n"
        try Shell.writeExecutable(script, at: folder.file("lp"))
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now, environment: ["PATH=\(folder.path):/usr/bin:/bin"]))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        let ref = String(terminal.screen[3].prefix(13))
        for (keys, shown, title) in [(["Enter"], "处理记录", "求助单 \(ref)"), (["Escape", "4"], "满意度报告 · 2026年下半年", "满意度报告"),
                                     (["5"], "朋友圈计划 · 周报 2026-W48", "周报 2026-W48")] {
            for key in keys { try terminal.press(key) }
            #expect(terminal.wait { $0.contains(shown) }, "\(terminal.text)")
            try terminal.press("p")
            #expect(terminal.wait(seconds: 30) { $0.contains("已送往打印机 Office：") && $0.contains("份（作业 Office-7）") }, "\(terminal.text)")
            let job = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("spooled-") }.max())
            let text = try Shell.run("/usr/bin/pdftotext", [folder.file(job), "-"]).output
            #expect(text.contains(title) && text.contains("泰顺县委员会"), "\(text.prefix(300))")
        }
        try terminal.press("q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
    }
}
