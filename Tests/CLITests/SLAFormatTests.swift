import Foundation
import Testing
import TestSupport

/// `sla` as Nagios, Icinga and scripts read it: states by exit status, references and counts,
/// never a title.
@Suite struct SLAFormatTests {
    @Test("CRITICAL when anything is overdue, WARNING when only due soon, OK when neither, UNKNOWN when the county cannot be read")
    func nagios() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let critical = try Circledesk.run(["sla", "--format", "nagios"] + common)
        #expect(critical.status == 2)
        #expect(critical.output.hasPrefix("CIRCLEDESK SLA CRITICAL - 32 overdue: QZ-2026-00034 "), "\(critical.output)")
        #expect(critical.output.hasSuffix(" | overdue=32;;1 due_soon=0;1;\n"))
        #expect(critical.output.split(separator: "\n").count == 1)
        let titles = try Circledesk.run(["sla"] + common).output.split(separator: "\n").compactMap { $0.split(separator: "\t").last }
        #expect(!titles.isEmpty && titles.allSatisfy { !critical.output.contains($0) })
        // Two hours before the earliest deadline now missed: nothing overdue yet, that one due soon.
        let json = try Circledesk.run(["sla", "--format", "json"] + common).output
        let latest = json.matches(of: /"overdue (\d+)h"/).compactMap { Int($0.output.1) }.max() ?? 0
        let earlier = Date(timeIntervalSince1970: 1_795_827_600 - Double(latest + 2) * 3600)  // 2026-11-28 09:00 in the county
        let early = ["--db", common[1], "--now", ISO8601DateFormatter().string(from: earlier)]
        let ok = try Circledesk.run(["sla", "--format", "nagios"] + early)
        #expect(ok.status == 0 && ok.output == "CIRCLEDESK SLA OK - 0 overdue | overdue=0;;1 due_soon=0;1;\n", "\(ok.output)")
        let warning = try Circledesk.run(["sla", "--format", "nagios", "--within", "4"] + early)
        #expect(warning.status == 1 && warning.output.hasPrefix("CIRCLEDESK SLA WARNING - 0 overdue, "), "\(warning.output)")
        let unknown = try Circledesk.run(["sla", "--format", "nagios", "--db", folder.file("none.sqlite")])
        #expect(unknown.status == 3 && unknown.output.hasPrefix("CIRCLEDESK SLA UNKNOWN - no database at "), "\(unknown)")
        let noServer = try Circledesk.run(["sla", "--format", "nagios", "--server", folder.file("none.sock")])
        #expect(noServer.status == 3 && noServer.output.hasPrefix("CIRCLEDESK SLA UNKNOWN - the server is not running"), "\(noServer)")
    }

    @Test("json: the counts and each request's reference, state and hours, no title")
    func json() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let result = try Circledesk.run(["sla", "--format", "json"] + common)
        #expect(result.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["overdue"] as? Int == 32 && object["due_soon"] as? Int == 0)
        let requests = try #require(object["requests"] as? [[String: String]])
        #expect(requests.count == 32 && requests.allSatisfy { Set($0.keys) == ["ref", "state", "status"] })
    }
}
