import App
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
            abstract: Help.line("List overdue requests and those due within --within hours; exit 3 if any is overdue."),
            discussion: Help.line("""
                --format nagios prints one status line for Nagios or Icinga, references and counts only, and exits \
                0 OK, 1 WARNING (something due within --within hours), 2 CRITICAL (something overdue) or 3 UNKNOWN \
                (the county could not be read). --format json lists references, states and hours for scripts.
                """))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, nagios }

        @Option(help: .line("Also list requests whose next deadline is within this many hours.")) var within = 0
        @Option(help: .line("text, json or nagios.")) var format: Format = .text
        @OptionGroup var global: GlobalOptions

        func run() throws {
            guard format == .nagios else { return try report() }
            do {
                try report()
            } catch let code as ExitCode {
                throw code
            } catch {
                // Whatever went wrong, a monitor reads UNKNOWN and the reason, never a title.
                let reason = (error as? UserFacingError)?.message(.en) ?? "internal error"
                print("CIRCLEDESK SLA UNKNOWN - " + SafeText.line(reason))
                throw ExitCode(3)
            }
        }

        private func report() throws {
            let labels = Labels(language: try global.language())
            guard (0...8760).contains(within) else { throw CLIError.badOption(name: "--within", value: String(within), expected: "0 to 8760 (hours)") }
            let now = try global.instant()
            let (database, account) = try global.openAsOperator(needing: .read)
            // A township secretary's monitoring is her township's.
            var filter = QueueFilter(scope: account.ownTownship)
            filter.overdueOnly = true
            let overdue = try database.requests.queueCounts(filter: filter, now: now, exact: true).overdue
            let horizon = now.addingTimeInterval(TimeInterval(within * 3600))
            let listed = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after,
                                                         limit: 10_000, now: within > 0 ? horizon : now)
            let lines = listed.map { row in
                Line(ref: row.ref, state: row.state, status: SLAClock.status(
                    state: row.state, now: now.unixSeconds, createdAt: row.createdAt, firstContactDue: row.firstContactDue,
                    firstContactAt: row.firstContactAt, resolutionDue: row.resolutionDue, pausedAt: row.slaPausedAt), title: row.title)
            }
            switch format {
            case .text:
                // In the reader's language: 处理中  超时 16天; --format json keeps the codes.
                for line in lines {
                    print([line.ref, labels.state(line.state), line.isListed ? labels.deadline(line.status) : "-", SafeText.line(line.title)]
                        .joined(separator: "\t"))
                }
                if overdue > 0 { throw ExitCode(3) }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                let report = Report(overdue: overdue, dueSoon: lines.count - overdue,
                                    requests: lines.map { .init(ref: $0.ref, state: $0.state.rawValue, status: $0.label) })
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
                if overdue > 0 { throw ExitCode(3) }
            case .nagios:
                let dueSoon = lines.count - overdue
                let (status, code): (String, Int32) = overdue > 0 ? ("CRITICAL", 2) : dueSoon > 0 ? ("WARNING", 1) : ("OK", 0)
                let shown = lines.prefix(10).map(\.ref).joined(separator: " ") + (lines.count > 10 ? " …" : "")
                var summary = "\(overdue) overdue"
                if within > 0 { summary += ", \(dueSoon) due within \(within)h" }
                if !shown.isEmpty { summary += ": " + shown }
                print("CIRCLEDESK SLA \(status) - \(summary) | overdue=\(overdue);;1 due_soon=\(dueSoon);1;")
                if code != 0 { throw ExitCode(code) }
            }
        }

        /// What `--format json` prints: counts, and references without titles.
        private struct Report: Encodable {
            struct Entry: Encodable {
                let ref, state, status: String
            }
            let overdue, dueSoon: Int
            let requests: [Entry]
        }

        /// One request as monitoring sees it.
        private struct Line {
            let ref: String
            let state: RequestState
            let status: SLAStatus
            let title: String

            /// For scripts: `overdue 266h`, `due in 5h`, or `-`.
            var label: String {
                switch status {
                case let .overdue(seconds): "overdue \(seconds / 3600)h"
                case let .remaining(seconds): "due in \(seconds / 3600)h"
                default: "-"
                }
            }

            /// A clock running late or soon due (not paused or finished).
            var isListed: Bool { label != "-" }
        }
    }
}
