import Foundation
import Testing
import TestSupport

/// Stored text printed by commands, as it reaches a terminal and as it reaches a script.
@Suite struct TerminalOutputTests {
    private let now = "2026-11-28T09:00:00+08:00"
    /// A suggestion that tries to recolour the terminal, set its title, ring and reorder.
    private let hostile = "\u{1b}[31m红字\u{1b}]0;pwned\u{07}\u{202e}反"

    /// `arguments` run with a terminal as standard output (util-linux `script` makes one).
    private func inTerminal(_ arguments: [String]) throws -> String {
        let command = ([Circledesk.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try Shell.run("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin"]).output
    }

    @Test("to a terminal, lists and CSV show stored controls as harmless marks; to a pipe, the file keeps them for scripts")
    func storedText() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let added = try Circledesk.run(["suggestion", "add", "--content", hostile, "--town", "罗阳镇"] + common)
        #expect(added.status == 0, "\(added.error)")
        for arguments in [["suggestion", "list"], ["export", "suggestions"]] {
            let shown = try inTerminal(arguments + common)
            #expect(shown.contains("^[[31m红字^[]0;pwned^G<U+202E>反"), "\(arguments): \(shown.suffix(300))")
            #expect(!shown.contains("\u{1b}[31m") && !shown.contains("\u{07}") && !shown.contains("\u{202e}"))
        }
        let piped = try Circledesk.run(["export", "suggestions"] + common)
        #expect(piped.output.contains(hostile), "a CSV written to a file or a pipe is the data as stored")
    }
}

/// Free text typed on the command line is text, whatever it starts with.
@Suite struct FreeTextOptionTests {
    @Test("a suggestion, a title or a note beginning with a dash is taken as written", arguments: ["-1+1", "--town", "-h"])
    func dashes(text: String) throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let added = try Circledesk.run(["suggestion", "add", "--content", text, "--town", "罗阳镇"] + common)
        #expect(added.status == 0, "\(added.error)")
        let listed = try Circledesk.run(["suggestion", "list"] + common).output
        #expect(listed.contains(text))
        let request = try Circledesk.run(["request", "add", "--title", text, "--body", text, "--category", "创业", "--town", "罗阳镇"] + common)
        #expect(request.status == 0, "\(request.error)")
    }
}
