import Foundation
import LeagueCore
import Served

/// Whether a command line runs here or through the county's server, and running it there.
/// The desk itself connects on its own (`CircleDesk.run`); `serve`, `init`, `demo` and
/// `backup` always run here, on the files they name.
enum Forwarding {
    /// Options before the command that take a value.
    private static let valued: Set = ["--db", "--server", "--lang", "--now"]

    /// The server to run `arguments` (without the program's name) through, or nil to run them here.
    static func server(for arguments: [String], environment: [String: String]) throws -> String? {
        guard CommandChannel.inherited == nil, let command = command(in: arguments), !ServedCommands.notServed.contains(command) else {
            return nil
        }
        if arguments.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") }) { return nil }
        if let index = arguments.firstIndex(of: "--server"), index + 1 < arguments.count { return arguments[index + 1] }
        if let given = arguments.first(where: { $0.hasPrefix("--server=") }) { return String(given.dropFirst("--server=".count)) }
        if environment["CIRCLEDESK_DB"]?.isEmpty == false { return nil }
        if let server = environment["CIRCLEDESK_SERVER"], !server.isEmpty { return server }
        return try SystemConfig.read(environment: environment).server
    }

    /// Runs `arguments` through the server at `socket`; the command's exit status.
    static func run(_ arguments: [String], through socket: String, language: Language) throws -> Int32 {
        var forwarded: [String] = [], skip = false
        for (index, argument) in arguments.enumerated() {
            if skip { skip = false; continue }
            if argument == "--server", index + 1 < arguments.count { skip = true; continue }
            if argument.hasPrefix("--server=") { continue }
            forwarded.append(argument)
        }
        return try CommandChannel.forward(forwarded, to: socket, language: language, program: circleDeskVersion) {
            ClientFiles.answer($0, named: forwarded, language: language)
        }
    }

    /// The command's name: the first word that is neither an option nor an option's value.
    static func command(in arguments: [String]) -> String? {
        var skip = false
        for argument in arguments {
            if skip { skip = false; continue }
            if valued.contains(argument) { skip = true; continue }
            if argument.hasPrefix("-") { continue }
            return argument
        }
        return nil
    }
}
