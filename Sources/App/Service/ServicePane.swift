import Foundation
import LeagueCore
import Store
import TerminalKit

/// Pane 6: suggestions from young people, and the calendar of volunteer service days.
public struct ServiceState: Equatable, Sendable {
    public enum Tab: Equatable, Sendable, CaseIterable { case suggestions, activities, squads, calendar }

    public var tab: Tab = .suggestions
    public var suggestions: [SuggestionRow] = []
    public var squads: [HelpSquad] = []
    public var activities: [ActivityPoll] = []
    /// Townships' plans for the service days in the calendar.
    public var plans: [ServiceDayPlan] = []
    public var selectedSquad = 0
    public var loaded = false
    public var selected = 0
    public var top = 0
    public var scroll = 0

    public var selectedSuggestion: SuggestionRow? { suggestions.indices.contains(selected) ? suggestions[selected] : nil }
}

enum ServicePane {
    static func shown(_ state: AppState) -> [Effect] {
        let (first, last) = calendarSpan(state)
        return [.loadSuggestions, .loadSquads, .loadActivities,
                .loadServiceDayPlans(from: CountyTime.dayString(first), to: CountyTime.dayString(last))]
    }

    /// Today and six months on.
    static func calendarSpan(_ state: AppState) -> (Date, Date) {
        let start = CountyTime.calendar.startOfDay(for: state.now)
        return (start, CountyTime.calendar.date(byAdding: .month, value: 6, to: start)!)
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.service.tab {
        case .suggestions: Keymap.suggestions
        case .squads: Keymap.squads
        case .calendar, .activities: Keymap.calendar
        }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .switchTab {
            let tabs = ServiceState.Tab.allCases
            state.service.tab = tabs[(tabs.firstIndex(of: state.service.tab)! + 1) % tabs.count]
            state.service.scroll = 0
            return []
        }
        if state.service.tab == .squads { return squads(command, &state) }
        if state.service.tab == .calendar || state.service.tab == .activities {
            guard let move = Detail.scrollMove(command) else { return [] }
            let lines = state.service.tab == .calendar ? calendarLines(state) : activityLines(state)
            state.service.scroll = ScrolledLines.scrolled(state.service.scroll, by: move, lineCount: lines.count, visible: state.textRowCount)
            return []
        }
        var service = state.service
        defer { state.service = service }
        let visible = state.queueRowCount
        if let moved = ListMoves.selection(after: command, from: service.selected, count: service.suggestions.count, visible: visible) {
            service.selected = moved
            service.top = ListMoves.top(service.top, selected: moved, visible: visible)
            return []
        }
        switch command {
        case .answerSuggestion:
            guard let row = service.selectedSuggestion else { return [] }
            guard row.answer == nil else {
                state.flash = state.catalog[.suggestionAnswered]
                return []
            }
            state.overlay = .prompt(PromptState(kind: .suggestionAnswer(row.ref), editor: LineEditor()))
        case .addSuggestion:
            state.overlay = .prompt(PromptState(kind: .newSuggestion, editor: LineEditor()))
        default: break
        }
        return []
    }

    private static func squads(_ command: Command, _ state: inout AppState) -> [Effect] {
        let count = state.service.squads.count
        if let moved = ListMoves.selection(after: command, from: state.service.selectedSquad, count: count, visible: state.queueRowCount) {
            state.service.selectedSquad = moved
            return []
        }
        guard state.service.squads.indices.contains(state.service.selectedSquad) else { return [] }
        let squad = state.service.squads[state.service.selectedSquad]
        switch command {
        case .submitPlan: return [.actOnSquad(squad.id, version: squad.version, action: "submit", reason: "", by: state.account)]
        case .filePlan: return [.actOnSquad(squad.id, version: squad.version, action: "file", reason: "", by: state.account)]
        case .returnPlan: state.overlay = .prompt(PromptState(kind: .squadReturnReason(squad.id, squad.version), editor: LineEditor()))
        default: break
        }
        return []
    }

    /// Text typed at the bottom: a new suggestion ("三魁镇 希望…" names its township first), or an answer.
    static func entered(_ text: String, _ kind: PromptState.Kind, _ state: inout AppState) -> [Effect] {
        let words = text.trimmed
        guard !words.isEmpty else { return [] }
        switch kind {
        case .newSuggestion:
            let parts = words.split(separator: " ", maxSplits: 1).map(String.init)
            let names = state.vocabulary.townships.flatMap { [$0.nameZh, $0.nameEn.lowercased()] }
            if parts.count == 2, names.contains(parts[0]) || names.contains(parts[0].lowercased()) {
                return [.addSuggestion(content: parts[1], township: parts[0], by: state.account)]
            }
            return [.addSuggestion(content: words, township: nil, by: state.account)]
        case let .suggestionAnswer(ref):
            return [.answerSuggestion(ref: ref, answer: words, by: state.account)]
        case let .squadReturnReason(id, version):
            return [.actOnSquad(id, version: version, action: "return", reason: words, by: state.account)]
        default: return []
        }
    }

    static func loaded(_ rows: [SuggestionRow], _ state: inout AppState) {
        let selected = state.service.selectedSuggestion?.id
        state.service.suggestions = rows
        state.service.loaded = true
        state.service.selected = rows.firstIndex { $0.id == selected } ?? min(state.service.selected, max(0, rows.count - 1))
        state.service.top = ListMoves.top(state.service.top, selected: state.service.selected, visible: state.queueRowCount)
    }

    // MARK: - Views

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let c = state.catalog
        // The pane's own tabs, switched with t (digits switch panes).
        var x = rect.x + 1
        for (tab, title) in [(ServiceState.Tab.suggestions, c[.tabSuggestions]), (.activities, c[.tabActivities]), (.squads, c[.tabSquads]),
                             (.calendar, c[.tabCalendar])] {
            let selected = tab == state.service.tab
            x = canvas.put(" \(title) ", x: x, y: rect.y, role: selected ? .tabActive : .tabInactive) + 2
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch state.service.tab {
        case .calendar:
            TextPage.draw(calendarLines(state), scroll: state.service.scroll, loaded: true, missing: .loading, state, into: &canvas, rect: body)
        case .activities:
            TextPage.draw(activityLines(state), scroll: state.service.scroll, loaded: true, missing: .loading, state, into: &canvas, rect: body)
        case .squads:
            let columns = [TableColumn(c[.columnSquad], width: 20), TableColumn(c[.columnTownship], width: 10),
                           TableColumn(c[.columnLeader], width: 8), TableColumn(c[.columnMembers], width: 6, alignRight: true),
                           TableColumn(c[.columnPlan], width: nil)]
            let squads = state.service.squads
            Table.draw(into: &canvas, rect: body, columns: columns, rows: squads.map { squad in
                [SafeText.line(squad.name), squad.township.map(SafeText.line) ?? "-", squad.leader.map(SafeText.line) ?? "-",
                 String(squad.members.count), state.labels.squadPlan(squad.planState)
                    + (squad.returnedBecause.map { ":\(SafeText.line($0))" } ?? "")]
            }, roles: squads.map { $0.planState == .returned ? .overdue : $0.planState == .filed ? .muted : .normal },
            selected: squads.isEmpty ? nil : state.service.selectedSquad)
        case .suggestions:
            let service = state.service, now = state.now.unixSeconds
            let columns = [TableColumn(c[.columnRef], width: 13), TableColumn(c[.columnReceived], width: 10),
                           TableColumn(c[.columnTownship], width: 10), TableColumn(c[.columnState], width: state.language == .zh ? 10 : 9),
                           TableColumn(c[.columnContent], width: nil)]
            let visible = Array(service.suggestions.dropFirst(service.top).prefix(max(0, body.height - 1)))
            Table.draw(into: &canvas, rect: body, columns: columns, rows: visible.map { row in
                let status = row.answer != nil ? c[.suggestionDone] : row.overdue(at: now) ? c[.suggestionOverdue] : c[.suggestionWaiting]
                return [row.ref, CountyTime.dayString(Date(unixSeconds: row.receivedAt)), row.township.map(SafeText.line) ?? "-", status,
                        SafeText.line(row.content)]
            }, roles: visible.map { $0.overdue(at: now) ? .overdue : $0.answer == nil ? .normal : .muted },
            selected: service.suggestions.isEmpty ? nil : service.selected - service.top)
            if service.suggestions.isEmpty {
                canvas.put(service.loaded ? c[.noSuggestions] : c[.loading], x: 2, y: body.y + 2, width: body.width - 4, role: .muted)
            }
        }
    }

    /// Each activity: its menu with a bar per option, what young people said, and what changed.
    static func activityLines(_ state: AppState) -> [(String, Role)] {
        let c = state.catalog
        guard !state.service.activities.isEmpty else { return [(c[.noActivities], .muted)] }
        var lines: [(String, Role)] = []
        for poll in state.service.activities {
            lines.append(("\(SafeText.line(poll.title))  \(poll.township.map(SafeText.line) ?? "")  \(c.format(.repliesCount, poll.replies))", .header))
            if !poll.draft.isEmpty { lines.append(("  " + SafeText.line(poll.draft), .muted)) }
            let most = max(1, poll.options.map(\.replies).max() ?? 1)
            for option in poll.options {
                let label = "\(option.position). \(SafeText.line(option.label))".truncated(toCells: 24).padded(toCells: 24)
                lines.append(("  \(label) \(String(option.replies).padded(toCells: 4, alignRight: true)) "
                              + String(repeating: "#", count: option.replies * 30 / most), .normal))
            }
            for comment in poll.comments { lines.append(("  “\(SafeText.line(comment))”", .muted)) }
            lines.append(("  → " + (poll.outcome.map(SafeText.line) ?? c[.noOutcomeYet]), poll.outcome == nil ? .muted : .accent))
            lines.append(("", .normal))
        }
        return lines
    }

    /// The next six months: each last Sunday (volunteer service day) and each holiday served on.
    static func calendarLines(_ state: AppState) -> [(String, Role)] {
        let c = state.catalog, labels = state.labels, calendar = CountyTime.calendar
        let (start, end) = calendarSpan(state)
        var days: [(Date, String, Role)] = Holiday.between(start, end).map { ($0.date, $0.holiday.name(state.language), .accent) }
        var month = start
        while month < end {
            let sunday = ServiceDay.lastSunday(ofMonthOf: month)
            if sunday >= start { days.append((sunday, c[.serviceDay], .normal)) }
            month = calendar.date(byAdding: .month, value: 1, to: month)!
        }
        var lines: [(String, Role)] = [(c[.calendarTitle], .header), ("", .normal)]
        for (day, name, role) in days.sorted(by: { $0.0 < $1.0 }) {
            lines.append(("\(String(labels.clock(day).dropLast(6)))  \(name)", role))
            // What the townships plan that day, and how many signed up.
            for plan in state.service.plans where plan.day == CountyTime.dayString(day) {
                lines.append(("    \(SafeText.line(plan.township)):\(SafeText.line(plan.plan))  \(c.format(.signedUp, plan.signups.count))", .muted))
            }
        }
        return lines
    }

    static func statusLeft(_ state: AppState) -> String {
        if state.service.tab == .squads {
            guard state.service.squads.indices.contains(state.service.selectedSquad) else { return "" }
            let squad = state.service.squads[state.service.selectedSquad]
            return "\(SafeText.line(squad.project)) · \(SafeText.line(squad.plan))"
        }
        guard state.service.tab == .suggestions, let row = state.service.selectedSuggestion else { return state.catalog[.calendarTitle] }
        guard let answer = row.answer else { return SafeText.line(row.content) }
        return "\(state.catalog[.suggestionAnswerIs]):\(SafeText.line(answer))" + (row.answeredBy.map { " · \(SafeText.line($0))" } ?? "")
    }

    static func statusRight(_ state: AppState) -> String {
        let now = state.now.unixSeconds
        let waiting = state.service.suggestions.filter { $0.answer == nil }
        return state.catalog.format(.suggestionCounts, waiting.count, waiting.filter { $0.overdue(at: now) }.count)
    }
}
