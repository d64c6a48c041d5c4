import ArgumentParser
import Foundation
import LeagueCore
import Store
#if canImport(Glibc)
import Glibc
#endif

/// Options every command takes, resolved against the environment the same way everywhere.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: .line("Database file (else $CIRCLEDESK_DB, else ~/.local/share/circledesk/league.sqlite)."))
    var database: String?

    @Option(help: .line("The county's server socket (else $CIRCLEDESK_SERVER, else `server` in /etc/circledesk/circledesk.conf); --db works on a file instead."))
    var server: String?

    @Option(help: .line("Treat this moment as now, e.g. 2026-11-28T09:00:00+08:00 (else $CIRCLEDESK_NOW)."))
    var now: String?

    @Option(help: .line("Language of messages: zh or en (else $CIRCLEDESK_LANG, else the locale)."))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// A global option's value read from the command line before it is parsed (`--lang zh`,
    /// `--db=FILE`; the last one counts): for help and for messages about a failure.
    static func flag(_ name: String) -> String? {
        let arguments = CommandLine.arguments
        var value: String?
        for (index, argument) in arguments.enumerated() {
            if argument == name, index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix(name + "=") { value = String(argument.dropFirst(name.count + 1)) }
        }
        return value
    }

    var databasePath: String {
        DatabaseLocation.resolve(flag: database, environment: environment)
    }

    /// The server to work through, or nil to open a database file here: an explicit `--db`
    /// (or `$CIRCLEDESK_DB`) always means the file.
    func servedSocket() throws -> String? {
        if let server, !server.isEmpty { return server }
        if database?.isEmpty == false || environment["CIRCLEDESK_DB"]?.isEmpty == false { return nil }
        if let server = environment["CIRCLEDESK_SERVER"], !server.isEmpty { return server }
        return try SystemConfig.read(environment: environment).server
    }

    /// For `init` and `demo`: on a machine whose county is served, a new database of one's
    /// own is a mistake unless a file is named.
    func refuseWhenServed() throws {
        if let socket = try servedSocket() { throw CLIError.countyIsServed(socket: socket) }
    }

    func language() throws -> Language {
        guard let language = Language.resolve(flag: lang, environment: environment) else {
            throw CLIError.badOption(name: "--lang", value: lang ?? "", expected: "zh | en")
        }
        return language
    }

    /// The moment given with `--now` (or `$CIRCLEDESK_NOW`), if any.
    func clockOverride() throws -> Date? {
        let text = now ?? environment["CIRCLEDESK_NOW"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text else { return nil }
        guard let date = CountyTime.parseInstant(text) else {
            throw CLIError.badOption(
                name: now != nil ? "--now" : "$CIRCLEDESK_NOW", value: text,
                expected: "2026-11-28T09:00:00+08:00 | 2026-11-28 09:00 | 2026-11-28")
        }
        return date
    }

    /// The moment things are read at: `--now` if given, else the system's clock.
    func instant() throws -> Date { try clockOverride() ?? Date() }

    /// The moment a change is recorded at: the system's clock. A moment given with `--now`
    /// only reads, except in the sample county, whose history is made up; a real county's
    /// history is evidence, and nobody may date what is written to it.
    func recordingInstant(in database: AppDatabase) throws -> Date {
        guard let given = try clockOverride() else { return Date() }
        guard try database.isSampleCounty() else { throw CLIError.clockNotForRecording(path: database.path) }
        return given
    }

    /// Opens the database for the operator running the program, who must be allowed
    /// `permission`: anyone else is told so, in one line, before anything is read.
    func openAsOperator(needing permission: Permission = .read, mode: AppDatabase.OpenMode = .existing) throws -> (AppDatabase, Operator) {
        let database = try AppDatabase.open(path: databasePath, mode: mode)
        let login = Login.current
        guard let account = try database.operatorAccount(login: login), account.active else {
            throw CLIError.unknownLogin(login: login, path: database.path)
        }
        guard account.role.may(permission) else { throw CLIError.notAllowed(account, permission) }
        return (database, account)
    }

    /// Opens the database for a command on the file itself (check, backup): the file's owner
    /// (the service account, or whoever made it on a laptop) or an admin.
    func openAsOwnerOrAdmin(mode: AppDatabase.OpenMode = .existing) throws -> AppDatabase {
        var status = stat()
        if stat(databasePath, &status) == 0, status.st_uid == geteuid() {
            return try AppDatabase.open(path: databasePath, mode: mode)
        }
        return try openAsOperator(needing: .administer, mode: mode).0
    }
}
