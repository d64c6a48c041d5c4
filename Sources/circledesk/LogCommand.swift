import App
import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    /// Who did what: the office's day, step by step.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: Help.line("Who did what: every step taken on requests, the roster, diaries and squads, by everyone, oldest first."),
            discussion: Help.line("By default today's. A township secretary sees her township's."))

        @Option(help: .line("From this day (YYYY-MM-DD) or moment; default today.")) var since: String?
        @Option(help: .line("Until this day or moment, not included; default a day after --since.")) var until: String?
        @Option(help: .line("One person: their login or name.")) var who: String?
        @Option(help: .line("A township.")) var town: String?
        @Option(help: .line("text or json.")) var format: RequestCommand.Format = .text
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let labels = Labels(language: try global.language())
            let (database, account, now) = try acting.open(global)
            let vocabulary = try database.vocabulary()
            let start = try since.map { try Self.moment($0, option: "--since") } ?? CountyTime.calendar.startOfDay(for: now)
            let end = try until.map { try Self.moment($0, option: "--until") } ?? start.addingTimeInterval(86_400)
            var query = LogQuery(since: start, until: end, who: who)
            if let town { query.townshipId = try NamedArgument.township(town, option: "--town", in: vocabulary).id }
            if let own = account.ownTownship { query.townshipId = own }
            let entries = try database.dayLog(query)
            let manyDays = end.timeIntervalSince(start) > 86_400
            try Output.print(entries, format: format) { labels.logLine($0, withDay: manyDays, in: vocabulary) }
        }

        /// A day (its midnight in the county) or a moment, as typed.
        static func moment(_ text: String, option: String) throws -> Date {
            guard let date = CountyTime.parseInstant(IMEText.folded(text).trimmed) else {
                throw CLIError.badOption(name: option, value: text, expected: "YYYY-MM-DD, or 2026-11-28T09:00:00+08:00")
            }
            return date
        }
    }
}
