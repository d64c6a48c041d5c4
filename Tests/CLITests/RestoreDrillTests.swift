import Foundation
import Testing
import TestSupport

/// The restore drill an office runs: back up, lose a day's work, put the backup back.
@Suite struct RestoreDrillTests {
    @Test("backup into the folder, a change, restore: the change is gone, the replaced file kept, the counts shown, the file sound")
    func drill() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let backups = folder.file("backups")
        let made = try Circledesk.run(["backup", "--into", backups] + common)
        #expect(made.status == 0, "\(made.error)")
        let listed = try Circledesk.run(["backup", "list", "--into", backups] + common)
        let backup = try #require(listed.output.split(separator: "\t").last.map { $0.trimmingCharacters(in: .newlines) })
        #expect(made.output.hasPrefix("已备份到 \(backup)（记录校验值 "), "\(made.output)")
        let added = try Circledesk.run(["request", "add", "--title", "演练", "--body", "演练", "--category", "创业", "--town", "罗阳镇"] + common)
        #expect(added.status == 0)
        let restored = try Circledesk.run(["restore", backup] + common)
        #expect(restored.status == 0, "\(restored.error)")
        #expect(restored.output.contains("  help_request\t429 → 428\n"), "\(restored.output)")
        #expect(folder.contents.contains { $0.hasPrefix("league.sqlite.replaced-") })
        #expect(try Circledesk.run(["request", "show", added.output.trimmingCharacters(in: .newlines)] + common).status == 1)
        #expect(try Circledesk.run(["check"] + common).status == 0)
    }

    @Test("a cut-short file, another program's file and another county's backup are refused, and nothing changes")
    func refusals() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let whole = try Data(contentsOf: URL(fileURLWithPath: common[1]))
        try whole.prefix(whole.count / 3).write(to: URL(fileURLWithPath: folder.file("cut.sqlite")))
        try Data("id,name\n1,x\n".utf8).write(to: URL(fileURLWithPath: folder.file("other.sqlite")))
        let other = TemporaryFolder()
        let county = try Circledesk.sampleCounty(in: other, now: "2026-11-28T09:00:00+08:00")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [county[1], "UPDATE setting SET value = '文成县' WHERE key = 'county_name'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let before = try Circledesk.run(["stats", "--format", "json"] + common).output
        for (file, said) in [(folder.file("cut.sqlite"), "已损坏"), (folder.file("other.sqlite"), "不是 SQLite"), (county[1], "是文成县的数据库，不是本县的")] {
            let refused = try Circledesk.run(["restore", file] + common)
            #expect(refused.status == 1 && refused.error.contains(said), "\(file): \(refused.error)")
        }
        #expect(try Circledesk.run(["stats", "--format", "json"] + common).output == before)
        #expect(!folder.contents.contains { $0.contains("replaced") })
    }
}
