import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct SquadCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "squad", abstract: "Help squads (帮帮团) of volunteer projects, and their plans filed with the county.",
            subcommands: [List.self, Add.self, Plan.self, Act.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Every squad: project, township, leader, members, where its plan stands.")
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let database = try AppDatabase.open(path: global.databasePath, mode: .existing)
                for squad in try database.helpSquads() {
                    let state = Self.name(squad.planState, language)
                    var line = "\(squad.id)  \(squad.project) · \(squad.name)  \(squad.township ?? "-")  \(squad.leader ?? "-")"
                        + "  \(squad.members.count)\(language == .zh ? "人" : " members")  \(state)"
                    if let reason = squad.returnedBecause { line += "(\(reason))" }
                    print(SafeText.line(line))
                }
            }

            static func name(_ state: SquadPlanState, _ language: Language) -> String {
                switch (state, language) {
                case (.draft, .zh): "未报备"
                case (.draft, .en): "draft"
                case (.submitted, .zh): "已报待备案"
                case (.submitted, .en): "submitted"
                case (.filed, .zh): "已备案"
                case (.filed, .en): "filed"
                case (.returned, .zh): "已退回"
                case (.returned, .en): "returned"
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Form a squad of a project (the project is started if it is new); prints its number. Its plan starts as a draft.")
            @Option(help: "The volunteer project, e.g. 915青年救援项目团.") var project: String
            @Option(help: "The squad's name.") var name: String
            @Option(help: "Its township (default: the leader's).") var town: String?
            @Option(help: "The leader's phone, as the roster has it.") var leader: String?
            @Option(help: "A member (repeat the option).") var member: [String] = []
            @Option(help: "What the squad plans to do.") var plan = ""
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, now) = try acting.open(global)
                print(try database.formSquad(NewSquad(project: project, name: name, township: town, leaderPhone: leader, members: member,
                                                      plan: plan), by: account, at: now))
            }
        }

        struct Plan: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Rewrite a squad's plan while it is a draft or was returned; then submit it with squad act N submit.")
            @Argument(help: "The squad's number (circledesk squad list).") var squad: Int64
            @Option(help: "The plan.") var text: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, _) = try acting.open(global)
                guard let current = try database.helpSquads().first(where: { $0.id == squad }) else { throw SquadError.noSuchSquad(squad) }
                try database.reviseSquadPlan(squad: squad, version: current.version, plan: text, by: account)
                print(language == .zh ? "已改写 \(current.name) 的方案" : "plan of \(current.name) rewritten")
            }
        }

        struct Act: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "submit, file or return (with --reason) a squad's plan (see docs/workflows.md).")
            @Argument(help: "The squad's number (circledesk squad list).") var squad: Int64
            @Argument(help: "submit | file | return") var action: String
            @Option(help: "Why it goes back (for return).") var reason = ""
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global)
                guard let current = try database.helpSquads().first(where: { $0.id == squad }) else { throw SquadError.noSuchSquad(squad) }
                try database.actOnSquadPlan(action, squad: squad, version: current.version, reason: reason, by: account, at: now)
                print(language == .zh ? "已记录:\(current.name) \(action)" : "recorded: \(current.name) \(action)")
            }
        }
    }
}

extension SquadError: UserFacingError {
    func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .noSuchSquad(id): return zh ? "没有编号为 \(id) 的帮帮团。" : "no squad \(id)"
        case let .changedMeanwhile(state): return zh ? "刚被别人处理过(现为 \(state.rawValue)),请再看一次。" : "changed meanwhile (now \(state.rawValue)); look again"
        case .blankName: return zh ? "项目和帮帮团都要有名称。" : "the project and the squad need names"
        case let .unknownTownship(name): return zh ? "没有乡镇“\(name)”。" : "no township called \(name)"
        case let .noSuchLeader(phone): return zh ? "没有用 \(phone) 的团干部。" : "no cadre has the phone \(phone)"
        case let .nameTaken(name): return zh ? "这个项目已有“\(name)”。" : "the project has a squad called \(name) already"
        case let .planLocked(state):
            return zh ? "方案已是“\(CircleDesk.SquadCommand.List.name(state, language))”,不能再改。" : "the plan is \(CircleDesk.SquadCommand.List.name(state, language)) and can no longer change"
        case .notAllowed: return zh ? "只能组建和修改本乡镇的帮帮团。" : "you form and change your own township's squads only"
        case let .refused(error):
            switch error {
            case let .missing(action, _): return zh ? "\(action) 需要 --reason。" : "\(action) needs --reason"
            case let .roleMayNot(action, role): return zh ? "\(role.rawValue) 不能执行 \(action)。" : "a \(role.rawValue) may not \(action)"
            case .otherTownship: return zh ? "只能处理本乡镇的帮帮团。" : "you work on your own township's squads only"
            case let .finished(state): return zh ? "已经结束(\(state))。" : "already final (\(state))"
            case let .notFromState(action, state): return zh ? "状态 \(state) 不能执行 \(action)。" : "\(action) is not possible from \(state)"
            case let .unknownAction(action): return zh ? "没有“\(action)”这个操作(submit、file、return)。" : "no action \(action) (submit, file, return)"
            }
        }
    }
}
