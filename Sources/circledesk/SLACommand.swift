import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    /// For monitoring: what is overdue or due soon; exits 3 when anything is overdue.
    struct SLA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sla",
            abstract: "List overdue requests and those due within --within hours; exit 3 if any is overdue.")
        @Option(help: "Also list requests whose next deadline is within this many hours.") var within = 0
        @OptionGroup var global: GlobalOptions

        func run() throws {
            _ = try global.language()
            let now = try global.instant()
            let (database, account) = try global.openAsOperator(needing: .read)
            // A township secretary's monitoring is her township's.
            var filter = QueueFilter(scope: account.ownTownship)
            filter.overdueOnly = true
            let overdue = try database.requests.queueCounts(filter: filter, now: now).overdue
            let horizon = now.addingTimeInterval(TimeInterval(within * 3600))
            var dueSoon = QueueFilter(scope: account.ownTownship)
            dueSoon.overdueOnly = true
            let listed = try database.requests.queuePage(filter: within > 0 ? dueSoon : filter, sort: .priority, from: nil, direction: .after,
                                                limit: 10_000, now: within > 0 ? horizon : now)
            for row in listed {
                let status = SLAClock.status(state: row.state, now: now.unixSeconds, createdAt: row.createdAt, firstContactDue: row.firstContactDue,
                                             firstContactAt: row.firstContactAt, resolutionDue: row.resolutionDue, pausedAt: row.slaPausedAt)
                let label: String = switch status {
                case let .overdue(seconds): "overdue \(seconds / 3600)h"
                case let .remaining(seconds): "due in \(seconds / 3600)h"
                default: "-"
                }
                print([row.ref, row.state.rawValue, label, SafeText.line(row.title)].joined(separator: "\t"))
            }
            if overdue > 0 { throw ExitCode(3) }
        }
    }
}
