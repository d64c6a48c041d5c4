import ArgumentParser
import Foundation
import LeagueCore
import Store

extension CircleDesk {
    struct PhotoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "photo",
            abstract: Help.line("The photos kept with requests and diaries: write one to a file; keep or drop phones' positions."),
            subcommands: [Get.self, KeepLocation.self])

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "get",
                abstract: Help.line("Write a kept photo (JPEG) to a new file, to open it with another program."),
                discussion: Help.line("The photo's number is in circledesk request show and in the desk. The file is yours alone (0600): photos show young people."))
            @Argument(help: .line("The photo's number.")) var id: Int64
            @Flag(help: .line("The small thumbnail instead of the photo.")) var thumbnail = false
            @OptionGroup var output: OutputFile
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                if output.output == nil, isatty(STDOUT_FILENO) == 1 { throw CLIError.binaryToTerminal }
                let (database, account, _) = try acting.open(global)
                guard let photo = try database.photos.photo(id: id, for: account) else { throw CLIError.noSuchPhoto(id) }
                guard let bytes = database.photos.bytes(of: photo, thumbnail: thumbnail) else {
                    throw CLIError.photoFileMissing(id, database.photoFolder.file(photo.sha256, thumbnail: thumbnail))
                }
                try output.write { try $0(Data(bytes)) }
                if let file = output.output {
                    FileHandle.standardError.write(Data((language.say(.photoWritten, id, file, photo.width, photo.height) + "\n").utf8))
                }
            }
        }

        struct KeepLocation: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "keep-location",
                abstract: Help.line("Whether photos taken in from now on keep the GPS position their phone wrote in them (admins only)."),
                discussion: Help.line("Off by default: a photo's position says where a young person, a minor perhaps, lives. Photos already kept stay as they are."))
            @Argument(help: .line("on or off.")) var setting: Switch
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            enum Switch: String, ExpressibleByArgument, CaseIterable { case on, off }

            func run() throws {
                let language = try global.language()
                let (database, account, _) = try acting.open(global, needing: .administer, recording: true)
                try database.photos.setKeepsLocation(setting == .on, by: account)
                print(language.say(setting == .on ? .keepLocation : .dropLocation))
            }
        }
    }
}
