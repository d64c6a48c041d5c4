import LeagueCore
import Reports
import Store
import TerminalKit

/// Pane 5: the weekly summary as it prints, week by week.
public struct SummaryState: Equatable, Sendable {
    /// Nil until first shown: then the week containing "now" (the one printed on Friday).
    public var week: CountyWeek?
    public var summary: WeeklySummary?
    /// The summary as it prints, a line each: written once when it comes, not every frame.
    public var lines: [String] = []
    public var scroll = 0
}

enum SummaryPane: Pane {
    static let title = Phrase.paneSummary

    static func bindings(_ state: AppState) -> [KeyBinding] { Keymap.summary }

    static func shown(_ state: inout AppState) -> [Effect] {
        let week = state.summary.week ?? CountyWeek(containing: state.now)
        state.summary.week = week
        return [.summary(.loadWeeklySummary(week))]
    }

    static func loaded(_ summary: WeeklySummary, _ state: inout AppState) {
        guard summary.week == state.summary.week else { return }
        state.summary.summary = summary
        // Page breaks are for paper.
        state.summary.lines = WeeklyText.lines(summary, language: state.language).map { $0 == "\u{0C}" ? "" : $0 }
    }

    static func lines(_ state: AppState) -> [(String, Role)]? {
        state.summary.summary.map { _ in state.summary.lines.map { ($0, Role.normal) } }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let week = state.summary.week else { return [] }
        switch command {
        case .printReport:
            state.flash = state.catalog[.printing]
            return [.summary(.printWeekly(week))]
        case .previousPeriod, .nextPeriod:
            let other = command == .previousPeriod ? week.previous : week.next
            guard other.instants.lowerBound <= state.now.unixSeconds else {
                state.flash = state.catalog[.noLaterWeek]
                return []
            }
            state.summary.week = other
            state.summary.scroll = 0
            return [.summary(.loadWeeklySummary(other))]
        default:
            guard let move = Detail.scrollMove(command), let lines = lines(state) else { return [] }
            state.summary.scroll = ScrolledLines.scrolled(state.summary.scroll, by: move, lineCount: lines.count, visible: state.textRowCount)
            return []
        }
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        TextPage.draw(lines(state), scroll: state.summary.scroll, loaded: state.summary.summary != nil, missing: .loading, state,
                      into: &canvas, rect: rect)
    }

    /// The week and its days; its received, resolved and overdue figures.
    static func status(_ state: AppState) -> (left: String, right: String) {
        guard let week = state.summary.week else { return ("", "") }
        let days = week.days
        let figures = state.summary.summary.map {
            state.catalog.format(.weekCounts, $0.headline.received, $0.headline.resolved, $0.headline.overdueAtEnd)
        }
        return ("\(week) · \(days.monday)~\(days.sunday)", figures ?? "")
    }

    static func reduce(_ answer: SummaryAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .weeklySummaryLoaded(summary): loaded(summary, &state)
        }
        return []
    }
}
