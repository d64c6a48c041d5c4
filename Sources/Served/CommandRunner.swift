import CSocketRights
import Foundation
import LeagueCore
#if canImport(Glibc)
import Glibc
#endif

/// Commands that make or copy database files: the server's operator runs them on the server
/// itself, never through it.
public enum ServedCommands {
    public static let notServed: Set = ["serve", "init", "demo", "backup", "migrate", "restore"]
}

/// Runs a caller's command line on the server: this same program, as the service account
/// that alone opens the database, acting as the caller's operator. The caller's standard
/// input, output and error are the command's own, and the connection is its descriptor 3,
/// over which it asks the caller to read, write and print files as the person they are.
struct CommandRunner {
    /// The program to run: the server's own binary.
    let program: String
    let databasePath: String
    let fixedNow: Date?

    static var notServed: Set<String> { ServedCommands.notServed }

    /// Why `arguments` may not run through the server, or nil.
    static func refusal(_ arguments: [String], _ language: Language) -> String? {
        if arguments.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") || $0 == "--server" || $0.hasPrefix("--server=") }) {
            return language.served(.optionNotServed)
        }
        // What a command records is dated by the server's clock, not by a caller's option.
        if arguments.contains(where: { $0 == "--now" || $0.hasPrefix("--now=") }) { return language.served(.nowNotServed) }
        guard let command = arguments.first(where: { !$0.hasPrefix("-") }) else { return language.served(.deskNotRun) }
        return notServed.contains(command) ? language.served(.commandNotServed, command) : nil
    }

    /// Runs the command to its end; its exit status (2 when it could not start or was killed).
    func run(_ arguments: [String], login: String, language: Language, connection: Int32, standard: [Int32]) -> Int32 {
        // Every descriptor moves out of 0...3 first, so that the child's dup2s never collide.
        let high = ([connection] + standard).map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
        defer { high.forEach { if $0 >= 0 { close($0) } } }
        guard high.allSatisfy({ $0 >= 0 }) else { return 2 }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in [(3, high[0]), (0, high[1]), (1, high[2]), (2, high[3])] {
            posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
        }
        var environment = [
            "PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "HOME=" + (ProcessInfo.processInfo.environment["HOME"] ?? "/"),
            "CIRCLEDESK_DB=" + databasePath, "CIRCLEDESK_LANG=" + language.rawValue,
            "CIRCLEDESK_ACTING=" + login, "CIRCLEDESK_CHANNEL=3",
        ]
        if let fixedNow { environment.append("CIRCLEDESK_NOW=" + CountyTime.instantString(fixedNow)) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else { return 2 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift cannot call as macros.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 2
    }

    /// The three standard files the caller sent after its `run`, or nil.
    static func receiveStandardFiles(_ connection: Int32) -> [Int32]? {
        var descriptors = [Int32](repeating: -1, count: 3)
        let count = cd_receive_descriptors(connection, &descriptors, 3)
        guard count == 3 else {
            descriptors.prefix(max(0, Int(count))).forEach { close($0) }
            return nil
        }
        return descriptors
    }

    /// Sends this process's standard input, output and error to the server.
    static func sendStandardFiles(_ connection: Int32) -> Bool {
        cd_send_descriptors(connection, [0, 1, 2], 3) == 0
    }
}
