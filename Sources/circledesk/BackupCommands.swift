import ArgumentParser
import Foundation
import LeagueCore
import Served
import Store

extension CircleDesk {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: Help.line("Copy the database safely while others are writing: to a new file, or dated into the backup folder."),
            subcommands: [Make.self, List.self], defaultSubcommand: Make.self)

        struct Make: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "make",
                abstract: Help.line("A backup: --to a new file, or --into a folder (else `backups` in the settings), checked, "
                    + "keeping the newest of 7 days, 4 weeks and 12 months there."))

            @Option(help: .line("A new file; it must not exist yet.")) var to: String?
            @Option(help: .line("The backup folder: a dated, checked copy, the older ones thinned out.")) var into: String?
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let database = try global.openAsOwnerOrAdmin(mode: .copying)
                let file: String
                if let to {
                    if FileManager.default.fileExists(atPath: to) { throw StoreError.alreadyExists(path: to) }
                    try database.backUp(to: to)
                    file = to
                } else {
                    file = try database.backUp(into: try backupFolder(into, global), at: Date())
                }
                // The seal goes to the timer's journal too: a record of the history kept elsewhere.
                print(try database.historySeal().map { language.say(.backedUpSealed, file, $0) } ?? language.say(.backedUp, file))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("The backups in the backup folder, newest first."))
            @Option(help: .line("The backup folder (else `backups` in the settings).")) var into: String?
            @OptionGroup var global: GlobalOptions

            func run() throws {
                _ = try global.language()
                for entry in BackupFolder(path: try backupFolder(into, global)).entries() {
                    print("\(CountyTime.instantString(entry.takenAt))\t\(BackupFolder.sizeText(Int64(entry.bytes)))\t\(entry.path)")
                }
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: Help.line("Put a backup back in place of the database (its owner or an admin, with the server stopped)."),
            discussion: Help.line("The backup is checked first; the database it replaces is kept beside it, and the counts before and after are shown."))

        @Argument(help: .line("The backup file.")) var file: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let config = try SystemConfig.read(environment: global.environment)
            // The server keeps the county in memory too: it must not be running meanwhile.
            if let socket = config.server, DeskServer.isListening(at: socket) { throw CLIError.serverRunning(socket: socket) }
            let database = try global.openAsOwnerOrAdmin(mode: .replacing)
            let restored = try database.restore(from: file, at: Date())
            print(language.say(.restored, file, database.path, restored.keptAt))
            for count in restored.counts { print("  \(count.table)\t\(count.before) → \(count.after)") }
            if restored.photosCopied > 0 || restored.photosMissing > 0 {
                print(language.say(.photosRestored, restored.photosCopied / 2, restored.photosMissing))
            }
        }
    }
}

/// The backup folder named on the command line, else in the settings.
private func backupFolder(_ given: String?, _ global: GlobalOptions) throws -> String {
    if let given { return given }
    guard let folder = try SystemConfig.read(environment: global.environment).backups else { throw CLIError.noBackupFolder }
    return folder
}
