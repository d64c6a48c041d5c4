import ArgumentParser
import DemoCounty
import Foundation
import LeagueCore
import Photos
import Store
import TerminalKit

extension CircleDesk {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: Help.line("Build the sample county (Taishun's 19 townships; people and cases fictional)."),
            discussion: Help.line("""
                Scale 1 matches the county's published figures: 245 cadres, 63 youth communes, \
                75,215 young people in contact, 283 requests solved and 149 suggestions since July 2016. \
                Scale N makes about N x 20,000 requests and N x 30,000 diaries, for benchmarks.
                """))

        @Option(help: .line("1 for the county as published; 10 or 100 for benchmarks.")) var scale = 1
        @Option(help: .line("The random seed: the same seed, scale and --now give the same database.")) var seed: UInt64 = 2016
        @Flag(help: .line("Do nothing when the database already exists.")) var ifMissing = false
        @Option(help: .hidden) var maxPages: Int?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            try global.refuseWhenServed()
            let path = global.databasePath
            if ifMissing, FileManager.default.fileExists(atPath: path) { return }
            let started = Date()
            let options = DemoOptions(
                scale: scale, seed: seed, now: try global.instant(), creatorLogin: Login.current, pageLimit: maxPages)
            try DemoCounty.build(at: path, options: options)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 } ?? 0
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            print(language.say(.demoWritten, path, scale, megabytes, seconds))
            // Without the photo plugin the county is whole but for its pictures: say why.
            if let problem = PhotoArt.unavailable {
                FileHandle.standardError.write(Data((SafeText.line(language.say(.demoWithoutPhotos, problem.reason(language))) + "\n").utf8))
            }
        }
    }
}
