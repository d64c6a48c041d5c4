import DemoCounty
import Foundation
import LeagueCore
import Store

extension TemporaryFolder {
    /// The sample county at scale 1 in a file of this folder, seen at `now`, opened for use:
    /// for tests that change it or open it twice.
    public func sampleCounty(now: Date, creator: String = "tester") throws -> AppDatabase {
        let path = file("league.sqlite")
        try SampleCountyTemplate.copy(now: now, creator: creator, to: path)
        return try AppDatabase.open(path: path, mode: .existing)
    }

    /// The sample county in a file of this folder, and the account of its desk clerk 王敏.
    public func sampleCountyAndDesk(now: Date) throws -> (AppDatabase, Operator) {
        let database = try sampleCounty(now: now)
        return (database, try database.operatorAccount(login: "wangmin")!)
    }
}

extension Circledesk {
    public struct Failed: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// The sample county built with the program (once a run for each `now`), copied into
    /// `folder`, and the options every later command there takes: `--db FILE --now NOW`.
    public static func sampleCounty(in folder: TemporaryFolder, now: String) throws -> [String] {
        ["--db", try sampleDatabase(in: folder, now: now), "--now", now]
    }

    /// The sample county built with the program (once a run for each `now`), copied into
    /// `folder`: its file.
    public static func sampleDatabase(in folder: TemporaryFolder, now: String) throws -> String {
        let template = try SampleCountyTemplate.file("program \(now)") { path in
            let demo = try run(["demo", "--db", path, "--now", now])
            guard demo.status == 0 else { throw Failed(description: demo.error) }
        }
        let db = folder.file("league.sqlite")
        try SampleCountyTemplate.copy(file: template, to: db)
        return db
    }

    /// The shell command that runs the desk (`program`, the built one unless given) in tmux
    /// with no locale set (as under cron or ssh) and then says how it ended, for `TmuxSession`;
    /// `environment` adds `NAME=value` settings.
    /// NO_COLOR, which the test runner sets for itself, is taken away too.
    public static func deskInTerminal(database: String, now: String, environment: [String] = [], program: String = binary.path) -> String {
        let settings = (["-u LANG -u LC_ALL -u LC_CTYPE -u CIRCLEDESK_LANG -u CIRCLEDESK_AMBIGUOUS -u CIRCLEDESK_PHOTOS -u NO_COLOR"] + environment)
            .joined(separator: " ")
        return "env \(settings) \(program) --db \(database) --now \(now); echo EXIT=$?; sleep 60"
    }
}
