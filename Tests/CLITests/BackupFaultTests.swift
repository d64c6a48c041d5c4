import Foundation
import Testing
import TestSupport

/// What the backup timer meets on a bad day: a full disk, a folder it cannot write, a
/// colleague's import half done.
@Suite struct BackupFaultTests {
    private let now = "2026-11-28T09:00:00+08:00"

    /// A small file system of its own at `folder`, mounted for the test.
    private func mount(_ folder: String, options: String) throws -> Circledesk.Result {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try Shell.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder])
    }

    /// Yesterday's backup, which nothing may touch.
    private let yesterday = "league-20261127-030000.sqlite"

    @Test("a backup folder too small for the county: exit 1 with the sizes, nothing unfinished left, yesterday's backup untouched",
          .enabled(if: geteuid() == 0, "mounting a small file system needs root; skipped"))
    func fullFolder() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let backups = folder.file("backups")
        let mounted = try mount(backups, options: "size=512k,mode=0700")
        try #require(mounted.status == 0, "\(mounted.error)")
        defer { _ = try? Shell.run("/bin/umount", [backups]) }
        _ = FileManager.default.createFile(atPath: backups + "/" + yesterday, contents: Data("kept".utf8))
        let made = try Circledesk.run(["backup", "--into", backups, "--lang", "en"] + common)
        #expect(made.status == 1)
        #expect(made.error.contains("the backup folder \(backups) is full: the backup needs about "), "\(made.error)")
        #expect(made.error.contains("nothing unfinished was left and the older backups are untouched"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: backups) == [yesterday])
        #expect(try String(contentsOfFile: backups + "/" + yesterday, encoding: .utf8) == "kept")
    }

    @Test("a read-only backup folder, or a file where the folder should be: exit 1 saying so, nothing left",
          .enabled(if: geteuid() == 0, "mounting a read-only file system needs root; skipped"))
    func unwritableFolder() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let readOnly = folder.file("usb")
        let mounted = try mount(readOnly, options: "ro,size=64k")
        try #require(mounted.status == 0, "\(mounted.error)")
        defer { _ = try? Shell.run("/bin/umount", [readOnly]) }
        _ = FileManager.default.createFile(atPath: folder.file("a-file"), contents: Data())
        for (target, named) in [(readOnly, readOnly), (readOnly + "/backups", readOnly + "/backups"), (folder.file("a-file"), folder.file("a-file"))] {
            let made = try Circledesk.run(["backup", "--into", target, "--lang", "en"] + common)
            #expect(made.status == 1)
            #expect(made.error == "circledesk: cannot write a backup in \(named) (read-only, not permitted or not a folder); nothing was left there; "
                + "choose a folder that can be written (backups in the settings)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly).isEmpty)
        #expect(folder.contents.filter { $0.contains("partial") }.isEmpty)
    }

    @Test("the timer fires while an import holds the county open for writing: the backup is made from what was committed, and the import still commits")
    func duringAnImport() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        // sqlite3 stands for the import: a write transaction, begun and held open.
        let importer = try HeldWrite(common[1], statements: "UPDATE setting SET value = '导入中' WHERE key = 'county_name';")

        let backups = folder.file("backups")
        let made = try Circledesk.run(["backup", "--into", backups] + common)
        #expect(made.status == 0, "\(made.error)")
        #expect(try importer.end(committing: true) == 0)

        // The dated file, not the photo folder the backups share beside it.
        let backup = try #require(try FileManager.default.contentsOfDirectory(atPath: backups).first { name in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: backups + "/" + name, isDirectory: &folder) && !folder.boolValue
        })
        let county = { (file: String) in try Shell.run("/usr/bin/sqlite3", [file, "SELECT value FROM setting WHERE key = 'county_name'"]).output }
        #expect(try county(backups + "/" + backup) != "导入中\n")
        #expect(try county(common[1]) == "导入中\n")
        #expect(try Circledesk.run(["check", "--db", backups + "/" + backup]).status == 0)
    }
}
