import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as words and tables, once: every writer (text, Markdown, HTML and the
/// PDF made from it) lays out this same document, so every format shows the same numbers.
/// Text from the database is made safe here. Sensitive categories appear as counts only.
public struct WeeklyDocument: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var headers: [String]
        public var rows: [[String]]
        /// Cells for text, per column.
        public var widths: [Int]
        /// Per row, the number its bar shows, when the table has a chart; and last week's.
        public var bars: [Int]?
        public var barsBefore: [Int]? = nil
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var lines: [String]
        public var table: Table?
        /// Lines after the table.
        public var after: [String] = []
    }

    /// The issuing committee, the title and when the summary was made.
    var head: PrintedPage.Head
    public var title: String { head.title }
    public var sections: [Section]
    public var footer: String
    /// The history's seal at the week's end, to compare with a later printing.
    public var seal: String

    public init(_ summary: WeeklySummary, language: Language) {
        let say = { (words: WeeklyWords, values: [CustomStringConvertible]) in WeeklyWords.book.format(words, in: language, values) }
        let (monday, sunday) = summary.week.days
        // A week not over yet says when its figures stand.
        let asOf = summary.asOf.map { CountyTime.instantString(Date(unixSeconds: $0)) }
        head = PrintedPage.Head(county: summary.county, title: say(.title, [summary.week, monday, sunday]),
                                madeAt: Date(unixSeconds: summary.madeAt), language: language)
        let h = summary.headline
        func duration(_ seconds: Int64?) -> String {
            guard let seconds else { return "-" }
            let hours = Double(seconds) / 3600
            return hours < 48 ? say(.hours, [String(format: "%.1f", hours)]) : say(.days, [String(format: "%.1f", hours / 24)])
        }
        let share = h.contactDue > 0 ? String(format: "%.0f%%", Double(h.contactedInTime) / Double(h.contactDue) * 100) : "-"
        var sections = [Section(title: say(.theWeek, [asOf.map { say(.asOf, [$0]) } ?? ""]), lines: [
            say(.counts, [h.received, h.published, h.resolved, h.closed]),
            say(asOf == nil ? .openAtWeekEnd : .openNow, [h.openAtEnd, h.overdueAtEnd]),
            say(.firstContact, [duration(h.firstContactMedian), duration(h.firstContactP90)]),
            say(.resolution, [duration(h.resolutionMedian), duration(h.resolutionP90)]),
            say(.contactedInTime, [h.contactedInTime, h.contactDue, share]),
        ])]
        func breakdown(_ title: WeeklyWords, _ lines: [WeeklySummary.Breakdown]) -> Section {
            let rows = lines.map { line -> [String] in
                let delta = line.received - line.receivedLastWeek
                return [SafeText.line(line.name(language)), String(line.received), String(line.receivedLastWeek), delta > 0 ? "+\(delta)" : String(delta),
                        String(line.resolved)]
            }
            return Section(title: say(title, []), lines: [], table: Table(headers: language.weeklyColumns(.breakdownColumns), rows: rows,
                                                                          widths: [12, 6, 6, 6, 6], bars: lines.map(\.received),
                                                                          barsBefore: lines.map(\.receivedLastWeek)))
        }
        sections.append(breakdown(.byCategory, summary.categories))
        sections.append(breakdown(.byTownship, summary.townships))
        let attentionRows = summary.attention.map { item -> [String] in
            let title = item.title.map { SafeText.line($0) } ?? say(.titleWithheld, [SafeText.line(item.category(language))])
            let late = !item.overdue ? say(.notLate, []) : item.daysOverdue > 0 ? say(.daysLate, [item.daysOverdue]) : say(.lessThanADay, [])
            return [item.ref, SafeText.line(item.township(language)), late, item.escalated ? say(.escalated, []) : "",
                    SafeText.line(item.assignee ?? "-"), title]
        }
        sections.append(Section(
            title: say(.attention, []), lines: attentionRows.isEmpty ? [say(.none, [])] : [],
            table: attentionRows.isEmpty ? nil : Table(headers: language.weeklyColumns(.attentionColumns), rows: attentionRows,
                                                       widths: [13, 8, 9, 6, 10, 24], bars: nil)))
        let d = summary.diaries
        var change = "-"
        if let now = d.meanScore, let before = d.meanScoreLastWeek { change = String(format: "%+.1f", now - before) }
        let mean = d.meanScore.map { String(format: "%.1f", $0) } ?? "-"
        let separator = say(.listSeparator, [])
        sections.append(Section(title: say(.diaries, []), lines: [
            say(.diaryCounts, [d.submitted, d.reviewed, d.waitingOverAWeek]),
            say(.meanScore, [mean, change]),
            say(.silentCadres, [d.silentCadres.count])
                + (d.silentCadres.isEmpty ? "" : say(.namesFollow, []) + d.silentCadres.map(SafeText.line).joined(separator: separator)),
        ]))
        var satisfaction = [SatisfactionText.summary(summary.satisfaction, language)]
        if !summary.lowestTownships.isEmpty {
            satisfaction.append(say(.lowestTownships, [])
                + summary.lowestTownships.map { "\(SafeText.line($0.name(language))) \(SatisfactionText.percent($0.figure.rate))(n=\($0.figure.answers))" }
                    .joined(separator: "  "))
        }
        sections.append(Section(title: say(.satisfaction, []), lines: satisfaction))
        let s = summary.suggestions, service = summary.service, planned = service.plannedTownships.map { SafeText.line($0(language)) }
        let holidays = summary.holidaysNextWeek.map { "\($0.holiday.name(language)) \($0.day)" }
        sections.append(Section(title: say(.suggestionsAndService, []), lines: [
            say(.suggestions, [s.received, s.answered, s.overdue]),
            say(.nextServiceDay, [summary.nextServiceDay]),
            planned.isEmpty ? say(.noPlans, []) : say(.plans, [planned.count, planned.joined(separator: separator), service.signups]),
            say(.squadPlans, [service.squadPlansSubmitted, service.squadPlansFiled, service.squadPlansReturned]),
            say(.holidays, [holidays.isEmpty ? say(.none, []) : holidays.joined(separator: separator)]),
        ]))
        self.sections = sections
        footer = say(.footer, [summary.solvedSinceLaunch, summary.suggestionsSinceLaunch])
        seal = say(.seal, [summary.historySeal])
    }
}
