import Foundation
import Testing
import TestSupport

/// `make deb`, looked at as dpkg and an IT person would.
@Suite struct DebTests {
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func run(_ program: String, _ arguments: [String], in folder: URL? = nil) throws -> Circledesk.Result {
        try Shell.run(program, arguments, in: folder)
    }

    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StoreTests/Fixtures/schema-v1.sql").path

    /// Compressing a debug build with xz would take most of a minute and prove nothing more.
    private func build(compression: String = "none") throws -> String {
        let out = TemporaryFolder()
        let built = try Shell.run("/bin/bash", ["scripts/deb.sh", Circledesk.binary.path, out.path], in: checkout,
                                  environment: ProcessInfo.processInfo.environment.merging(["DEB_COMPRESSION": compression]) { $1 })
        #expect(built.status == 0, "\(built.error)")
        // The package outlives the folder only as long as the test holds `out`; copy it out.
        let deb = NSTemporaryDirectory() + "circledesk-test-\(UUID().uuidString).deb"
        try FileManager.default.copyItem(atPath: built.output.trimmingCharacters(in: .whitespacesAndNewlines), toPath: deb)
        return deb
    }

    /// An empty system for dpkg: its database, and the account files useradd writes to.
    private func throwawayRoot() throws -> TemporaryFolder {
        let root = TemporaryFolder()
        chmod(root.path, 0o755)
        for folder in ["var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers", "var/log", "etc"] {
            try FileManager.default.createDirectory(atPath: root.file(folder), withIntermediateDirectories: true)
        }
        _ = FileManager.default.createFile(atPath: root.file("var/lib/dpkg/status"), contents: Data())
        for (file, line) in [("passwd", "root:x:0:0:root:/root:/bin/sh"), ("group", "root:x:0:"), ("shadow", "root:*:20000:0:99999:7:::"), ("gshadow", "root:*::")] {
            _ = FileManager.default.createFile(atPath: root.file("etc/" + file), contents: Data((line + "\n").utf8))
        }
        try FileManager.default.copyItem(atPath: "/etc/login.defs", toPath: root.file("etc/login.defs"))
        return root
    }

    /// dpkg on the throwaway root, its maintainer scripts run outside a chroot with $DPKG_ROOT set.
    private func dpkg(_ root: TemporaryFolder, _ arguments: [String]) throws -> Circledesk.Result {
        try run("/usr/bin/dpkg", ["--root=\(root.path)", "--force-script-chrootless", "--force-depends"] + arguments)
    }

    @Test("installed into a throwaway root: the account and its private folders, the units enabled; an upgrade backs the database up before anything migrates it; a purge keeps the county",
          .enabled(if: geteuid() == 0, "dpkg installs into another root only as root; skipped"))
    func maintainerScripts() throws {
        let deb = try build()
        defer { unlink(deb) }
        let root = try throwawayRoot()
        let installed = try dpkg(root, ["-i", deb])
        #expect(installed.status == 0, "\(installed.output)\(installed.error)")
        #expect(installed.output.contains("runuser -u circledesk -- circledesk init"))
        let account = try #require(try String(contentsOfFile: root.file("etc/passwd"), encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("circledesk:") })
        #expect(account.hasSuffix(":/var/lib/circledesk:/usr/sbin/nologin"))
        let uid = try #require(UInt32(account.split(separator: ":")[2]))
        for folder in ["var/lib/circledesk", "var/lib/circledesk/backups"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.file(folder))
            #expect((attributes[.ownerAccountID] as? NSNumber)?.uint32Value == uid)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        }
        for (wants, unit) in [("multi-user", "circledesk.service"), ("timers", "circledesk-backup.timer")] {
            let link = try? FileManager.default.destinationOfSymbolicLink(atPath: root.file("etc/systemd/system/\(wants).target.wants/\(unit)"))
            #expect(link == "/usr/lib/systemd/system/\(unit)", "\(unit) not enabled")
        }
        #expect(try run(root.file("usr/bin/circledesk"), ["--version"]).status == 0)

        // A county written by an older version, then the package upgraded over itself.
        let database = root.file("var/lib/circledesk/league.sqlite")
        #expect(try run("/usr/bin/sqlite3", [database, ".read \(fixture)"]).status == 0)
        chown(database, uid, uid)
        let migrations = try run("/usr/bin/sqlite3", [database, "SELECT count(*) FROM grdb_migrations"]).output
        let upgraded = try dpkg(root, ["-i", deb])
        #expect(upgraded.status == 0, "\(upgraded.output)\(upgraded.error)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: root.file("var/lib/circledesk/backups"))
        #expect(backups.count == 1 && backups[0].hasSuffix(".sqlite"), "\(backups)")
        #expect(try run("/usr/bin/sqlite3", [database, "SELECT count(*) FROM grdb_migrations"]).output == migrations, "migrated by the package, not the server")

        let purged = try dpkg(root, ["--purge", "circledesk"])
        #expect(purged.status == 0, "\(purged.output)\(purged.error)")
        #expect(purged.output.contains("stay in /var/lib/circledesk"))
        #expect(!FileManager.default.fileExists(atPath: root.file("usr/bin/circledesk")))
        #expect(!FileManager.default.fileExists(atPath: root.file("etc/circledesk")))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: root.file("etc/systemd/system/multi-user.target.wants/circledesk.service"))) == nil)
        #expect(FileManager.default.fileExists(atPath: database))
    }

    /// The tests' program is a debug build that finds the Swift runtime in the toolchain by
    /// its search path; `make deb` packages the release build, which has none, and runs lintian
    /// on it with nothing left out.
    @Test("lintian finds no error in the package")
    func lintianClean() throws {
        let deb = try build(compression: "gzip")
        defer { unlink(deb) }
        let lintian = try run("/usr/bin/lintian", ["--fail-on", "error", "--allow-root", "--suppress-tags", "custom-library-search-path", deb])
        #expect(lintian.status == 0, "\(lintian.output)\(lintian.error)")
        #expect(!lintian.output.contains("E: "), "\(lintian.output)")
    }

    @Test("the package holds the program, units, completions and the settings as a conffile, depends on what the program needs, and its scripts parse")
    func package() throws {
        let deb = try build()
        defer { unlink(deb) }
        let info = try run("/usr/bin/dpkg-deb", ["--info", deb]).output
        for needed in ["libncursesw6", "libsqlite3-0", "fonts-noto-cjk", "weasyprint", "cups-client", "passwd"] {
            #expect(info.contains(needed), "Depends lacks \(needed)")
        }
        // Every library the program is linked to comes from a package it depends on: a
        // machine with the package installed runs the program.
        let unpacked = TemporaryFolder()
        #expect(try run("/usr/bin/dpkg-deb", ["-x", deb, unpacked.path]).status == 0)
        let depends = Set((info.split(separator: "\n").first { $0.contains("Depends:") } ?? "").split(separator: ":", maxSplits: 1).last?
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? "" } ?? [])
        func needed(_ file: String) throws -> [String] {
            try run("/usr/bin/objdump", ["-p", unpacked.file(file)]).output.split(separator: "\n")
                .filter { $0.contains("NEEDED") }.compactMap { $0.split(separator: " ").last.map(String.init) }
        }
        // The program starts without libvips; the photo plugin brings it.
        let program = try needed("usr/bin/circledesk"), plugin = try needed("usr/lib/circledesk/libcircledesk-photo.so")
        #expect(!program.contains("libvips.so.42") && !program.contains("libchafa.so.0"), "\(program)")
        #expect(plugin.contains("libvips.so.42") && plugin.contains("libchafa.so.0"), "\(plugin)")
        for library in Set(program + plugin) where !library.hasPrefix("ld-linux") {
            let owners = try run("/usr/bin/dpkg", ["-S", "*/" + library]).output.split(separator: "\n")
                .filter { $0.hasSuffix("/" + library) }.compactMap { $0.split(separator: ":").first.map(String.init) }
                .filter { !$0.hasSuffix("-dev") }
            // No package's: the Swift toolchain's runtime, which a debug build links and the
            // release build carries inside.
            if owners.isEmpty { continue }
            #expect(owners.contains(where: depends.contains), "\(library) comes from \(owners), which Depends lacks: \(depends.sorted())")
        }
        let contents = try run("/usr/bin/dpkg-deb", ["--contents", deb]).output
        for path in ["./usr/bin/circledesk", "./usr/lib/circledesk/libcircledesk-photo.so", "./usr/lib/systemd/system/circledesk.service", "./usr/lib/systemd/system/circledesk-backup.timer",
                     "./usr/share/bash-completion/completions/circledesk", "./etc/circledesk/circledesk.conf",
                     "./usr/share/doc/circledesk/deployment.md", "./usr/share/man/zh_CN/man1/circledesk.1.gz", "./usr/share/doc/circledesk/copyright", "./usr/share/doc/circledesk/changelog.gz"] {
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
        #expect(postinst.contains("backup --db") && postinst.contains("useradd"))
    }
}
