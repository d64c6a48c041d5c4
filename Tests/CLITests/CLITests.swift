@testable import circledesk
import LeagueCore
import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

@Suite struct CLITests {
    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try Circledesk.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("--help, a command's --help and help COMMAND print the help (in Chinese by default) and exit 0", arguments: [
        (["--help"], "子命令："), (["-h"], "squad"), (["report", "--help"], "weekly"),
        (["help", "squad"], "成立一个项目的帮帮团"), (["squad", "add", "--help"], "--leader"),
    ])
    func help(arguments: [String], shown: String) throws {
        let result = try Circledesk.run(arguments)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("用法：") && result.output.lowercased().contains(shown.lowercased()), "\(result.output)")
        #expect(!result.output.contains("USAGE:") && !result.output.contains("Show help information"), "the parser's words in Chinese too")
        #expect(result.error.isEmpty)
        let english = try Circledesk.run(arguments + ["--lang", "en"])
        #expect(english.status == 0 && english.output.contains("USAGE:") && !english.output.contains("用法"), "\(english.output)")
    }

    @Test("demo twice with the same --now gives identical stats, and check says ok")
    func demoIsDeterministic() throws {
        let folder = TemporaryFolder()
        for name in ["a.sqlite", "b.sqlite"] {
            let result = try Circledesk.run(["demo", "--db", folder.file(name), "--now", now])
            #expect(result.status == 0, "\(result.error)")
        }
        let a = try Circledesk.run(["stats", "--db", folder.file("a.sqlite"), "--now", now, "--format", "json"])
        let b = try Circledesk.run(["stats", "--db", folder.file("b.sqlite"), "--now", now, "--format", "json"])
        #expect(a.status == 0)
        #expect(a.output == b.output)
        #expect(a.output.contains("\"solved_requests\" : 283"))
        #expect(a.output.contains("\"youth_in_contact\" : 75215"))
        let check = try Circledesk.run(["check", "--db", folder.file("a.sqlite")])
        #expect(check.status == 0)
        #expect(check.output.hasPrefix("ok"))
        // Nothing else is left beside the databases.
        #expect(folder.contents.allSatisfy { $0.hasPrefix("a.sqlite") || $0.hasPrefix("b.sqlite") })
    }

    @Test("check names the tallies and the open requests' word index changed by hand; check --repair counts them again, and the reports are as before")
    func repairTallies() throws {
        let folder = TemporaryFolder()
        let path = folder.file("county.sqlite")
        #expect(try Circledesk.run(["demo", "--db", path, "--now", now]).status == 0)
        let weekly = ["report", "weekly", "--db", path, "--now", now, "--week", "2026-W48", "--format", "json"]
        let before = try Circledesk.run(weekly)
        #expect(before.status == 0)
        let edit = try Shell.run("/usr/bin/sqlite3", [path, """
            UPDATE request_tally SET received = received + 5
            WHERE (day, township_id, category_id) = (SELECT day, township_id, category_id FROM request_tally ORDER BY day DESC LIMIT 1);
            DELETE FROM clock_tally WHERE day = (SELECT min(day) FROM clock_tally);
            INSERT INTO open_request_grams (open_request_grams) VALUES ('delete-all');
            """])
        #expect(edit.status == 0, "\(edit.error)")
        let broken = try Circledesk.run(["check", "--db", path, "--lang", "en"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("request_tally: 1 rows differ") && broken.output.contains("clock_tally: "), "\(broken.output)")
        #expect(broken.output.contains("open_request_grams: ") && !broken.output.contains("open_request_fts: "), "\(broken.output)")
        #expect(try Circledesk.run(weekly).output != before.output)
        let repaired = try Circledesk.run(["check", "--repair", "--db", path, "--lang", "en"])
        #expect(repaired.status == 0, "\(repaired.output)\(repaired.error)")
        #expect(repaired.output.hasPrefix("counted again from the history: request_tally, clock_tally, open_request_fts, open_request_grams\nok"),
                "\(repaired.output)")
        #expect(try Circledesk.run(["check", "--repair", "--db", path]).output.hasPrefix("ok"), "nothing left to recount")
        #expect(try Circledesk.run(weekly).output == before.output)
    }

    @Test("the desk opens only for a known operator, and only in a terminal")
    func operatorAtTheKeyboard() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        #expect(try Circledesk.run(["init", "--db", path]).status == 0)
        let noTerminal = try Circledesk.run(["--db", path, "--lang", "en"])
        #expect(noTerminal.status == 1)
        #expect(noTerminal.error.contains("needs a terminal"))

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, "UPDATE operator SET login = 'someone-else'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let refused = try Circledesk.run(["--db", path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("is not an operator"))
        #expect(refused.output.isEmpty)
    }

    @Test("bad input: a clear one-line message, exit 1, nothing changed", arguments: BadInput.allCases)
    func badInput(_ input: BadInput) throws {
        let folder = TemporaryFolder()
        let (arguments, expected) = try input.prepare(in: folder)
        // What a user would lose: the files themselves (a -wal or -shm that SQLite leaves
        // beside a WAL database it only read holds no data of theirs).
        func files() -> [Data?] {
            folder.contents.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
                .map { try? Data(contentsOf: URL(fileURLWithPath: folder.file($0))) }
        }
        let before = files()
        let result = try Circledesk.run(arguments)
        #expect(result.status == 1, "\(result.error)")
        #expect(result.error.hasPrefix("circledesk: "))
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
        #expect(result.error.contains(expected), "\(result.error)")
        #expect(files() == before)
    }

    @Test("two inits of the same database at once: one makes it whole with its admin, the other says it exists; nothing is left beside it")
    func racingInit() throws {
        for round in 0..<5 {
            let folder = TemporaryFolder()
            let path = folder.file("race\(round).sqlite")
            let processes = (0..<2).map { _ in
                let process = Process()
                process.executableURL = Circledesk.binary
                process.arguments = ["init", "--db", path, "--lang", "en"]
                return process
            }
            let errors = try processes.map { process in
                let pipe = Pipe()
                process.standardError = pipe
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                return pipe
            }
            for process in processes { process.waitUntilExit() }
            let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            #expect(processes.map(\.terminationStatus).sorted() == [0, 1], "\(messages)")
            #expect(messages.joined().contains("already exists"), "\(messages)")
            #expect(try Circledesk.run(["check", "--db", path]).status == 0)
            #expect(try Circledesk.run(["operator", "list", "--db", path]).output.contains("admin"))
            #expect(folder.contents == ["race\(round).sqlite"])
        }
    }
}

/// Inputs a user gets wrong, each with the part of the message that tells them what.
enum BadInput: String, CaseIterable, CustomTestStringConvertible {
    case missingDatabase, notSQLite, otherProgram, newerVersion, unwritablePath, diskFull, demoOverExisting
    case badNow, badLang, unknownCommand, backupOverExisting

    var testDescription: String { rawValue }

    func prepare(in folder: TemporaryFolder) throws -> ([String], String) {
        let path = folder.file("league.sqlite")
        switch self {
        case .missingDatabase:
            return (["stats", "--db", path], "circledesk init")
        case .notSQLite:
            try Data("名单\n张三,13800000000\n".utf8).write(to: URL(fileURLWithPath: path))
            return (["stats", "--db", path], "不是 SQLite 数据库")
        case .otherProgram:
            try sqlite(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            return (["check", "--db", path, "--lang", "en"], "another program's database")
        case .newerVersion:
            _ = try Circledesk.run(["init", "--db", path])
            // What a newer version leaves: a migration this one does not know, counted in the header.
            let count = try #require(Int(Shell.run("/usr/bin/sqlite3", [path, "PRAGMA user_version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)))
            try sqlite(path, "INSERT INTO grdb_migrations VALUES ('v99 later'); PRAGMA user_version = \(count + 1);")
            return (["stats", "--db", path], "更新版本")
        case .unwritablePath:
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file("plain-file")))
            return (["init", "--db", folder.file("plain-file/league.sqlite"), "--lang", "en"], "cannot open or create")
        case .diskFull:
            return (["demo", "--db", path, "--now", now, "--max-pages", "300", "--lang", "en"], "disk filled up")
        case .demoOverExisting:
            _ = try Circledesk.run(["init", "--db", path])
            return (["demo", "--db", path, "--now", now], "已存在")
        case .badNow:
            _ = try Circledesk.run(["init", "--db", path])
            return (["stats", "--db", path, "--now", "yesterday"], "--now")
        case .badLang:
            return (["stats", "--db", path, "--lang", "fr"], "--lang")
        case .unknownCommand:
            return (["frobnicate"], "frobnicate")
        case .backupOverExisting:
            _ = try Circledesk.run(["init", "--db", path])
            try Data("old".utf8).write(to: URL(fileURLWithPath: folder.file("copy.sqlite")))
            return (["backup", "--db", path, "--to", folder.file("copy.sqlite")], "copy.sqlite")
        }
    }

    private func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
    }
}

@Suite struct OperatorCommandTests {
    @Test("an admin adds, lists and disables accounts; mistakes are refused plainly")
    func accounts() throws {
        let folder = TemporaryFolder()
        let db = folder.file("league.sqlite")
        #expect(try Circledesk.run(["init", "--db", db]).status == 0)
        let added = try Circledesk.run(["operator", "add", "wuhao", "--name", "吴浩", "--role", "township_secretary",
                                        "--township", "罗阳镇", "--db", db])
        // An empty database has no townships yet: the secretary's township must exist.
        #expect(added.status == 1)
        #expect(added.error.contains("没有乡镇“罗阳镇”"))
        #expect(try Circledesk.run(["operator", "add", "chenjing", "--name", "陈静", "--role", "reviewer", "--db", db]).status == 0)
        let twice = try Circledesk.run(["operator", "add", "chenjing", "--name", "陈静", "--role", "reviewer", "--db", db, "--lang", "en"])
        #expect(twice.status == 1)
        #expect(twice.error.contains("already has an account"))
        let noTown = try Circledesk.run(["operator", "add", "x", "--name", "x", "--role", "township_secretary", "--db", db, "--lang", "en"])
        #expect(noTown.error.contains("needs --township"))
        let list = try Circledesk.run(["operator", "list", "--db", db])
        #expect(list.output.contains("chenjing\t陈静\treviewer\t-\tactive"))
        #expect(try Circledesk.run(["operator", "disable", "chenjing", "--db", db]).status == 0)
        #expect(try Circledesk.run(["operator", "list", "--db", db]).output.contains("chenjing\t陈静\treviewer\t-\tdisabled"))
        let me = try Circledesk.run(["operator", "list", "--db", db]).output.split(separator: "\n").first!.split(separator: "\t").first!
        let last = try Circledesk.run(["operator", "disable", String(me), "--db", db, "--lang", "en"])
        #expect(last.status == 1)
        #expect(last.error.contains("last active admin"))
    }
}

@Suite struct SaidTests {
    @Test("what the commands print is in both languages, with the same holes in the same order")
    func complete() {
        #expect(Said.book.problems == [])
        #expect(Language.en.say(.actionDone, "QZ-2026-00005", "assign", 3) == "QZ-2026-00005: assign (version 3)")
    }
}
