import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension OperatorRole: ExpressibleByArgument {}

extension CircleDesk {
    struct OperatorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "operator",
            abstract: Help.line("Staff accounts: who may use the desk, and as what."),
            subcommands: [List.self, Add.self, Disable.self, OneReviewer.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("List the accounts."))
            @OptionGroup var global: GlobalOptions

            func run() throws {
                _ = try global.language()
                let (database, _) = try global.openAsOperator(needing: .administer)
                for account in try database.operators() {
                    let fields = [account.login, account.name, account.role.rawValue, account.township ?? "-", account.active ? "active" : "disabled"]
                    print(fields.map(SafeText.line).joined(separator: "\t"))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Help.line("Add an account (admins only): the OS login and what it may do."))
            @Argument(help: .line("The OS login.")) var login: String
            @Option(parsing: .unconditional, help: .line("The person's name as the desk shows it.")) var name: String
            @Option(help: .line("admin, desk, reviewer, township_secretary or read_only.")) var role: OperatorRole
            @Option(help: .line("For township secretaries: their township (e.g. 罗阳镇).")) var township: String?
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .administer)
                try database.addOperator(login: login, name: name, role: role,
                                         township: try NamedArgument.townshipName(township, option: "--township", database: database), by: Login.current,
                                         at: try global.recordingInstant(in: database))
                print(language.say(.operatorAdded, login, role.rawValue))
            }
        }

        struct Disable: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "disable", abstract: Help.line("Disable an account (admins only); its history stays."))
            @Argument(help: .line("The OS login.")) var login: String
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .administer)
                try database.disableOperator(login: login, by: Login.current)
                print(language.say(.operatorDisabled, login))
            }
        }

        struct OneReviewer: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "one-reviewer",
                abstract: Help.line("Let one person make both approvals of a request in a township with a single secretary (admins only); without a township, list them."),
                discussion: Help.line("The village and township approvals of a request are two people's; where a township has one secretary, an admin may allow one, and the history says so."))
            @Argument(help: .line("The township.")) var township: String?
            @Flag(help: .line("Take the allowance back: two people again.")) var off = false
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .administer)
                guard let typed = township else {
                    for name in try database.oneReviewerTownships() { print(SafeText.line(name)) }
                    return
                }
                let name = try database.allowOneReviewer(township: try NamedArgument.townshipName(typed, option: "township", database: database) ?? typed,
                                                         !off, by: Login.current, at: Date())
                print(language.say(off ? .twoReviewers : .oneReviewer, name))
            }
        }
    }
}
