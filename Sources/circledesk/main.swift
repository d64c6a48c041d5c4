import ArgumentParser
import Foundation
import LeagueCore
import Served
import Store
import TerminalKit

// Exit codes: 0 ok, 1 a mistake the user can fix (one line on stderr), 2 an internal error,
// 3 `sla` found something overdue.

/// The language for error messages, read before parsing so that parse errors use it too.
let messageLanguage = Help.language

/// One line on standard error. Messages carry paths, names and a server's words: whatever
/// control characters they hold are shown, not obeyed.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("circledesk: \(SafeText.line(message))\n".utf8))
    exit(code)
}

// A desk or command opening a database that another program is creating or migrating waits
// for it, and says so first (before any screen is up).
FolderWait.notice = { folder, holder in
    let language = messageLanguage
    FileHandle.standardError.write(Data("circledesk: \(SafeText.line(language.say(.waitingForFolder, folder, holder ?? language.say(.someProgram))))\n".utf8))
}

var command: ParsableCommand
do {
    command = try CircleDesk.parseAsRoot()
} catch {
    if CircleDesk.exitCode(for: error) == .success { Help.answer(error) }
    fail(CircleDesk.message(for: error), code: 1)
}
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let socket = try Forwarding.server(for: arguments, environment: ProcessInfo.processInfo.environment) {
        exit(try Forwarding.run(arguments, through: socket, language: messageLanguage))
    }
    do {
        try command.run()
    } catch {
        // The disk, the file or a colleague's lock, met in the middle of a command: said as
        // such, naming the database; anything else SQLite says is a bug, and stays one.
        throw StoreError.translated(error, path: DatabaseLocation.resolve(flag: GlobalOptions.flag("--db"), environment: ProcessInfo.processInfo.environment))
    }
} catch let error as UserFacingError {
    // Damage met anywhere marks the file: from now on it is read, not written, until a restore.
    if case let StoreError.corrupt(path, detail) = error { DamageMark.set(for: path, detail: detail) }
    // A monitor asked through a server that could not be reached still reads UNKNOWN.
    let arguments = CommandLine.arguments
    if Forwarding.command(in: Array(arguments.dropFirst())) == "sla", arguments.contains("nagios") || arguments.contains("--format=nagios") {
        print("CIRCLEDESK SLA UNKNOWN - " + SafeText.line(error.message(.en)))
        exit(3)
    }
    fail(error.message(messageLanguage), code: 1)
} catch let code as ExitCode {
    // A command's own answer, such as `sla` finding something overdue (3).
    exit(code.rawValue)
} catch where CircleDesk.exitCode(for: error) == .success {
    // `--help` and `help COMMAND` parse into the parser's own help command, which answers
    // by throwing: the parser prints the help and exits 0.
    Help.answer(error)
} catch {
    // Its own words may hold personal data: they go to the log file, the person gets where.
    let reference = ErrorLog.record(error, during: Forwarding.command(in: Array(CommandLine.arguments.dropFirst())) ?? "desk")
    fail(messageLanguage.say(.internalError, reference, ErrorLog.file()), code: 2)
}
