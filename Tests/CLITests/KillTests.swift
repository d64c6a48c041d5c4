import Foundation
import Testing
import TestSupport

/// kill -9 at chosen moments of what writes — an action, an import, a backup, a demo — as a
/// power cut or an impatient colleague would: every time the county is whole (`check` ok) and
/// the work all there or not at all, and the next run clears what the killed one left.
@Suite struct KillTests {
    private let now = "2026-11-28T09:00:00+08:00"
    /// Moments after the start, in seconds: early, middle and late for these commands.
    private static let moments = [0.02, 0.08, 0.2, 0.5, 1.2]

    /// Runs `arguments`, kills it with SIGKILL after `seconds` unless it ended first; whether it ended.
    private func kill(_ arguments: [String], after seconds: Double) throws -> Bool {
        let process = Process()
        process.executableURL = Circledesk.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        let ended = !process.isRunning
        if !ended { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return ended
    }

    private func count(_ database: String, _ table: String) throws -> Int {
        Int(try Shell.run("/usr/bin/sqlite3", [database, "SELECT count(*) FROM \(table)"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test("an import killed at any moment leaves all 20,000 young people or none, and the county sound", arguments: moments)
    func importKilled(after seconds: Double) throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        var csv = "姓名,手机,乡镇\n"
        for index in 0..<20_000 { csv += "青年\(index),138\(String(format: "%08d", index)),罗阳镇\n" }
        try csv.write(toFile: folder.file("young.csv"), atomically: true, encoding: .utf8)
        let before = try count(county, "young_person")
        _ = try kill(["import", "young-people", folder.file("young.csv"), "--db", county, "--now", now], after: seconds)
        let after = try count(county, "young_person")
        #expect(after == before || after == before + 20_000, "\(after - before) of 20000")
        #expect(try Circledesk.run(["check", "--db", county]).status == 0)
    }

    @Test("an action killed at any moment is recorded whole or not at all, its history and seals with it", arguments: moments)
    func actionKilled(after seconds: Double) throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let (requests, events) = (try count(county, "help_request"), try count(county, "request_event"))
        _ = try kill(["request", "add", "--title", "断电", "--body", "断电", "--category", "创业", "--town", "罗阳镇", "--db", county, "--now", now],
                     after: seconds / 10)
        let added = try count(county, "help_request") - requests
        #expect(added == 0 || added == 1)
        #expect(try count(county, "request_event") - events == added, "a request without its event, or an event without its request")
        #expect(try Circledesk.run(["check", "--db", county]).status == 0)
    }

    @Test("a backup or a demo killed at any moment leaves no file half made, and the next run clears what it left", arguments: moments)
    func copyKilled(after seconds: Double) throws {
        let folder = TemporaryFolder()
        let county = try Circledesk.sampleDatabase(in: folder, now: now)
        let backup = folder.file("backups/copy.sqlite"), demo = folder.file("new/demo.sqlite")
        try FileManager.default.createDirectory(atPath: folder.file("backups"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("new"), withIntermediateDirectories: true)
        let backedUp = try kill(["backup", "--to", backup, "--db", county], after: seconds / 4)
        let built = try kill(["demo", "--db", demo, "--now", now], after: seconds * 3)
        for (file, ended) in [(backup, backedUp), (demo, built)] {
            if FileManager.default.fileExists(atPath: file) {
                #expect(try Circledesk.run(["check", "--db", file]).status == 0, "\(file) is there but not whole")
            } else {
                #expect(!ended, "\(file) missing though its command ended")
            }
        }
        // The next run in each folder clears what the killed one left.
        #expect(try Circledesk.run(["backup", "--to", folder.file("backups/again.sqlite"), "--db", county]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("backups")).allSatisfy { !$0.contains(".partial-") })
        if !FileManager.default.fileExists(atPath: demo) {
            #expect(try Circledesk.run(["demo", "--db", demo, "--now", now]).status == 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("new")).allSatisfy { !$0.contains(".partial-") })
        #expect(try Circledesk.run(["check", "--db", county]).status == 0)
    }
}
