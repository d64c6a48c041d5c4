import Foundation
import Testing
import TestSupport

/// `make deb`, looked at as dpkg and an IT person would.
@Suite struct DebTests {
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Compressing a debug build would take most of a minute and prove nothing more.
    private func run(_ program: String, _ arguments: [String], in folder: URL? = nil) throws -> Circledesk.Result {
        try Shell.run(program, arguments, in: folder, environment: ProcessInfo.processInfo.environment.merging(["DEB_COMPRESSION": "none"]) { $1 })
    }

    @Test("the package holds the program, units, completions and the settings as a conffile, depends on what the program needs, and its scripts parse")
    func package() throws {
        let out = TemporaryFolder()
        let built = try run("/bin/bash", ["scripts/deb.sh", Circledesk.binary.path, out.path], in: checkout)
        #expect(built.status == 0)
        let deb = built.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(deb.hasSuffix("_amd64.deb"))
        let info = try run("/usr/bin/dpkg-deb", ["--info", deb]).output
        for needed in ["libncursesw6", "libsqlite3-0", "fonts-noto-cjk", "weasyprint", "cups-client", "adduser"] {
            #expect(info.contains(needed), "Depends lacks \(needed)")
        }
        let contents = try run("/usr/bin/dpkg-deb", ["--contents", deb]).output
        for path in ["./usr/bin/circledesk", "./usr/lib/systemd/system/circledesk.service", "./usr/lib/systemd/system/circledesk-backup.timer",
                     "./usr/share/bash-completion/completions/circledesk", "./etc/circledesk/circledesk.conf",
                     "./usr/share/doc/circledesk/deployment.md"] {
            #expect(contents.contains(path), "\(path) missing")
        }
        #expect(contents.split(separator: "\n").allSatisfy { $0.contains("root/root") })
        let control = TemporaryFolder()
        #expect(try run("/usr/bin/dpkg-deb", ["--control", deb, control.path]).status == 0)
        #expect(try String(contentsOfFile: control.file("conffiles"), encoding: .utf8) == "/etc/circledesk/circledesk.conf\n")
        for script in ["postinst", "prerm", "postrm"] {
            #expect(try run("/bin/sh", ["-n", control.file(script)]).status == 0, "\(script) does not parse")
        }
        let postinst = try String(contentsOfFile: control.file("postinst"), encoding: .utf8)
        #expect(postinst.contains("backup --db") && postinst.contains("adduser --system"))
    }
}
