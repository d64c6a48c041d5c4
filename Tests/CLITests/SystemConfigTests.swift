@testable import circledesk
import Foundation
import Testing
import TestSupport

/// The office's settings file, as an IT person writes it.
@Suite struct SystemConfigTests {
    /// The example shipped with the program.
    private let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dist/circledesk.conf").path

    @Test("the shipped example names the server and the database; a command then goes to the server, and says when none runs")
    func shippedExample() throws {
        let config = try SystemConfig.parse(try String(contentsOfFile: shipped, encoding: .utf8), path: shipped)
        #expect(config == SystemConfig(server: "/run/circledesk/circledesk.sock", database: "/var/lib/circledesk/league.sqlite",
                                     backups: "/var/lib/circledesk/backups"))
        let folder = TemporaryFolder()
        try "server = \(folder.file("none.sock"))\n".write(toFile: folder.file("circledesk.conf"), atomically: true, encoding: .utf8)
        let stats = try Circledesk.run(["stats", "--lang", "en"], environment: ["CIRCLEDESK_CONF": folder.file("circledesk.conf")])
        #expect(stats.status == 1)
        #expect(stats.error == "circledesk: the server is not running: nothing listens on \(folder.file("none.sock")) (systemctl status circledesk)\n")
        let created = try Circledesk.run(["init"], environment: ["CIRCLEDESK_CONF": folder.file("circledesk.conf"), "HOME": folder.path])
        #expect(created.status == 1 && created.error.contains("这台电脑上的县由服务提供"), "\(created.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.local/share/circledesk/league.sqlite"))
        let local = try Circledesk.run(["stats"] + Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00"),
                                       environment: ["CIRCLEDESK_CONF": folder.file("circledesk.conf")])
        #expect(local.status == 0, "--db means the file, whatever the settings say")
    }

    @Test("a line the program does not understand is named by file and line, with what a line looks like")
    func badLine() throws {
        #expect(throws: CLIError.self) { try SystemConfig.parse("# ok\nserver = /run/x.sock\nsever = /run/y.sock\n", path: "/etc/c.conf") }
        let relative = #expect(throws: CLIError.self) {
            try SystemConfig.parse("server = /run/x.sock\ndatabase = relative.sqlite\n", path: "/etc/c.conf")
        }
        #expect(relative?.message(.en).hasPrefix("/etc/c.conf:2: \"database = relative.sqlite\" is not understood") == true)
        #expect(try SystemConfig.parse("  # nothing but comments\n\n", path: "/etc/c.conf") == SystemConfig())
    }
}
