import App
import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct SquadCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "squad", abstract: Help.line("Help squads (帮帮团) of volunteer projects, and their plans filed with the county."),
            subcommands: [List.self, Add.self, Plan.self, Act.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("Every squad: project, township, leader, members, where its plan stands."))
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .read)
                for squad in try database.service.helpSquads() {
                    let state = Labels(language: language).squadPlan(squad.planState)
                    var line = "\(squad.id)  \(squad.project) · \(squad.name)  \(squad.township ?? "-")  \(squad.leader ?? "-")"
                        + "  \(language.say(.members, squad.members.count))  \(state)"
                    if let reason = squad.returnedBecause { line += "(\(reason))" }
                    print(SafeText.line(line))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Help.line("Form a squad of a project (the project is started if it is new); prints its number. Its plan starts as a draft."))
            @Option(help: .line("The volunteer project, e.g. 915青年救援项目团.")) var project: String
            @Option(parsing: .unconditional, help: .line("The squad's name.")) var name: String
            @Option(help: .line("Its township (default: the leader's).")) var town: String?
            @Option(help: .line("The leader's phone, as the roster has it.")) var leader: String?
            @Option(parsing: .unconditionalSingleValue, help: .line("A member (repeat the option).")) var member: [String] = []
            @Option(parsing: .unconditional, help: .line("What the squad plans to do.")) var plan = ""
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                print(try database.service.formSquad(NewSquad(project: project, name: name, township: try NamedArgument.townshipName(town, database: database), leaderPhone: leader, members: member,
                                                      plan: plan), by: account, at: now))
            }
        }

        struct Plan: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "plan",
                abstract: Help.line("Rewrite a squad's plan while it is a draft or was returned; then submit it with squad act N submit."))
            @Argument(help: .line("The squad's number (circledesk squad list).")) var squad: Int64
            @Option(parsing: .unconditional, help: .line("The plan.")) var text: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, _) = try acting.open(global, needing: .organiseService)
                guard let current = try database.service.helpSquads().first(where: { $0.id == squad }) else { throw SquadError.noSuchSquad(squad) }
                try database.service.reviseSquadPlan(squad: squad, version: current.version, plan: text, by: account)
                print(language.say(.planRewritten, current.name))
            }
        }

        struct Act: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "act",
                abstract: Help.line("submit, file or return (with --reason) a squad's plan (see docs/workflows.md)."))
            @Argument(help: .line("The squad's number (circledesk squad list).")) var squad: Int64
            @Argument(help: .line("submit | file | return")) var action: String
            @Option(parsing: .unconditional, help: .line("Why it goes back (for return).")) var reason = ""
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global, needing: .organiseService, recording: true)
                guard let current = try database.service.helpSquads().first(where: { $0.id == squad }) else { throw SquadError.noSuchSquad(squad) }
                try database.service.actOnSquadPlan(action, squad: squad, version: current.version, reason: reason, by: account, at: now)
                print(language.say(.squadRecorded, current.name, action))
            }
        }
    }
}

extension SquadError: UserFacingError {
    func message(_ language: Language) -> String {
        // The desk asks for a missing reason; here it is an option to give.
        if case let .refused(.missing(action, _)) = self {
            return language.say(.reasonNeeded, action)
        }
        return Labels(language: language).squadProblem(self)
    }
}
