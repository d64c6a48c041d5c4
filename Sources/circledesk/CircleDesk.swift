import ArgumentParser
import Foundation
import LeagueCore
import Reports
import Store
import App
import TerminalKit
import TerminalNcurses
import Served
#if canImport(Glibc)
import Glibc
#endif

struct CircleDesk: ParsableCommand {
    // Every command says its name: ArgumentParser derives a missing one with
    // String(describing:), a search through all of the program's conformances for each
    // command at every start (7 ms of the desk's launch for 39 commands).
    static let configuration = CommandConfiguration(
        commandName: "circledesk",
        abstract: Help.line("The Friend Circle Plan's desk: help requests, cadres, diaries, surveys and the weekly summary."),
        discussion: Help.line("With no command it opens the desk on the database."),
        version: circleDeskVersion,
        subcommands: [Init.self, Demo.self, Check.self, Stats.self, Backup.self, OperatorCommand.self, RequestCommand.self, PhotoCommand.self, Log.self, SLA.self, Deadlines.self,
                      Import.self, Export.self, Card.self, ReviewCommand.self, ReportCommand.self, SurveyCommand.self,
                      SuggestionCommand.self, SquadCommand.self, ActivityCommand.self, ServiceDayCommand.self, Serve.self, Migrate.self, Restore.self]
    )

    @OptionGroup var global: GlobalOptions

    /// Opens the desk in the terminal.
    func run() throws {
        let language = try global.language()
        _ = try global.clockOverride()
        let environment: AppEnvironment, welcome: Welcome
        if let socket = try global.servedSocket() {
            let served = try ServedEnvironment(path: socket, language: language, program: circleDeskVersion)
            (environment, welcome) = (served, served.welcome)
        } else {
            (environment, welcome) = try local(language: language)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CLIError.notATerminal }
        let state = AppState(
            language: language, size: Size(width: 80, height: 24), now: environment.now, account: welcome.account,
            vocabulary: welcome.vocabulary, countyName: welcome.countyName, isSampleData: welcome.isSampleData)
        let backend = NcursesBackend(photos: try SystemConfig.read(environment: global.environment).photos)
        defer { backend.close() }
        Runtime(state: state, environment: environment, backend: backend).run()
    }

    /// The desk on a database file opened here, as the login running the program.
    private func local(language: Language) throws -> (AppEnvironment, Welcome) {
        let database = try AppDatabase.open(path: global.databasePath, mode: .existing)
        let login = Login.current
        guard let account = try database.operatorAccount(login: login), account.active else {
            throw CLIError.unknownLogin(login: login, path: database.path)
        }
        // A fixed --now keeps the desk at that moment; otherwise the clock runs. Whatever a
        // desk does is recorded, so only the sample county's desk may be held at a moment.
        let moment: Date? = try global.clockOverride() != nil ? try global.recordingInstant(in: database) : nil
        let isSample = try database.isSampleCounty()
        let clock: @Sendable () -> Date = { moment ?? Date() }
        let welcome = Welcome(account: account, vocabulary: try database.vocabulary(), countyName: try database.setting("county_name") ?? "",
                              isSampleData: isSample, fixedNow: moment, program: circleDeskVersion)
        return (StoreEnvironment(database: database, account: account, language: language, clock: clock), welcome)
    }
}

extension CircleDesk {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: Help.line("Create an empty database; your login becomes its first admin."))

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            try global.refuseWhenServed()
            let path = global.databasePath
            if FileManager.default.fileExists(atPath: path) { throw StoreError.alreadyExists(path: path) }
            // A new county is a real one: its first record is dated by the system's clock.
            if try global.clockOverride() != nil { throw CLIError.clockNotForRecording(path: path) }
            // Made whole beside the path and put in place with its admin, or not at all.
            let partial = PartialFile(for: path)
            defer { partial.discard() }
            let admin: Operator
            do {
                let database = try AppDatabase.open(path: partial.path, mode: .createIfMissing)
                admin = try database.ensureAdmin(login: Login.current, at: Date())
                try database.close()
            } catch let error as StoreError {
                throw error.naming(path)
            }
            try partial.place()
            print(language.say(.databaseCreated, path, admin.login))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: Help.line("Check the database file: SQLite's integrity check, every foreign key, and the tables, indexes and triggers this version needs."))

        @Flag(help: .line("First count the reports' tallies again from the history, and index the open requests' words again, where they differ from it."))
        var repair = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let database = try global.openAsOwnerOrAdmin()
            if repair {
                let recounted = try database.repairTallies()
                if !recounted.isEmpty { print(language.say(.talliesRecounted, recounted.joined(separator: language.say(.listSeparator)))) }
            }
            let problems = try database.problems()
            guard problems.isEmpty else {
                problems.forEach { print($0) }
                throw CLIError.problemsFound(path: database.path, count: problems.count)
            }
            print(language.say(.databaseSound, database.path))
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: Help.line("Bring a database written by an older version up to this one, after a backup beside it (its owner only)."))

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let path = global.databasePath
            var status = stat()
            if stat(path, &status) == 0, status.st_uid != geteuid() { throw StoreError.permissionDenied(path: path) }
            let database = try AppDatabase.open(path: path, mode: .migrating)
            print(database.keptBeforeMigration.map { language.say(.migrated, path, $0) } ?? language.say(.upToDate, path))
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: Help.line("Count everything, for the county and per township."))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: .line("text or json.")) var format: Format = .text
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let now = try global.instant()
            let (database, _) = try global.openAsOperator(needing: .read)
            let stats = try database.stats(now: now)
            switch format {
            case .text:
                print(StatsText.render(stats, language: language), terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                print(String(decoding: try encoder.encode(stats), as: UTF8.self))
            }
        }
    }
}
