import Foundation
import Testing
import TestSupport

/// Files of the wrong kind, a disk that fills, a file one may only read, a colleague's long
/// write: each said in one line with exit 1, and nothing changed or left behind.
@Suite struct FileFaultTests {
    private let now = "2026-11-28T09:00:00+08:00"
    private let add = ["request", "add", "--title", "演练", "--body", "演练", "--category", "创业", "--town", "罗阳镇", "--lang", "en"]

    private func requests(_ database: String) throws -> String {
        try Shell.run("/usr/bin/sqlite3", [database, "SELECT count(*) FROM help_request"]).output
    }

    @Test("a device, an empty file and a file with a user_version are refused, and nothing is written beside them")
    func wrongKinds() throws {
        let folder = TemporaryFolder()
        let device = try Circledesk.run(["check", "--db", "/dev/null", "--lang", "en"])
        #expect(device.status == 1 && device.error == "circledesk: /dev/null is not a plain file (a device, a pipe…) and cannot be a database\n")
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal") && !FileManager.default.fileExists(atPath: "/dev/null-wal"))
        let empty = folder.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        for command in [["check"], ["stats"], ["request", "list"]] {
            let refused = try Circledesk.run(command + ["--db", empty, "--lang", "en"])
            #expect(refused.status == 1 && refused.error.contains("is empty, not a database; make one with circledesk init"), "\(refused.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty && folder.contents == ["empty.sqlite"])
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        #expect(try Shell.run("/usr/bin/sqlite3", [county, "PRAGMA user_version = 999"]).status == 0)
        let stranger = try Circledesk.run(add + ["--db", county, "--now", now])
        #expect(stranger.status == 1 && stranger.error.contains("unknown migrations: user_version 999"), "\(stranger.error)")
    }

    @Test("a county with a damaged page: check marks it, a change is refused pointing to restore, a read still works; restore lifts the mark")
    func damaged() throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let backup = folder.file("good.sqlite")
        #expect(try Circledesk.run(["backup", "--to", backup, "--db", county]).status == 0)
        // A page of the diary comments, which the figures `stats` gives do not read.
        try damagePage(of: "diary_comment", in: county)
        let checked = try Circledesk.run(["check", "--db", county, "--lang", "en"])
        #expect(checked.status == 1 && FileManager.default.fileExists(atPath: county + ".damaged"))
        let before = try requests(county)
        let change = try Circledesk.run(add + ["--db", county, "--now", now])
        #expect(change.status == 1 && change.error.contains("was found damaged (see \(county).damaged) and is only read"), "\(change.error)")
        #expect(try requests(county) == before)
        #expect(try Circledesk.run(["stats", "--db", county, "--now", now]).status == 0)
        #expect(try Circledesk.run(["restore", backup, "--db", county]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: county + ".damaged"))
        #expect(try Circledesk.run(["check", "--db", county]).status == 0)
        #expect(try Circledesk.run(add + ["--db", county, "--now", now]).status == 0)
    }

    @Test("an admin who does not own the county restores it over a damaged page; a desk login may not",
          .enabled(if: geteuid() == 0, "acting as another login needs root; skipped"))
    func restoredByAnAdmin() throws {
        let folder = TemporaryFolder()
        chmod(folder.path, 0o777)
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let backup = folder.file("good.sqlite")
        #expect(try Circledesk.run(["backup", "--to", backup, "--db", county]).status == 0)
        #expect(try Circledesk.run(["operator", "add", "nobody", "--name", "管理员", "--role", "admin", "--db", county]).status == 0)
        #expect(try Circledesk.run(["operator", "add", "daemon", "--name", "值班", "--role", "desk", "--db", county]).status == 0)
        chmod(county, 0o666)
        chmod(backup, 0o644)
        try damagePage(of: "diary_comment", in: county)
        #expect(try Circledesk.run(["check", "--db", county]).status == 1)
        func restore(as login: String) throws -> Circledesk.Result {
            try Shell.run("/usr/sbin/runuser", ["-u", login, "--", Circledesk.binary.path, "restore", backup, "--db", county, "--lang", "en"])
        }
        let refused = try restore(as: "daemon")
        #expect(refused.status == 1 && refused.error.contains("admin"), "\(refused.error)")
        #expect(FileManager.default.fileExists(atPath: county + ".damaged"))
        let restored = try restore(as: "nobody")
        #expect(restored.status == 0, "\(restored.error)")
        #expect(!FileManager.default.fileExists(atPath: county + ".damaged"))
        #expect(try Circledesk.run(["check", "--db", county]).status == 0)
    }

    @Test("a write held open by another program past the 10 s wait: exit 1 saying so, the request not added")
    func lockHeld() throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let before = try requests(county)
        let holder = try HeldWrite(county)
        let blocked = try Circledesk.run(add + ["--db", county, "--now", now])
        try holder.end()
        #expect(blocked.status == 1 && blocked.error.contains("is being written by another program (sqlite3, pid \(holder.processIdentifier)"),
                "\(blocked.error)")
        #expect(blocked.error.contains("and was not free after 10 seconds; nothing was changed"))
        #expect(try requests(county) == before)
    }

    @Test("a disk with 16 KB or 64 KB left: exit 1 saying the disk is full or failing, nothing half-written; with room again the same command works",
          .enabled(if: geteuid() == 0, "mounting a small file system needs root; skipped"))
    func fullDisk() throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: county)[.size] as? Int)
        for free in [16, 64] {
            let disk = folder.file("disk-\(free)")
            try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
            try #require(try Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size / 1024 + free)k", "tmpfs", disk]).status == 0)
            defer { _ = try? Shell.run("/bin/umount", [disk]) }
            let copy = disk + "/league.sqlite"
            try FileManager.default.copyItem(atPath: county, toPath: copy)
            let full = try Circledesk.run(add + ["--db", copy, "--now", now])
            #expect(full.status == 1, "\(full.error)")
            #expect(full.error.contains("the disk failed reading or writing \(copy)") || full.error.contains("the disk filled up while writing \(copy)"),
                    "\(full.error)")
            #expect(try Shell.run("/bin/mount", ["-o", "remount,size=\(size / 1024 + 4096)k", disk]).status == 0)
            #expect(try requests(copy) == requests(county))
            // The county's photos, which the small disk has no room for, stay where they are.
            try FileManager.default.createSymbolicLink(atPath: copy + "-photos", withDestinationPath: county + "-photos")
            #expect(try Circledesk.run(["check", "--db", copy]).status == 0)
            #expect(try Circledesk.run(add + ["--db", copy, "--now", now]).status == 0)
        }
    }

    @Test("a county one may only read: read in a folder one may write, a change refused as read-only; in a folder one may not, said why",
          .enabled(if: geteuid() == 0, "reading as another login needs root; skipped"))
    func readOnly() throws {
        let folder = TemporaryFolder()
        chmod(folder.path, 0o777)
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        #expect(try Circledesk.run(["operator", "add", "nobody", "--name", "值班", "--role", "desk", "--db", county]).status == 0)
        chmod(county, 0o444)
        func asNobody(_ arguments: [String]) throws -> Circledesk.Result {
            try Shell.run("/usr/sbin/runuser", ["-u", "nobody", "--", Circledesk.binary.path] + arguments + ["--db", county, "--now", now, "--lang", "en"])
        }
        #expect(try asNobody(["stats"]).status == 0)
        let change = try asNobody(Array(add.dropLast(2)))
        #expect(change.status == 1 && change.error.contains("is read-only and cannot be written"), "\(change.error)")
        // What the reader made beside the county goes with it: the owner would not be able to write it.
        func besideCounty() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }
        }
        #expect(try besideCounty().isEmpty)
        // A reader that could not clean up (killed, or another program) leaves them; the next
        // run, the reader's or the owner's, removes them.
        for next in [["stats"], ["check"]] {
            let reading = try Shell.run("/usr/sbin/runuser", ["-u", "nobody", "--", "/usr/bin/sqlite3", county, "SELECT count(*) FROM sqlite_master;"])
            #expect(try reading.status == 0 && besideCounty().count == 2, "\(reading.error)")
            #expect(try (next == ["stats"] ? asNobody(next) : Circledesk.run(next + ["--db", county])).status == 0)
            #expect(try besideCounty().isEmpty, "after \(next)")
        }
        chmod(folder.path, 0o755)
        let closed = try asNobody(["stats"])
        #expect(closed.status == 1 && closed.error.contains("its folder cannot be written, so SQLite cannot make the -shm file"), "\(closed.error)")
    }
}

/// What killed runs leave beside a database or a backup is cleared by the next run.
@Suite struct LeftoverTests {
    /// The number of a process that has ended.
    private func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("partial files of ended processes (a killed demo, init, backup or export) go when the next one starts; a running process's stay",
          arguments: [["init"], ["backup", "--to"], ["export", "townships", "-o"]])
    func killedRuns(command: [String]) throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: "2026-11-28T09:00:00+08:00")
        let ended = try endedProcess()
        // As this version names them (PID.N) and as earlier ones did (PID).
        let left = ["league.sqlite.partial-\(ended).0", "league.sqlite.partial-\(ended).0-journal", "copy.sqlite.partial-\(ended).3",
                    "copy.sqlite.partial-\(ended).3-wal", "league.sqlite.partial-\(ended)", "copy.sqlite.partial-\(ended)-wal"]
        let running = "copy.sqlite.partial-\(getpid()).0"
        for name in left + [running] { _ = FileManager.default.createFile(atPath: folder.file(name), contents: Data("x".utf8)) }
        let target = folder.file(command == ["init"] ? "new.sqlite" : "copy.sqlite")
        let arguments = command == ["init"] ? ["init", "--db", target] : command + [target, "--db", county]
        let ran = try Circledesk.run(arguments)
        #expect(ran.status == 0, "\(ran.error)")
        // SQLite's own -wal and -shm of the county itself may stay, as a server's do.
        let files = folder.contents.filter { !$0.hasPrefix("league.sqlite-") && !$0.hasSuffix(".sqlite-photos") }
        #expect(Set(files) == Set(["league.sqlite", target.split(separator: "/").last.map(String.init)!, running]), "\(folder.contents)")
    }
}

/// Overwrites part of a page that holds `table`'s rows (found with SQLite's dbstat), as a
/// failing disk would.
private func damagePage(of table: String, in path: String) throws {
    let page = try #require(Int(try Shell.run("/usr/bin/sqlite3", [path, """
        SELECT pageno FROM dbstat WHERE name = '\(table)' ORDER BY pageno LIMIT 1 OFFSET 10
        """]).output.trimmingCharacters(in: .whitespacesAndNewlines)))
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try file.seek(toOffset: UInt64(4096 * (page - 1) + 100))
    try file.write(contentsOf: Data(repeating: 0xEE, count: 800))
    try file.close()
}
