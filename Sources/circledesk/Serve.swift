import ArgumentParser
import Foundation
import LeagueCore
import Served
import Store
#if canImport(Glibc)
import Glibc
#endif

extension CircleDesk {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: Help.line("Serve the county's database to every desk in the office, as the one account that may open it."),
            discussion: Help.line("""
                Run it as the service account (see docs/deployment.md). Desks and commands connect to the socket; \
                who they are is the kernel's word for their Linux login, matched to an operator.
                """))

        @Option(help: .line("The socket to listen on (else `server` in the configuration, else /run/circledesk/circledesk.sock)."))
        var socket: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let config = try SystemConfig.read(environment: global.environment)
            let socketPath = socket ?? config.server ?? "/run/circledesk/circledesk.sock"
            let databasePath = global.database ?? global.environment["CIRCLEDESK_DB"].flatMap { $0.isEmpty ? nil : $0 }
                ?? config.database ?? "/var/lib/circledesk/league.sqlite"
            // Whatever the server creates (the -wal and -shm beside the file) is its own alone.
            umask(0o077)
            // The server brings an older database up to date itself, after a backup beside it.
            let database = try AppDatabase.open(path: databasePath, mode: .migrating)
            try FileModes.keepPrivate(databasePath) { folder in
                FileHandle.standardError.write(Data((language.say(.folderOpen, folder) + "\n").utf8))
            }
            // The office's server records what every desk does: only the sample county's may be
            // held at a moment given.
            let fixedNow = try global.clockOverride().map { _ in try global.recordingInstant(in: database) }
            try FileManager.default.createDirectory(atPath: (socketPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
            let server = try DeskServer(database: database, socketPath: socketPath, program: circleDeskVersion, fixedNow: fixedNow,
                                        commands: ownProgram)
            FileHandle.standardError.write(Data((language.say(.listening, socketPath, databasePath) + "\n").utf8))
            Self.stopOnSignals(server)
            server.run()
        }
    }
}

extension CircleDesk.Serve {
    /// SIGTERM (systemctl stop) and SIGINT end the server cleanly: desks are told by their
    /// connection closing, the socket file goes. Whatever the parent blocked is unblocked.
    static func stopOnSignals(_ server: DeskServer) {
        var none = sigset_t()
        sigemptyset(&none)
        for signal in [SIGTERM, SIGINT] {
            var one = none
            sigaddset(&one, signal)
            pthread_sigmask(SIG_UNBLOCK, &one, nil)
            Glibc.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                server.stop()
                Glibc.exit(0)
            }
            source.resume()
            stopSources.append(source)
        }
    }
}

/// Kept for the life of the process: a signal source that is let go stops listening.
nonisolated(unsafe) private var stopSources: [DispatchSourceSignal] = []

/// This program's own file, to run callers' command lines with.
private var ownProgram: String? {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
}

/// The database is the service account's alone: the file and what SQLite keeps beside it
/// 0600. Its folder is the installer's to make 0700 (a folder is not the server's to change:
/// it may be someone's home); one others may enter is only warned about.
enum FileModes {
    static func keepPrivate(_ databasePath: String, warn: (String) -> Void) throws {
        for path in [databasePath, databasePath + "-wal", databasePath + "-shm"] where FileManager.default.fileExists(atPath: path) {
            guard chmod(path, 0o600) == 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        }
        let folder = (databasePath as NSString).deletingLastPathComponent
        var status = stat()
        if stat(folder.isEmpty ? "." : folder, &status) == 0, status.st_mode & 0o077 != 0 {
            warn(folder.isEmpty ? "." : folder)
        }
    }
}
