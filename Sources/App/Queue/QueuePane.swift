import Foundation
import LeagueCore
import Store
import TerminalKit

/// Pane 1: the help-request queue, a request's detail, and acting on them.
enum QueuePane: Pane {
    static let title = Phrase.paneRequests

    static func bindings(_ state: AppState) -> [KeyBinding] {
        state.queue.dayLog != nil ? Keymap.dayLog : state.queue.detail == nil ? Keymap.queue : Keymap.detail
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.queue.dayLog != nil { return DayLog.run(command, &state) }
        guard state.queue.detail != nil else { return Queue.run(command, &state) }
        if [.act, .assign, .note, .contact].contains(command) { return Acting.begin(command, &state) }
        return Detail.run(command, &state)
    }

    static func dataChanged(_ state: inout AppState) -> [Effect] {
        reread(state)
    }

    /// The window read again from its first row, and the detail open if any.
    static func reread(_ state: AppState) -> [Effect] {
        var effects = Queue.refresh(state.queue, rows: state.queueRowCount)
        if let detail = state.queue.detail { effects.append(.queue(.loadDetail(detail.id))) }
        if let log = state.queue.dayLog { effects.append(.queue(.loadDayLog(who: log.who))) }
        return effects
    }

    static func resized(_ state: inout AppState) -> [Effect] {
        Queue.resize(&state.queue, rows: state.queueRowCount)
    }

    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        Queue.mouse(mouse, &state)
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        if let log = state.queue.dayLog {
            DayLog.draw(log, state, into: &canvas, rect: rect)
        } else if let detail = state.queue.detail {
            DetailView.draw(detail, state, into: &canvas, rect: rect)
        } else {
            QueueView.draw(state, into: &canvas, rect: rect)
        }
    }

    static func status(_ state: AppState) -> (left: String, right: String) {
        if let log = state.queue.dayLog { return (DayLog.title(log, state), "") }
        return (QueueView.statusLeft(state), QueueView.statusRight(state))
    }

    static func reduce(_ answer: QueueAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .pageLoaded(filter, sort, load, rows):
            guard QueueList(filter: filter, sort: sort) == state.queue.list else { return [] }
            Queue.place(rows, load, &state.queue, capacity: state.queueRowCount)
            if let missed = state.queue.missedRef {
                // It moved before or after the window (a contact changes its place in the
                // order): read the list from its top, and find it there if it is on screen.
                state.queue.missedRef = nil
                state.queue.followRef = missed
                return Queue.reload(state.queue, rows: state.queueRowCount)
            }
            if let left = state.queue.leftWindow {
                state.queue.leftWindow = nil
                let said = state.catalog.format(.leftTheList, left)
                state.flash = state.flash.map { $0 + " · " + said } ?? said
            }
        case let .countsLoaded(filter, counts):
            guard filter == state.queue.filter else { return [] }
            state.queue.counts = counts
            state.queue.countsShown = filter
        case let .viewSaved(view):
            state.flash = state.catalog.format(.viewSaved, SafeText.line(view.name), Filters.describe(state))
        case let .viewsLoaded(name, views):
            return Filters.viewsLoaded(name, views, &state)
        case let .editableLoaded(request, detail):
            return Editing.fieldsLoaded(request, detail, &state)
        case let .mergeTargetsLoaded(request, duplicates):
            return Acting.mergeTargets(request, duplicates, &state)
        case let .requestAdded(added, duplicates):
            return Intake.added(added, duplicates, &state)
        case let .intakeRefused(draft, message):
            return Intake.refused(draft, message, &state)
        case let .dayLogLoaded(entries):
            DayLog.loaded(entries, &state)
        case let .detailLoaded(id, detail):
            guard state.queue.detail?.id == id else { return [] }
            state.queue.detail?.detail = detail
            state.queue.detail?.loaded = true
            return state.photos.fetch(detail?.photos ?? [])
        case let .assigneeFound(query, cadres):
            return Filters.assigneesFound(query, cadres, &state)
        case let .assigneesLoaded(request, options):
            Acting.assigneePicker(request, options, &state)
        case let .acted(request):
            return Acting.succeeded(request, &state)
        case let .actedAll(request, failures):
            return Acting.finishedBatch(request, failures, &state)
        case let .undone(ref, action):
            state.flash = state.catalog.format(.undone, ref, state.labels.action(action))
            state.queue.followRef = ref
            return reread(state)
        case let .actionFailed(request, failure):
            return Acting.failed(request, failure, &state)
        }
        return []
    }

    static func label(_ prompt: QueuePrompt, _ state: AppState) -> (String, String) {
        let c = state.catalog
        return switch prompt {
        case .search: ("/", c[state.queue.searchEverywhere ? .searchEverywhere : .searchOpenOnly])
        case let .intake(draft): (Intake.label(draft, c), c[.textHint])
        case let .actionText(request, requirement): (Acting.named(request, Acting.prompt(for: requirement, of: request.action, c), state), c[.textHint])
        case .exportTo: (c[.askExportFile], c[.exportHint])
        case let .editText(request, field): (Acting.named(request, state.labels.field(field) + c.colon, state), c[.textHint])
        }
    }

    static func entered(_ text: String, _ prompt: QueuePrompt, _ state: inout AppState) -> [Effect] {
        switch prompt {
        case .search:
            var filter = state.queue.filter
            filter.search = text.trimmed
            // Searching everywhere widens the open ones to every state; the states come back
            // when the search is cleared or kept to open ones.
            if state.queue.widenedForSearch, filter.search.isEmpty || !state.queue.searchEverywhere {
                filter.states = []
                state.queue.widenedForSearch = false
            } else if state.queue.searchEverywhere, !filter.search.isEmpty, filter.states.isEmpty {
                filter.states = Set(RequestState.allCases)
                state.queue.widenedForSearch = true
            }
            return Filters.apply(filter, &state)
        case let .intake(draft):
            return Intake.entered(text, draft, &state)
        case let .actionText(request, requirement):
            return Acting.entered(text, request, requirement, &state)
        case let .editText(request, field):
            return Editing.entered(text, field, request, &state)
        case .exportTo:
            let name = text.trimmed
            guard !name.isEmpty else { return [] }
            let file = URL(fileURLWithPath: name).pathExtension.isEmpty ? name + ".csv" : name
            state.namedFile = file
            state.flash = state.catalog[.exporting]
            return [.queue(.exportShown(state.queue.filter, state.queue.sort, FileFormat.named(file)))]
        }
    }
}
