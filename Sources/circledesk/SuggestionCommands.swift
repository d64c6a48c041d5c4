import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct SuggestionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggestion", abstract: Help.line("Suggestions from young people (意见建议): list, add, answer."),
            subcommands: [List.self, Add.self, Answer.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: Help.line("Unanswered first (oldest first; over a week marked overdue), then the answered."))
            @Flag(help: .line("Only those not answered yet.")) var unanswered = false
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let now = try global.instant()
                let (database, _) = try global.openAsOperator(needing: .read)
                for row in try database.service.suggestions(unansweredOnly: unanswered) {
                    let state = language.say(row.answer != nil ? .answered : row.overdue(at: now.unixSeconds) ? .unansweredOverdue : .unanswered)
                    let line = "\(row.ref)\t\(CountyTime.dayString(Date(unixSeconds: row.receivedAt)))\t\(state)\t\(row.township ?? "-")\t\(row.content)"
                        + (row.answer.map { "\t→ \($0)" } ?? "")
                    print(SafeText.line(line.replacingOccurrences(of: "\t", with: "  ")))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: Help.line("Log a suggestion; prints its reference."))
            @Option(parsing: .unconditional, help: .line("What was suggested.")) var content: String
            @Option(help: .line("The township it came from.")) var town: String?
            @Option(help: .line("moments | phone | visit | commune.")) var source: RequestSource = .moments
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                print(try database.service.addSuggestion(content: content, source: source, township: try NamedArgument.townshipName(town, database: database), by: account, at: now))
            }
        }

        struct Answer: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "answer", abstract: Help.line("Answer a suggestion."))
            @Argument(help: .line("Its reference, e.g. YJ-2026-00012.")) var ref: String
            @Option(parsing: .unconditional, help: .line("The answer.")) var answer: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                try database.service.answerSuggestion(ref: ref, answer: answer, by: account, at: now)
                print(language.say(.suggestionAnswered, ref.uppercased()))
            }
        }
    }
}

extension SuggestionError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case (.emptyContent, .zh): "意见建议的内容不能为空。"
        case (.emptyContent, .en): "a suggestion needs its words"
        case (.emptyAnswer, .zh): "答复不能为空。"
        case (.emptyAnswer, .en): "an answer cannot be empty"
        case let (.unknownTownship(name), .zh): "没有乡镇“\(name)”。"
        case let (.unknownTownship(name), .en): "no township called \(name)"
        case let (.noSuchSuggestion(ref), .zh): "没有编号为 \(ref) 的意见建议。"
        case let (.noSuchSuggestion(ref), .en): "no suggestion \(ref)"
        case let (.alreadyAnswered(by, at), .zh): "已由 \(by ?? "?") 于 \(CountyTime.instantString(Date(unixSeconds: at))) 答复过。"
        case let (.alreadyAnswered(by, at), .en): "already answered by \(by ?? "?") at \(CountyTime.instantString(Date(unixSeconds: at)))"
        case (.notAllowed, .zh): "你的账号不能处理意见建议。"
        case (.notAllowed, .en): "your account may not handle suggestions"
        }
    }
}
