import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct SquadCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "squad", abstract: "Help squads (帮帮团) of volunteer projects, and their plans filed with the county.",
            subcommands: [List.self, Act.self])

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
