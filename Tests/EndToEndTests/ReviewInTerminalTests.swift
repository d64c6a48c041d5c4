import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

/// A reviewer's hour in a real terminal: diaries scored one after another, keys only.
@Suite(.serialized) struct ReviewInTerminalTests {
    @Test("three diaries reviewed in a row with the keyboard alone")
    func threeInARow() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let database = common[1]
        // Whoever built the sample county is its admin, and admins review.
        let terminal = try TmuxSession(Circledesk.deskInTerminal(database: database, now: now))
        #expect(terminal.wait { $0.contains("共 124 条") }, "\(terminal.text)")
        try terminal.press("3")
        #expect(terminal.wait { $0.contains("待点评日记") }, "\(terminal.text)")
        let waiting = try #require(Int(terminal.screen[22].components(separatedBy: "待点评 ").last?.split(separator: " ").first ?? ""))
        try terminal.press("Enter")
        for round in 1...3 {
            #expect(terminal.wait { $0.contains("> 青年信息收集") }, "round \(round): \(terminal.text)")
            // (4×30 + 3×35 + 4×20 + 3×15) / 5 = 70
            try terminal.type("4343")
            #expect(terminal.wait { $0.contains("合计 70") }, "round \(round): \(terminal.text)")
            try terminal.press("c")
            try terminal.type("走访扎实,继续保持。")
            try terminal.press("Enter", "Enter")
            #expect(terminal.wait { $0.contains("已提交点评") && $0.contains("待点评 \(waiting - round) ") }, "round \(round): \(terminal.text)")
        }
        try terminal.press("Escape", "q")
        #expect(terminal.wait { $0.contains("EXIT=0") })
        let sqlite = Process()
        let output = Pipe()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [database, """
            SELECT count(*), min(total), max(total) FROM diary_review r JOIN diary d ON d.id = r.diary_id
            WHERE r.state = 'submitted' AND r.comment = '走访扎实,继续保持。' AND d.state = 'feedback_published'
            """]
        sqlite.standardOutput = output
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "3|70.0|70.0\n")
    }
}
