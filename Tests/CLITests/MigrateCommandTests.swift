import Foundation
import Testing
import TestSupport

/// An older database after an upgrade of the program, as an office meets it.
@Suite struct MigrateCommandTests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StoreTests/Fixtures/schema-v1.sql").path

    @Test("an everyday command on an older database says to run migrate and changes nothing; migrate keeps the file as it was")
    func olderDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, ".read \(fixture)"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let stats = try Circledesk.run(["stats", "--db", path, "--lang", "en"])
        #expect(stats.status == 1)
        #expect(stats.error.contains("was written by an older version and needs upgrading (v2 queue indexes and search, "), "\(stats.error)")
        #expect(stats.error.contains("run circledesk migrate (it backs up first)"))
        #expect(folder.contents == ["league.sqlite"])
        let migrated = try Circledesk.run(["migrate", "--db", path])
        #expect(migrated.status == 0, "\(migrated.error)")
        let kept = try #require(folder.contents.first { $0.hasPrefix("league.sqlite.before-v1-") })
        #expect(migrated.output == "\(path) 已升级到本版本；升级前的文件保存在 \(folder.file(kept))\n")
        #expect(try Circledesk.run(["check", "--db", path]).status == 0)
        #expect(try Circledesk.run(["migrate", "--db", path]).output == "\(path) 已是本版本，无需升级。\n")
    }
}
