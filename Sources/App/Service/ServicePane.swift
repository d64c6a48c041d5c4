import Foundation
import LeagueCore
import Store
import TerminalKit

/// Pane 6: suggestions from young people, activity menus, help squads and the calendar of
/// volunteer service days, as tabs switched with t.
public struct ServiceState: Equatable, Sendable {
    public enum Tab: Equatable, Sendable, CaseIterable { case suggestions, activities, squads, calendar }

    public var tab: Tab = .suggestions
    public var suggestions: [SuggestionRow] = []
    public var squads: [HelpSquad] = []
    public var activities: [ActivityPoll] = []
    /// Townships' plans for the service days in the calendar.
    public var plans: [ServiceDayPlan] = []
    public var selectedSquad = 0
    /// The first squad shown.
    public var squadTop = 0
    public var selectedActivity = 0
    public var loaded = false
    public var selected = 0
    public var top = 0
    /// The first line shown of the activities' or the calendar's text.
    public var scroll = 0

    public var selectedSuggestion: SuggestionRow? { suggestions.indices.contains(selected) ? suggestions[selected] : nil }
}

enum ServicePane: Pane {
    static let title = Phrase.paneService

    static func shown(_ state: inout AppState) -> [Effect] {
        [.service(.loadSuggestions), .service(.loadSquads), .service(.loadActivities), CalendarTab.load(state)]
    }

    /// Rows a tab's table shows: the queue's, less the row of tabs.
    static func rowCount(_ state: AppState) -> Int { max(1, state.queueRowCount - 1) }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.service.tab {
        case .suggestions: Keymap.suggestions
        case .activities: Keymap.activities
        case .squads: Keymap.squads
        case .calendar: Keymap.calendar
        }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .switchTab {
            let tabs = ServiceState.Tab.allCases
            state.service.tab = tabs[((tabs.firstIndex(of: state.service.tab) ?? 0) + 1) % tabs.count]
            state.service.scroll = state.service.tab == .activities ? ActivitiesTab.start(of: state.service.selectedActivity, state) : 0
            return []
        }
        return switch state.service.tab {
        case .suggestions: SuggestionsTab.run(command, &state)
        case .activities: ActivitiesTab.run(command, &state)
        case .squads: SquadsTab.run(command, &state)
        case .calendar: CalendarTab.run(command, &state)
        }
    }

    /// Text typed at the bottom for one of the tabs.
    static func entered(_ text: String, _ kind: ServicePrompt, _ state: inout AppState) -> [Effect] {
        let words = text.trimmed
        guard !words.isEmpty else { return [] }
        switch kind {
        case .newSuggestion, .suggestionAnswer: return SuggestionsTab.entered(words, kind, &state)
        case let .squadReturnReason(id, version): return [.service(.actOnSquad(id, version: version, action: .sendBack, reason: words))]
        case let .squadPlan(id, version): return [.service(.reviseSquadPlan(id, version: version, plan: words))]
        case let .newSquad(project): return SquadsTab.entered(words, project: project, &state)
        case .activityReply, .activityOutcome, .newActivity: return ActivitiesTab.entered(words, kind, &state)
        case .serviceDayPlan, .serviceDaySignUp: return CalendarTab.entered(words, kind, &state)
        }
    }

    static func label(_ prompt: ServicePrompt, _ c: Catalog) -> (String, String) {
        let label = switch prompt {
        case .newSuggestion: c[.askSuggestion]
        case let .suggestionAnswer(ref): "\(ref) \(c[.askSuggestionAnswer])"
        case .squadReturnReason: c[.askReturnReason]
        case .squadPlan: c[.askSquadPlan]
        case .newSquad: c[.askNewSquad]
        case let .activityReply(_, count): c.format(.askActivityReply, count)
        case .activityOutcome: c[.askOutcome]
        case .newActivity: c[.askNewActivity]
        case .serviceDayPlan: c[.askServiceDayPlan]
        case .serviceDaySignUp: c[.askSignUp]
        }
        return (label, c[.textHint])
    }

    static func reduce(_ answer: ServiceAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .suggestionsLoaded(rows):
            SuggestionsTab.loaded(rows, &state)
        case let .suggestionSaved(message):
            state.flash = message
            return [.service(.loadSuggestions)]
        case let .squadsLoaded(squads):
            // The chosen squad stays chosen when a colleague's squad comes in before it.
            let before = state.service.squads, chosen = state.service.selectedSquad
            let id = before.indices.contains(chosen) ? before[chosen].id : nil
            state.service.squads = squads
            state.service.selectedSquad = squads.firstIndex { $0.id == id } ?? min(chosen, max(0, squads.count - 1))
        case let .serviceDayPlansLoaded(plans):
            state.service.plans = plans
        case let .activitiesLoaded(polls):
            ActivitiesTab.loaded(polls, &state)
        case let .activitySaved(message):
            state.flash = message
            return [.service(.loadActivities)]
        case let .serviceDaySaved(message):
            state.flash = message
            return [CalendarTab.load(state)]
        case let .squadActed(message):
            state.flash = message
            return [.service(.loadSquads)]
        case let .squadFormed(id, name, squads):
            SquadsTab.formed(id, name: name, squads, &state)
        }
        return []
    }

    /// A township named at the start of typed text ("三魁镇 …", "三魁 …" or "Sankui …"):
    /// its name as the roster writes it, and the rest; nil and the whole text if none is.
    static func leadingTownship(_ text: String, _ state: AppState) -> (String?, String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return (nil, text) }
        let word = parts[0].lowercased()
        let found = state.vocabulary.townships.first { township in
            let short = township.nameZh.count > 2 && ["镇", "乡"].contains(township.nameZh.last!) ? String(township.nameZh.dropLast()) : township.nameZh
            return [township.nameZh, short, township.nameEn.lowercased()].contains(word)
        }
        return found.map { ($0.nameZh, parts[1].trimmed) } ?? (nil, text)
    }

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
        case .suggestions: SuggestionsTab.draw(state, into: &canvas, rect: body)
        case .activities:
            TextPage.draw(ActivitiesTab.lines(state), scroll: state.service.scroll, loaded: true, missing: .loading, state, into: &canvas, rect: body)
        case .squads: SquadsTab.draw(state, into: &canvas, rect: body)
        case .calendar:
            TextPage.draw(CalendarTab.lines(state), scroll: state.service.scroll, loaded: true, missing: .loading, state, into: &canvas, rect: body)
        }
    }

    static func status(_ state: AppState) -> (left: String, right: String) {
        (statusLeft(state), statusRight(state))
    }

    private static func statusLeft(_ state: AppState) -> String {
        switch state.service.tab {
        case .suggestions: SuggestionsTab.statusLeft(state)
        case .activities: ActivitiesTab.statusLeft(state)
        case .squads: SquadsTab.statusLeft(state)
        case .calendar: state.catalog[.calendarTitle]
        }
    }

    /// The tab's own figure: suggestions waiting, replies, plans awaiting filing, or who plans
    /// the next service day.
    private static func statusRight(_ state: AppState) -> String {
        let c = state.catalog, service = state.service
        switch service.tab {
        case .suggestions:
            let now = state.now.unixSeconds
            let waiting = service.suggestions.filter { $0.answer == nil }
            return c.format(.suggestionCounts, waiting.count, waiting.filter { $0.overdue(at: now) }.count)
        case .activities:
            return c.format(.activityCounts, service.activities.count, service.activities.map(\.replies).reduce(0, +))
        case .squads:
            return c.format(.squadCounts, service.squads.filter { $0.planState == .submitted }.count,
                            service.squads.filter { $0.planState == .returned }.count)
        case .calendar:
            let next = CountyTime.dayString(ServiceDay.next(onOrAfter: state.now))
            return c.format(.nextServiceDayPlans, next, service.plans.filter { $0.day == next }.count)
        }
    }
}
