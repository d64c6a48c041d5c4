import Foundation
import Testing
import TestSupport

/// `make install` into a staging root, as a packager runs it.
@Suite struct InstallTests {
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the program, its man page, its completions for three shells, the units pointing at it and the example settings land under DESTDIR/PREFIX")
    func staged() throws {
        let staging = try stage()
        let root = staging.path + "/usr"
        #expect(FileManager.default.isExecutableFile(atPath: root + "/bin/circledesk"))
        #expect(FileManager.default.fileExists(atPath: root + "/lib/circledesk/libcircledesk-photo.so"))
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

    @Test("the installed program loads its photo plugin from PREFIX/lib/circledesk; a program without it still works and says why photos cannot be taken")
    func photoPlugin() throws {
        let staging = try stage()
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let picture = try PhotoFiles.png(320, 160, in: folder, name: "生姜地.png")
        func run(_ program: String, _ arguments: [String]) throws -> Circledesk.Result {
            try Shell.run(program, arguments + common, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        }
        let installed = staging.path + "/usr/bin/circledesk"
        let ref = try run(installed, ["request", "add", "--title", "万斤生姜滞销", "--body", "求销售渠道", "--category", "创业", "--town", "泗溪镇"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let attached = try run(installed, ["request", "attach", ref, picture])
        #expect(attached.status == 0 && attached.output.contains("\(ref)：添加图片 1 张"), "\(attached.output)\(attached.error)")

        // The program alone, copied where no plugin is: everything else works.
        let alone = folder.file("circledesk")
        // Copied by cp: a copy this process wrote could be inherited open by a program another
        // test forks, and running it would fail "text file busy".
        #expect(try Shell.run("/bin/cp", [installed, alone]).status == 0)
        let shown = try run(alone, ["request", "show", ref])
        #expect(shown.status == 0 && shown.output.contains("生姜地.png"), "\(shown.error)")
        let refused = try run(alone, ["request", "attach", ref, try PhotoFiles.png(200, 100, in: folder, name: "屋顶.png")])
        #expect(refused.status == 1)
        #expect(refused.error.contains("屋顶.png: 本机的照片功能未装好，请告知管理员（no \(folder.path)/libcircledesk-photo.so"), "\(refused.error)")
        // Its sample county is whole but for the pictures, and it says so.
        let sample = folder.file("sample.sqlite")
        let demo = try Shell.run(alone, ["demo", "--db", sample, "--now", "2026-11-28T09:00:00+08:00"], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(demo.status == 0 && demo.error.contains("示例县没有图片：本机的照片功能未装好"), "\(demo.error)")
        let tables = try Shell.run(alone, ["stats", "--db", sample, "--format", "json"]).output
        #expect(tables.contains("\"help_request\" : 428") && tables.contains("\"photo\" : 0"), "\(tables)")
    }

    /// `make install` of the tests' program into a new staging root, PREFIX /usr.
    private func stage() throws -> TemporaryFolder {
        let staging = TemporaryFolder()
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.currentDirectoryURL = checkout
        make.arguments = ["--no-print-directory", "install", "INSTALL_BIN=\(Circledesk.binary.path)", "DESTDIR=\(staging.path)", "PREFIX=/usr"]
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        return staging
    }
}
