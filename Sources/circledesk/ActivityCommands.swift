import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct ActivityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activity", abstract: Help.line("Activity polls (服务菜单): post a menu, record replies, say what changed."),
            subcommands: [List.self, Post.self, Reply.self, Outcome.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("Every activity with its tally, comments and outcome."))
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .read)
                for poll in try database.service.activityPolls() {
                    print(SafeText.line("\(poll.id)  \(poll.title)  \(poll.township ?? "-")  \(language.say(.replies, poll.replies))"))
                    for option in poll.options { print(SafeText.line("    \(option.position). \(option.label)  \(option.replies)")) }
                    for comment in poll.comments { print(SafeText.line("    “\(comment)”")) }
                    if let outcome = poll.outcome { print(SafeText.line("    → \(outcome)")) }
                }
            }
        }

        struct Post: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "post", abstract: Help.line("Post an activity draft with its menu of options; prints its number."))
            @Option(parsing: .unconditional, help: .line("The activity.")) var title: String
            @Option(parsing: .unconditional, help: .line("What is planned.")) var draft = ""
            @Option(parsing: .unconditionalSingleValue, help: .line("An option of the menu (two at least; repeat the option).")) var option: [String] = []
            @Option(help: .line("Its township.")) var town: String?
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                print(try database.service.postActivity(title: title, draft: draft, options: option, township: try NamedArgument.townshipName(town, database: database), by: account, at: now))
            }
        }

        struct Reply: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "reply", abstract: Help.line("Record one reply: the option chosen, and what they said."))
            @Argument(help: .line("The activity's number.")) var activity: Int64
            @Option(help: .line("The option chosen, numbered from 1.")) var option: Int
            @Option(parsing: .unconditional, help: .line("Their name, if they gave it.")) var name = ""
            @Option(parsing: .unconditional, help: .line("What they said.")) var comment = ""
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, _) = try global.openAsOperator(needing: .organiseService)
                try database.service.recordActivityReply(activity: activity, option: option, respondent: name, comment: comment, at: try global.recordingInstant(in: database))
            }
        }

        struct Outcome: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "outcome", abstract: Help.line("Say how the activity changed because of the replies."))
            @Argument(help: .line("The activity's number.")) var activity: Int64
            @Option(parsing: .unconditional, help: .line("What changed.")) var text: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                try database.service.recordActivityOutcome(activity: activity, outcome: text, by: account, at: now)
            }
        }
    }
}

extension ActivityError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case (.blankTitle, .zh): "活动要有名称。"
        case (.blankTitle, .en): "an activity needs a title"
        case (.tooFewOptions, .zh): "菜单至少要有两个选项（--option 写两次以上）。"
        case (.tooFewOptions, .en): "a menu needs two options at least (--option twice)"
        case let (.noSuchActivity(id), .zh): "没有编号为 \(id) 的活动。"
        case let (.noSuchActivity(id), .en): "no activity \(id)"
        case let (.noSuchOption(option), .zh): "没有第 \(option) 个选项。"
        case let (.noSuchOption(option), .en): "no option \(option)"
        case (.blankOutcome, .zh): "请写明活动怎样调整。"
        case (.blankOutcome, .en): "say what changed"
        case (.notAllowed, .zh): "你的账号不能发布或调整活动。"
        case (.notAllowed, .en): "your account may not post or change activities"
        }
    }
}
