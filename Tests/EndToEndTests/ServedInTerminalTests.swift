import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

private let now = "2026-11-28T09:00:00+08:00"

/// A Linux user of its own for one test, removed after it. Only root can make one.
private final class LinuxUser {
    let name: String

    init(_ prefix: String) throws {
        name = "cd\(prefix)" + UUID().uuidString.prefix(6).lowercased()
        let made = try Shell.run("/usr/sbin/useradd", ["-M", "-s", "/bin/sh", name])
        guard made.status == 0 else { throw Circledesk.Failed(description: made.error) }
    }

    /// userdel refuses a user with a process still running — the desk a test started for them in
    /// tmux, going down as its session closes — and the user would be left on the machine: their
    /// processes are stopped first, and userdel tried again for a few seconds.
    deinit {
        _ = try? Shell.run("/usr/bin/pkill", ["-KILL", "-u", name])
        for _ in 0..<50 {
            if (try? Shell.run("/usr/sbin/userdel", [name]))?.status == 0 { return }
            usleep(200_000)
        }
    }

    /// Runs the built program as this user, as they would from their own shell.
    func circledesk(_ arguments: [String]) throws -> Circledesk.Result {
        try Shell.run("/usr/sbin/runuser", ["-u", name, "--", "env", "-i", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "HOME=/tmp",
                                             Self.program] + arguments)
    }

    /// The built program where every user may run it (a checkout under root's home is not).
    static let program: String = {
        let folder = NSTemporaryDirectory() + "circledesk-program-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let copy = folder + "/circledesk"
        // Copied by cp, not here: a file this process held open for writing would be inherited
        // by whatever another test spawns meanwhile, and running it would fail "text file busy".
        // The photo plugin beside it, as an installed program has it.
        let plugin = Circledesk.binary.deletingLastPathComponent().appendingPathComponent("libcircledesk-photo.so").path
        _ = try? Shell.run("/bin/cp", [Circledesk.binary.path, plugin, folder])
        chmod(copy, 0o755)
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "circledesk-program-\(getpid())") }
        return copy
    }()
}

/// `circledesk serve` started by the test, as root, on a socket in a folder everyone may reach.
private final class ServedCounty {
    let folder = TemporaryFolder()
    let socketFolder = TemporaryFolder()
    let database: String
    let socket: String
    private let server = Process()

    init() throws {
        database = try Circledesk.sampleDatabase(in: folder, now: now)
        chmod(socketFolder.path, 0o755)
        socket = socketFolder.file("circledesk.sock")
        server.executableURL = Circledesk.binary
        server.arguments = ["serve", "--db", database, "--socket", socket, "--now", now]
        server.standardError = FileHandle.nullDevice
        try server.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: socket), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }

    deinit {
        server.terminate()
        let deadline = Date().addingTimeInterval(5)
        while server.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if server.isRunning { kill(server.processIdentifier, SIGKILL) }
    }

    /// An operator for `user`, added by the county's admin (the test's own login).
    func addOperator(_ user: LinuxUser, role: String, township: String? = nil) throws {
        let added = try Circledesk.run(["operator", "add", user.name, "--name", "测试", "--role", role, "--db", database]
                                       + (township.map { ["--township", $0] } ?? []))
        guard added.status == 0 else { throw Circledesk.Failed(description: added.error) }
    }
}

/// The county office as it runs: one server, staff at their own logins.
@Suite(.serialized, .enabled(if: geteuid() == 0, "creating Linux users needs root; skipped"))
struct ServedInTerminalTests {
    @Test("a login that is no operator is told whom to ask; the database file is the server's alone")
    func strangerRefused() throws {
        let county = try ServedCounty()
        let stranger = try LinuxUser("x")
        for command in [["stats"], ["sla"], ["report", "weekly"], ["request", "list"]] {
            let refused = try stranger.circledesk(command + ["--server", county.socket])
            #expect(refused.status == 1 && refused.output.isEmpty, "\(command): \(refused)")
            #expect(refused.error == "circledesk: 你（\(stranger.name)）不是这个县的操作员：请管理员运行 circledesk operator add \(stranger.name) …\n")
        }
        let direct = try stranger.circledesk(["stats", "--db", county.database])
        #expect(direct.status == 1 && direct.error.contains("无权读取 \(county.database)"), "\(direct.error)")
        let permissions = try FileManager.default.attributesOfItem(atPath: county.database)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test("a township secretary sees and acts in her township only, by every command")
    func secretaryInHerTownship() throws {
        let county = try ServedCounty()
        let secretary = try LinuxUser("s")
        try county.addOperator(secretary, role: "township_secretary", township: "罗阳镇")
        let served = ["--server", county.socket]
        let mine = try secretary.circledesk(["request", "list", "--state", "all", "--limit", "1000", "--format", "json"] + served)
        #expect(mine.status == 0, "\(mine.error)")
        let everyone = try Circledesk.run(["request", "list", "--state", "all", "--limit", "1000", "--format", "json", "--db", county.database, "--now", now])
        let refs = { (text: String) in Set(text.matches(of: /QZ-\d{4}-\d{5}/).map { String($0.output) }) }
        let theirs = refs(mine.output), all = refs(everyone.output)
        #expect(!theirs.isEmpty && theirs.isSubset(of: all) && theirs.count < all.count)
        let elsewhere = try #require(all.subtracting(theirs).sorted().first)
        let shown = try secretary.circledesk(["request", "show", elsewhere] + served)
        #expect(shown.status == 1 && shown.error.contains("没有编号为 \(elsewhere) 的求助（或不在你的乡镇）"), "\(shown)")
        let acted = try secretary.circledesk(["request", "act", elsewhere, "note", "--note", "越权"] + served)
        #expect(acted.status == 1, "\(acted)")
        let weekly = try secretary.circledesk(["report", "weekly", "--format", "json"] + served)
        #expect(weekly.status == 0 && refs(weekly.output).isSubset(of: theirs), "\(weekly.error)")
        let countyWide = try Circledesk.run(["report", "weekly", "--format", "json", "--db", county.database, "--now", now])
        #expect(!refs(countyWide.output).isSubset(of: theirs), "the county's own summary names other townships' requests")
        let overdue = try secretary.circledesk(["sla"] + served)
        #expect(!refs(overdue.output).isEmpty && refs(overdue.output).isSubset(of: theirs), "\(overdue.output)")
        let desk = try TmuxSession("env -u NO_COLOR LANG=C.UTF-8 runuser -u \(secretary.name) -- \(LinuxUser.program) --server \(county.socket); sleep 60")
        #expect(desk.wait { $0.contains("测试（乡镇书记）") && $0.contains("共 ") }, "\(desk.text)")
        let rows = desk.screen.compactMap { $0.firstMatch(of: /QZ-\d{4}-\d{5}/).map { String($0.output) } }
        #expect(!rows.isEmpty && Set(rows).isSubset(of: theirs), "\(desk.text)")
        let deadlines = try secretary.circledesk(["deadlines", "--urgency", "urgent", "--clock", "resolution", "--hours", "1"] + served)
        #expect(deadlines.status == 1 && deadlines.error.contains("不能管理账号、时限、评分标准和备份"), "\(deadlines)")
    }

    @Test("files named on the command line are the caller's: an export is theirs, a file only they may read is read")
    func filesOnTheCallersSide() throws {
        let county = try ServedCounty()
        let clerk = try LinuxUser("d")
        try county.addOperator(clerk, role: "desk")
        let home = TemporaryFolder()
        chown(home.path, try #require(getpwnam(clerk.name)).pointee.pw_uid, 0)
        chmod(home.path, 0o700)
        let exported = try clerk.circledesk(["export", "cadres", "-o", home.file("cadres.csv"), "--server", county.socket])
        #expect(exported.status == 0, "\(exported)")
        let attributes = try FileManager.default.attributesOfItem(atPath: home.file("cadres.csv"))
        #expect(attributes[.ownerAccountID] as? Int == Int(try #require(getpwnam(clerk.name)).pointee.pw_uid))
        let again = try clerk.circledesk(["export", "cadres", "-o", home.file("cadres.csv"), "--server", county.socket])
        #expect(again.status == 1 && again.error.contains("已存在，未覆盖"))
        try "姓名,手机,乡镇\n测试青年,13912345678,罗阳镇\n".write(toFile: home.file("young.csv"), atomically: true, encoding: .utf8)
        chown(home.file("young.csv"), try #require(getpwnam(clerk.name)).pointee.pw_uid, 0)
        chmod(home.file("young.csv"), 0o600)
        let imported = try clerk.circledesk(["import", "young-people", home.file("young.csv"), "--dry-run", "--server", county.socket])
        #expect(imported.status == 0 && imported.output.contains("新增 1"), "\(imported)")
    }

    @Test("at a served desk e and p are the person's: the list is written into their folder as them, the sheet goes to their printer")
    func deskPaperAndFilesOnThePersonsSide() throws {
        let county = try ServedCounty()
        let clerk = try LinuxUser("d")
        try county.addOperator(clerk, role: "desk")
        let uid = try #require(getpwnam(clerk.name)).pointee.pw_uid
        let home = TemporaryFolder()
        chown(home.path, uid, 0)
        chmod(home.path, 0o700)
        // A stand-in for CUPS's lp on the clerk's PATH only: the server has none of it.
        let lp = "#!/bin/sh\nfor last; do :; done\ncat \"$last\" > \(home.file("spooled.pdf"))\necho 'request id is Desk-3 (1 file(s))'\n"
        try Shell.writeExecutable(lp, at: home.file("lp"))
        chown(home.file("lp"), uid, 0)
        let desk = try TmuxSession("cd \(home.path) && runuser -u \(clerk.name) -- env -u NO_COLOR LANG=C.UTF-8 PATH=\(home.path):/usr/bin:/bin "
                                   + "\(LinuxUser.program) --server \(county.socket); echo EXIT=$?; sleep 60")
        #expect(desk.wait { $0.contains("共 124 条") }, "\(desk.text)")
        try desk.press("e")
        #expect(desk.wait { $0.contains("把这张列表导出到：求助-") }, "\(desk.text)")
        try desk.press("Enter")
        #expect(desk.wait { $0.contains("已导出 124 条求助（电话已遮盖）：/") }, "\(desk.text)")
        let exported = try #require(home.contents.first { $0.hasPrefix("求助-") && $0.hasSuffix(".csv") })
        let attributes = try FileManager.default.attributesOfItem(atPath: home.file(exported))
        #expect(attributes[.ownerAccountID] as? Int == Int(uid), "written by the clerk's own desk, not the server")
        let lines = try String(contentsOfFile: home.file(exported), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.filter { $0.contains(/^QZ-\d{4}-\d{5},/) }.count == 124)
        try desk.press("Enter")
        #expect(desk.wait { $0.contains("处理记录") }, "\(desk.text)")
        try desk.press("p")
        #expect(desk.wait(seconds: 30) { $0.contains("已送往打印机 Desk：") && $0.contains("（作业 Desk-3）") }, "\(desk.text)")
        let spooled = try FileManager.default.attributesOfItem(atPath: home.file("spooled.pdf"))
        #expect(spooled[.ownerAccountID] as? Int == Int(uid), "printed by the clerk's own desk")
        #expect(try Shell.run("/usr/bin/pdftotext", [home.file("spooled.pdf"), "-"]).output.contains("求助单"))
        try desk.press("q")
        #expect(desk.wait { $0.contains("EXIT=0") }, "\(desk.text)")
    }

    @Test("two desks on one server: a colleague's commit shows on the other desk at once")
    func colleaguesSeeEachOther() throws {
        let county = try ServedCounty()
        let clerk = try LinuxUser("d")
        try county.addOperator(clerk, role: "desk")
        let desk = "env -u NO_COLOR LANG=C.UTF-8 \(LinuxUser.program) --server \(county.socket); echo EXIT=$?; sleep 60"
        let admin = try TmuxSession(desk)
        let colleague = try TmuxSession("runuser -u \(clerk.name) -- \(desk)")
        #expect(admin.wait { $0.contains("共 124 条") }, "\(admin.text)")
        #expect(colleague.wait { $0.contains("共 124 条") && $0.contains("测试（受理）") }, "\(colleague.text)")
        let added = try clerk.circledesk(["request", "add", "--title", "台风后大棚受损", "--body", "需要人手", "--category", "创业", "--town", "罗阳镇",
                                          "--server", county.socket])
        #expect(added.status == 0, "\(added)")
        #expect(admin.wait(seconds: 2) { $0.contains("共 125 条") }, "\(admin.text)")
        #expect(colleague.wait(seconds: 2) { $0.contains("共 125 条") }, "\(colleague.text)")
        try admin.press("q")
        try colleague.press("q")
        #expect(admin.wait { $0.contains("EXIT=0") } && colleague.wait { $0.contains("EXIT=0") })
    }
}

/// Commands through a server, as the test's own login (no other users needed).
@Suite(.serialized) struct ServedCommandTests {
    @Test("a caller cannot date what the server records: --now and --db are refused through it")
    func noForeignClock() throws {
        let county = try ServedCounty()
        let dated = try Circledesk.run(["request", "add", "--title", "x", "--body", "y", "--category", "创业", "--town", "罗阳镇",
                                        "--now", "2017-01-01T09:00", "--server", county.socket, "--lang", "en"])
        #expect(dated.status == 1 && dated.error.contains("--now does not go through the server"), "\(dated)")
        let sla = try Circledesk.run(["sla", "--within", "99999999999999999", "--server", county.socket])
        #expect(sla.status == 1 && sla.error.contains("0 to 8760"), "an hour count that would overflow is refused, not a trap")
    }

    @Test("a caller killed during a large import leaves all of it or none, and the database sound", arguments: [0.05, 0.4, 1.5])
    func killedMidImport(after seconds: Double) throws {
        let county = try ServedCounty()
        let count = { () throws -> Int in
            let stats = try Circledesk.run(["stats", "--format", "json", "--db", county.database, "--now", now])
            let match = try #require(stats.output.firstMatch(of: /"young_person" : (\d+)/))
            return Int(match.output.1) ?? -1
        }
        let before = try count()
        let rows = 30_000
        var csv = "姓名,手机,乡镇\n"
        for index in 0..<rows { csv += "青年\(index),139\(String(format: "%08d", index)),罗阳镇\n" }
        let file = county.folder.file("young.csv")
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let caller = Process()
        caller.executableURL = Circledesk.binary
        caller.arguments = ["import", "young-people", file, "--server", county.socket]
        caller.standardOutput = FileHandle.nullDevice
        caller.standardError = FileHandle.nullDevice
        try caller.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(caller.processIdentifier, SIGKILL)
        caller.waitUntilExit()
        // The command the server runs may still be finishing its one transaction.
        let deadline = Date().addingTimeInterval(20)
        var after = try count()
        while after == before, Date() < deadline, ProcessLister.running("young-people") {
            Thread.sleep(forTimeInterval: 0.1)
            after = try count()
        }
        #expect(after == before || after == before + rows, "\(after - before) of \(rows) rows")
        #expect(try Circledesk.run(["check", "--db", county.database]).status == 0)
    }
}

/// Whether a process with `word` in its command line is running.
private enum ProcessLister {
    static func running(_ word: String) -> Bool {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return processes.contains { pid in
            guard Int(pid) != nil, let line = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8) else { return false }
            return line.contains(word) && line.contains("circledesk")
        }
    }
}
