import Foundation
import Testing
import TestSupport

/// The man page is made from the program's own help (`make man`); this holds the two equal.
@Suite struct ManualTests {
    private let manual = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("man/circledesk.1").path

    @Test("every command and subcommand --help lists, and sla's options, are in man/circledesk.1")
    func equalToHelp() throws {
        let page = try String(contentsOfFile: manual, encoding: .utf8)
        let documented = Set(page.matches(of: /^\.It Em (\S+)$/.anchorsMatchLineEndings()).map { String($0.output.1) })
        func subcommands(_ path: [String]) throws -> [String] {
            let help = try Circledesk.run(path + ["--help"]).output
            guard let section = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first else { return [] }
            // The list ends at the first empty line (a "See …" hint follows it).
            let list = section.components(separatedBy: "\n\n").first ?? ""
            return list.split(separator: "\n").compactMap { line in
                line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
            }
        }
        var all: Set<String> = []
        for command in try subcommands([]) {
            all.insert(command)
            for sub in try subcommands([command]) { all.insert(sub) }
        }
        #expect(all.isSuperset(of: ["serve", "migrate", "restore", "sla", "backup", "request", "list"]))
        #expect(all.subtracting(documented).isEmpty, "missing from the man page: \(all.subtracting(documented).sorted()); run make man")
        let options = Set(try Circledesk.run(["sla", "--help"]).output.matches(of: /--([a-z-]+)/).map { String($0.output.1) })
        for option in options where option != "help" && option != "version" {
            #expect(page.contains("Fl -\(option)"), "--\(option) of sla is not in the man page; run make man")
        }
    }
}
