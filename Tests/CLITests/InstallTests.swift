import Foundation
import Testing
import TestSupport

/// `make install` into a staging root, as a packager runs it.
@Suite struct InstallTests {
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the program, its man page, its completions for three shells, the units pointing at it and the example settings land under DESTDIR/PREFIX")
    func staged() throws {
        let staging = TemporaryFolder()
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.currentDirectoryURL = checkout
        make.arguments = ["--no-print-directory", "install", "INSTALL_BIN=\(Circledesk.binary.path)", "DESTDIR=\(staging.path)", "PREFIX=/usr"]
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let root = staging.path + "/usr"
        #expect(FileManager.default.isExecutableFile(atPath: root + "/bin/circledesk"))
        let bash = try String(contentsOfFile: root + "/share/bash-completion/completions/circledesk", encoding: .utf8)
        #expect(bash.contains("serve") && bash.contains("restore") && bash.contains("--server"))
        #expect(try String(contentsOfFile: root + "/share/zsh/site-functions/_circledesk", encoding: .utf8).hasPrefix("#compdef circledesk"))
        #expect(try String(contentsOfFile: root + "/share/fish/vendor_completions.d/circledesk.fish", encoding: .utf8).contains("migrate"))
        let service = try String(contentsOfFile: root + "/lib/systemd/system/circledesk.service", encoding: .utf8)
        #expect(service.contains("ExecStart=/usr/bin/circledesk serve") && service.contains("User=circledesk"))
        let timer = try String(contentsOfFile: root + "/lib/systemd/system/circledesk-backup.timer", encoding: .utf8)
        #expect(timer.contains("OnCalendar="))
        #expect(FileManager.default.fileExists(atPath: root + "/share/man/man1/circledesk.1.gz"))
        #expect(FileManager.default.fileExists(atPath: root + "/share/man/zh_CN/man1/circledesk.1.gz"))
        #expect(FileManager.default.fileExists(atPath: root + "/share/doc/circledesk/circledesk.conf.example"))
        #expect(FileManager.default.fileExists(atPath: root + "/share/doc/circledesk/operations.md"))
    }
}
