import Foundation
import LeagueCore
import Store
import TerminalKit

/// The day log in the queue pane (`:log`, `:log 王敏`): every step taken today by everyone
/// (or one person), oldest first, a township secretary's township only; Esc goes back.
public struct DayLogState: Equatable, Sendable {
    /// One person, by login or name, or everyone.
    public var who: String
    public var entries: [LogEntry]?
    public var scroll = 0
}

enum DayLog {
    /// A busy day's latest steps, no more: the whole day is `circledesk log`'s.
    static let shownAtMost = 2000

    static func open(_ who: String, _ state: inout AppState) -> [Effect] {
        state.pane = .requests
        state.queue.detail = nil
        state.queue.dayLog = DayLogState(who: who)
        return [.queue(.loadDayLog(who: who))]
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var log = state.queue.dayLog else { return [] }
        if command == .back {
            state.queue.dayLog = nil
        } else if let move = Detail.scrollMove(command) {
            log.scroll = ScrolledLines.scrolled(log.scroll, by: move, lineCount: log.entries?.count ?? 0, visible: state.textRowCount)
            state.queue.dayLog = log
        }
        return []
    }

    /// Read: the latest steps in view.
    static func loaded(_ entries: [LogEntry], _ state: inout AppState) {
        guard var log = state.queue.dayLog else { return }
        log.entries = entries
        log.scroll = max(0, entries.count - state.textRowCount)
        state.queue.dayLog = log
    }

    /// The status line's words: whose steps, and how many.
    static func title(_ log: DayLogState, _ state: AppState) -> String {
        let c = state.catalog, count = log.entries?.count ?? 0
        let title = log.who.isEmpty ? c.format(.dayLogTitle, count) : c.format(.dayLogOf, SafeText.line(log.who), count)
        return count < shownAtMost ? title : title + " · " + c[.dayLogLatestOnly]
    }

    /// One row per step, cut at the screen's edge (the whole line is `circledesk log`'s): only
    /// the rows on screen are worded, however busy the day.
    static func draw(_ log: DayLogState, _ state: AppState, into canvas: inout Canvas, rect: Rect) {
        guard let entries = log.entries, !entries.isEmpty else {
            TextPage.draw(log.entries.map { _ in [(state.catalog[.dayLogEmpty], Role.muted)] }, scroll: 0, loaded: log.entries != nil,
                          missing: .dayLogEmpty, state, into: &canvas, rect: rect)
            return
        }
        let first = min(log.scroll, max(0, entries.count - rect.height))
        let shown = entries.dropFirst(first).prefix(rect.height).map { (state.labels.logLine($0, in: state.vocabulary), Role.normal) }
        TextPage.draw(shown, scroll: 0, loaded: true, missing: .dayLogEmpty, state, into: &canvas, rect: rect)
    }
}
