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

    @Test("a command meeting a database still being created or migrated says so, naming the program, and goes on when it is done")
    func migrationUnderWay() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        #expect(try Circledesk.run(["init", "--db", path]).status == 0)
        // Another program holds the folder as a migration does, for a moment.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [folder.path, "sh", "-c", "touch '\(folder.file("held"))'; sleep 1.5"]
        try holder.run()
        defer { holder.waitUntilExit() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: folder.file("held")), Date() < deadline { usleep(20_000) }
        let held = Date()
        let stats = try Circledesk.run(["stats", "--db", path, "--lang", "en"])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.error.contains("the database's folder \(folder.path) is held by another program (flock, pid \(holder.processIdentifier)"), "\(stats.error)")
        #expect(stats.error.contains("waiting for it to finish"))
        #expect(Date().timeIntervalSince(held) > 1.2, "stats went on before the folder was let go")
        #expect(!stats.output.isEmpty)
    }
}
