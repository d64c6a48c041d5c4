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

    @Test("photos travel with backups: the folder's shared photos, a file's own beside it; check finds a lost photo file and restore brings it back")
    func photos() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let ref = try Circledesk.run(["request", "add", "--title", "台风后屋顶漏雨", "--body", "需要修缮", "--category", "帮扶", "--town", "罗阳镇"] + common)
            .output.trimmingCharacters(in: .newlines)
        #expect(try Circledesk.run(["request", "attach", ref, try PhotoFiles.png(200, 150, in: folder, name: "roof.png")] + common).status == 0)
        let backups = folder.file("backups")
        #expect(try Circledesk.run(["backup", "--into", backups] + common).status == 0)
        let photos = { (path: String) in Set(try FileManager.default.subpathsOfDirectory(atPath: path).filter { $0.hasSuffix(".jpg") }) }
        let live = try photos(folder.file("league.sqlite-photos"))
        #expect(live.count > 2 && live.count % 2 == 0, "the sample county's and the roof's, each with its thumbnail")
        #expect(try photos(backups + "/photos") == live)
        #expect(try Circledesk.run(["backup", "--to", folder.file("copy.sqlite")] + common).status == 0)
        #expect(try photos(folder.file("copy.sqlite-photos")) == live)
        #expect(try Circledesk.run(["check", "--db", folder.file("copy.sqlite")]).status == 0)

        // The photo folder lost (a disk replaced, a careless rm): check says so, restore mends it.
        try FileManager.default.removeItem(atPath: folder.file("league.sqlite-photos"))
        let check = try Circledesk.run(["check"] + common)
        #expect(check.status != 0 && check.output.contains("is missing or not whole; restore it from a backup"), "\(check.output)\(check.error)")
        let backup = try #require(try Circledesk.run(["backup", "list", "--into", backups] + common).output.split(separator: "\t").last)
            .trimmingCharacters(in: .newlines)
        let restored = try Circledesk.run(["restore", backup] + common)
        #expect(restored.output.contains("图片：从备份取回 \(live.count / 2) 张；仍缺文件的 0 张"), "\(restored.output)")
        #expect(try Circledesk.run(["check"] + common).status == 0)
        let shown = try Circledesk.run(["request", "show", ref] + common).output
        let id = try #require(shown.split(separator: "\n").first { $0.hasPrefix("图片 ") }).split(separator: " ")[1]
        #expect(try Circledesk.run(["photo", "get", String(id), "-o", folder.file("back.jpg")] + common).status == 0)
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
