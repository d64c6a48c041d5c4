import Foundation
import Testing
import TestSupport

/// Recorded times are the system clock's: a moment given with --now reads, and only the
/// sample county, whose history is made up, may record at it.
@Suite struct ClockTests {
    private let past = "2020-01-01T09:00:00+08:00"

    @Test("on a real county --now reads (stats, sla, lists) but every change with it is refused, saying why; without it the change is dated now")
    func realCounty() throws {
        let folder = TemporaryFolder()
        let db = folder.file("office.sqlite")
        let refusedInit = try Circledesk.run(["init", "--db", db, "--now", past, "--lang", "en"])
        #expect(refusedInit.status == 1 && refusedInit.error.contains("--now (or $CIRCLEDESK_NOW) is for reading only"), "\(refusedInit.error)")
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(try Circledesk.run(["init", "--db", db]).status == 0)
        let townships = folder.file("townships.csv")
        try Data("名称\n罗阳镇\n".utf8).write(to: URL(fileURLWithPath: townships))
        #expect(try Circledesk.run(["import", "townships", townships, "--db", db]).status == 0)

        let add = ["request", "add", "--title", "生姜滞销", "--body", "十吨生姜卖不出去", "--category", "创业", "--town", "罗阳镇", "--db", db, "--lang", "en"]
        for clock in [["--now", past], []] {
            let dated = try Circledesk.run(add + clock, environment: clock.isEmpty ? ["CIRCLEDESK_NOW": past] : [:])
            #expect(dated.status == 1 && dated.error.contains("is not the sample county, and what it records is dated by the system clock"), "\(dated.error)")
        }
        #expect(try Circledesk.run(["import", "townships", townships, "--db", db, "--now", past, "--dry-run"]).status == 0)
        #expect(try Circledesk.run(["import", "townships", townships, "--db", db, "--now", past]).status == 1)
        for recorder in [["--db", db], ["serve", "--db", db, "--socket", folder.file("desk.sock")]] {
            let held = try Circledesk.run(recorder + ["--now", past, "--lang", "en"])
            #expect(held.status == 1 && held.error.contains("is for reading only"), "\(recorder): \(held.error)")
        }
        #expect(try Circledesk.run(["stats", "--db", db, "--now", past]).status == 0)
        #expect(try Circledesk.run(["sla", "--db", db, "--now", past]).status == 0)

        let reference = try Circledesk.run(add).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reference.hasPrefix("QZ-\(Calendar.current.component(.year, from: Date()))-"), "numbered by this year, not --now's")
        let shown = try Circledesk.run(["request", "show", reference, "--db", db, "--lang", "en"]).output
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "Asia/Shanghai")!, formatOptions: [.withFullDate])
        #expect(shown.contains(today), "\(shown)")
    }

    @Test("the sample county records at the moment given, as its made-up history needs")
    func sampleCounty() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let added = try Circledesk.run(["request", "add", "--title", "演练", "--body", "演练", "--category", "创业", "--town", "罗阳镇"] + common)
        #expect(added.status == 0 && added.output.hasPrefix("QZ-2026-"), "\(added.error)")
    }
}
