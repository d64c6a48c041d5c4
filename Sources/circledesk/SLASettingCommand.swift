import ArgumentParser
import LeagueCore
import Store

extension SLAPolicy.Clock: ExpressibleByArgument {}

extension CircleDesk {
    /// Shows or changes the deadlines each urgency allows.
    struct Deadlines: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deadlines",
            abstract: Help.line("Show the deadlines per urgency, or change one (admins only; applies to new requests)."))
        @Option(help: .line("urgent, high or normal.")) var urgency: Urgency?
        @Option(help: .line("first_contact or resolution.")) var clock: SLAPolicy.Clock?
        @Option(help: .line("The new allowance in hours.")) var hours: Int?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            _ = try global.language()
            let (database, _) = try global.openAsOperator(needing: hours == nil ? .read : .administer)
            if let hours {
                guard let urgency, let clock else {
                    throw CLIError.badOption(name: "--hours", value: String(hours), expected: "with --urgency and --clock")
                }
                guard hours > 0, hours <= 24 * 365 else {
                    throw CLIError.badOption(name: "--hours", value: String(hours), expected: "1 to 8760")
                }
                try database.setSLA(urgency, clock, hours: hours, by: Login.current)
            }
            let policy = try database.slaPolicy()
            for urgency in Urgency.allCases.reversed() {
                let contact = policy.allowance(urgency, .firstContact).wholeSeconds / 3600
                let resolution = policy.allowance(urgency, .resolution).wholeSeconds / 3600
                print("\(urgency)\tfirst_contact \(contact)h\tresolution \(resolution)h")
            }
        }
    }
}
