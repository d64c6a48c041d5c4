import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// The desk's one reducer: applies an action to the state and returns the effects to run.
/// It does no I/O; the runtime runs the effects and feeds their answers back.
public enum Reducer {
    /// What the desk loads when it opens.
    public static func start(_ state: AppState) -> [Effect] {
        Queue.reload(state.queue, rows: state.queueRowCount)
    }

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case let .key(key):
            state.flash = nil
            return handle(key, &state)
        case let .resized(size):
            state.size = size
            return Queue.resize(&state.queue, rows: state.queueRowCount)
        case let .mouse(mouse):
            return state.pane == .roster ? Roster.mouse(mouse, &state) : Queue.mouse(mouse, &state)
        case let .pageLoaded(load, rows):
            Queue.place(rows, load, &state.queue, capacity: state.queueRowCount)
            return []
        case let .countsLoaded(counts):
            state.queue.counts = counts
            return []
        case let .detailLoaded(id, detail):
            guard state.queue.detail?.id == id else { return [] }
            state.queue.detail?.detail = detail
            state.queue.detail?.loaded = true
            return []
        case let .assigneeFound(query, cadreId, name):
            guard let cadreId else {
                state.flash = state.catalog.format(.unknownValue, query, state.catalog[.detailAssignee])
                return []
            }
            state.queue.filter.assigneeCadreId = cadreId
            state.queue.assigneeName = name
            return Queue.reload(state.queue, rows: state.queueRowCount)
        case let .failed(message):
            state.flash = message
            return []
        case let .assigneesLoaded(request, options):
            Acting.assigneePicker(request, options, &state)
            return []
        case let .acted(request):
            return Acting.succeeded(request, &state)
        case let .actedAll(request, failures):
            return Acting.finishedBatch(request, failures, &state)
        case let .undone(ref, action):
            state.flash = state.catalog.format(.undone, ref, state.labels.action(action))
            var effects = Queue.refresh(state.queue, rows: state.queueRowCount)
            if let detail = state.queue.detail { effects.append(.loadDetail(detail.id)) }
            return effects
        case let .actionFailed(request, failure):
            return Acting.failed(request, failure, &state)
        case .databaseChanged:
            var effects = Queue.refresh(state.queue, rows: state.queueRowCount)
            if let detail = state.queue.detail { effects.append(.loadDetail(detail.id)) }
            effects += Roster.dataChanged(&state)
            return effects
        case let .townshipsLoaded(townships):
            Roster.townshipsLoaded(townships, &state)
            return []
        case let .cadresLoaded(query, rows):
            Roster.cadresLoaded(query, rows, &state)
            return []
        case let .cardLoaded(id, card):
            Roster.cardLoaded(id, card, &state)
            return []
        case let .cadreFormOpened(form):
            state.overlay = .cadreForm(form)
            return []
        case let .cadreSaved(_, name):
            return Roster.saved(name: name, &state)
        case let .cadreSaveFailed(error):
            CadreFormEditing.rejected(error, &state)
            return []
        case let .cadreSaveConflict(by, at, version):
            CadreFormEditing.conflict(by: by, at: at, version: version, &state)
            return []
        case let .cadreActiveChanged(name, active):
            return Roster.activeChanged(name: name, active: active, &state)
        case let .diaryQueueLoaded(append, rows):
            Review.queueLoaded(append: append, rows, &state)
            return []
        case let .diaryCountsLoaded(counts):
            state.review.counts = counts
            return []
        case let .diaryOpened(id, detail, scoring, notice):
            Review.opened(id, detail, scoring: scoring, notice: notice, &state)
            // Taking it changed "mine" in the status line.
            return scoring ? [.loadDiaryCounts(state.account)] : []
        case let .reviewSubmitted(id):
            return Review.finished(id, flash: state.catalog[.reviewSent], &state)
        case let .reviewTakenBack(id, cadre):
            return Review.takenBack(id, cadre: cadre, &state)
        case let .diaryReturned(id):
            return Review.finished(id, flash: state.catalog[.diaryReturnedFlash], &state)
        case let .diaryCommentAdded(id):
            guard let open = state.review.open, open.id == id, let row = open.detail?.row else { return [] }
            state.flash = state.catalog[.commentAdded]
            return [.openDiary(id: id, version: row.version, by: state.account)]
        case let .reviewRefused(message):
            state.flash = message
            state.review.open?.notice = message
            return []
        case let .calibrationLoaded(calibration):
            state.review.calibration = calibration
            return []
        case let .satisfactionLoaded(report):
            Surveys.reportLoaded(report, &state)
            return []
        case let .followUpsLoaded(due):
            Surveys.followUpsLoaded(due, &state)
            return []
        case let .followUpRecorded(ref, answer, reopened):
            return Surveys.recorded(ref: ref, answer: answer, reopened: reopened, &state)
        case let .surveyFormLoaded(form):
            Surveys.formLoaded(form, &state)
            return []
        case let .cadresToRateFound(query, cadres):
            AnswerEntering.cadresFound(query, cadres, &state)
            return []
        case .typedResponseRecorded:
            AnswerEntering.recorded(&state)
            return []
        case let .suggestionsLoaded(rows):
            SuggestionsTab.loaded(rows, &state)
            return []
        case let .suggestionSaved(message):
            state.flash = message
            return [.loadSuggestions]
        case let .squadsLoaded(squads):
            // The chosen squad stays chosen when a colleague's squad comes in before it.
            let before = state.service.squads, chosen = state.service.selectedSquad
            let id = before.indices.contains(chosen) ? before[chosen].id : nil
            state.service.squads = squads
            state.service.selectedSquad = squads.firstIndex { $0.id == id } ?? min(chosen, max(0, squads.count - 1))
            return []
        case let .serviceDayPlansLoaded(plans):
            state.service.plans = plans
            return []
        case let .activitiesLoaded(polls):
            ActivitiesTab.loaded(polls, &state)
            return []
        case let .activitySaved(message):
            state.flash = message
            return [.loadActivities]
        case let .serviceDaySaved(message):
            state.flash = message
            return [CalendarTab.load(state)]
        case let .squadActed(message):
            state.flash = message
            return [.loadSquads]
        case let .squadFormed(id, name, squads):
            SquadsTab.formed(id, name: name, squads, &state)
            return []
        case let .printed(week):
            state.flash = state.catalog.format(.printed, week)
            return []
        case let .weeklySummaryLoaded(summary):
            SummaryPane.loaded(summary, &state)
            return []
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.overlay {
        case .help:
            if key == .escape || key == .character("?") || key == .character("q") { state.overlay = nil }
            return []
        case var .prompt(prompt):
            return Prompt.handle(key, &prompt, &state)
        case var .picker(picker):
            return Filters.handlePicker(key, &picker, &state)
        case var .cadreForm(form):
            return CadreFormEditing.handle(key, &form, &state)
        case nil:
            break
        }
        if state.pane == .roster, let command = Keymap.command(for: key, in: Roster.bindings(state)) {
            return Roster.run(command, &state)
        }
        if state.pane == .diaries, let command = Keymap.command(for: key, in: Review.bindings(state)) {
            return Review.run(command, &state)
        }
        if state.pane == .surveys, let command = Keymap.command(for: key, in: Surveys.bindings(state)) {
            return Surveys.run(command, &state)
        }
        if state.pane == .summary, let command = Keymap.command(for: key, in: Keymap.summary) {
            return SummaryPane.run(command, &state)
        }
        if state.pane == .service, let command = Keymap.command(for: key, in: ServicePane.bindings(state)) {
            return ServicePane.run(command, &state)
        }
        if state.pane == .requests, state.queue.detail != nil {
            if let command = Keymap.command(for: key, in: Keymap.detail) {
                if [.act, .assign, .note, .contact].contains(command) { return Acting.begin(command, &state) }
                return Detail.run(command, &state)
            }
        } else if state.pane == .requests, let command = Keymap.command(for: key, in: Keymap.queue) {
            return Queue.run(command, &state)
        }
        if let command = Keymap.command(for: key, in: Keymap.global) {
            return runGlobal(command, &state)
        }
        return []
    }

    static func runGlobal(_ command: Command, _ state: inout AppState) -> [Effect] {
        let panes = PaneID.allCases
        switch command {
        case .quit: state.shouldQuit = true
        case .help: state.overlay = .help
        case .redraw: return [.redraw]
        case .commandLine: state.overlay = .prompt(PromptState(kind: .command, editor: LineEditor()))
        case let .showPane(index): if panes.indices.contains(index) { state.pane = panes[index] }
        case .nextPane: state.pane = panes[(state.pane.rawValue + 1) % panes.count]
        case .previousPane: state.pane = panes[(state.pane.rawValue + panes.count - 1) % panes.count]
        default: break
        }
        switch state.pane {
        case .roster: return Roster.shown(&state)
        case .diaries: return Review.shown(state)
        case .surveys: return Surveys.shown(&state)
        case .summary: return SummaryPane.shown(&state)
        case .service: return ServicePane.shown(state)
        case .requests: return []
        }
    }
}

/// The request queue's moves: every one that needs rows asks for a keyset page.
enum Queue {
    static func reload(_ queue: QueueState, rows: Int) -> [Effect] {
        [.loadPage(queue.filter, queue.sort, PageLoad(from: nil, direction: .after, limit: rows, placement: .top)),
         .loadCounts(queue.filter)]
    }

    /// Reads the window again from its first row, and the counts.
    static func refresh(_ queue: QueueState, rows: Int) -> [Effect] {
        guard let first = queue.rows.first else { return reload(queue, rows: rows) }
        return load(queue, first.positionJustBefore(in: queue.sort), .after, rows, .refresh) + [.loadCounts(queue.filter)]
    }

    private static func load(_ queue: QueueState, _ from: QueuePosition?, _ direction: QueueDirection, _ limit: Int,
                             _ placement: PageLoad.Placement) -> [Effect] {
        [.loadPage(queue.filter, queue.sort, PageLoad(from: from, direction: direction, limit: limit, placement: placement))]
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        var queue = state.queue
        defer { state.queue = queue }
        let capacity = state.queueRowCount
        let sort = queue.sort
        switch command {
        case .tag:
            // Tags the row and moves on, scrolling like j at the bottom of the screen.
            guard let row = queue.selectedRow else { return [] }
            if let index = queue.tagged.firstIndex(where: { $0.id == row.id }) { queue.tagged.remove(at: index) } else { queue.tagged.append(row) }
            fallthrough
        case .moveDown:
            if queue.selected + 1 < queue.rows.count { queue.selected += 1; return [] }
            guard queue.rows.count >= capacity, let last = queue.rows.last else { return [] }
            return load(queue, last.position(in: sort), .after, max(1, capacity / 2), .scrollDown)
        case .moveUp:
            if queue.selected > 0 { queue.selected -= 1; return [] }
            guard let first = queue.rows.first else { return [] }
            return load(queue, first.position(in: sort), .before, max(1, capacity / 2), .scrollUp)
        case .pageDown:
            guard queue.rows.count >= capacity, let last = queue.rows.last else {
                queue.selected = max(0, queue.rows.count - 1)
                return []
            }
            return load(queue, last.position(in: sort), .after, capacity, .pageDown)
        case .pageUp:
            guard let first = queue.rows.first else { return [] }
            return load(queue, first.position(in: sort), .before, capacity, .pageUp)
        case .top: return load(queue, nil, .after, capacity, .top)
        case .bottom: return load(queue, nil, .before, capacity, .bottom)
        case .open:
            guard let row = queue.selectedRow else { return [] }
            queue.detail = DetailState(id: row.id)
            return [.loadDetail(row.id)]
        case .search:
            state.overlay = .prompt(PromptState(kind: .search, editor: LineEditor(queue.filter.search)))
        case .filter:
            state.overlay = .picker(Filters.kindPicker(state))
        case .sort:
            let sorts = QueueSort.allCases
            queue.sort = sorts[(sorts.firstIndex(of: queue.sort)! + 1) % sorts.count]
            // The same requests in another order: the counts stand.
            return load(queue, nil, .after, capacity, .top)
        case .act, .assign, .note, .contact:
            state.queue = queue
            return Acting.begin(command, &state)
        case .undo:
            return [.undoLast(state.account)]
        case .untagAll:
            queue.tagged = []
        case .clearFilters:
            guard !queue.filter.isDefault else { return [] }
            queue.filter = QueueFilter(scope: queue.filter.scopeTownshipId)
            queue.assigneeName = nil
            return reload(queue, rows: capacity)
        default: break
        }
        return []
    }

    /// Puts rows that came back from a page read into the window.
    static func place(_ rows: [QueueRow], _ load: PageLoad, _ queue: inout QueueState, capacity: Int) {
        queue.loaded = true
        let onScreen = queue.selected
        switch load.placement {
        case .top:
            queue.rows = rows
            queue.selected = 0
        case .bottom:
            queue.rows = rows.reversed()
            queue.selected = max(0, queue.rows.count - 1)
        case .scrollDown:
            guard !rows.isEmpty else { return }
            let combined = queue.rows + rows
            let dropped = max(0, combined.count - capacity)
            queue.rows = Array(combined.dropFirst(dropped))
            queue.selected = min(queue.rows.count - 1, onScreen + 1 - dropped)
        case .scrollUp:
            guard !rows.isEmpty else { return }
            queue.rows = Array((rows.reversed() + queue.rows).prefix(capacity))
            queue.selected = rows.count - 1
        case .pageDown:
            guard !rows.isEmpty else { queue.selected = max(0, queue.rows.count - 1); return }
            queue.rows = Array((queue.rows + rows).suffix(capacity))
            queue.selected = min(onScreen, queue.rows.count - 1)
        case .pageUp:
            guard !rows.isEmpty else { queue.selected = 0; return }
            queue.rows = Array((rows.reversed() + queue.rows).prefix(capacity))
            queue.selected = min(onScreen, queue.rows.count - 1)
        case .fill:
            queue.rows = Array((queue.rows + rows).prefix(capacity))
        case .refresh:
            queue.rows = rows
            queue.selected = max(0, min(onScreen, rows.count - 1))
        }
    }

    /// A new window size: keep the selected row in view, read more rows if there is room.
    static func resize(_ queue: inout QueueState, rows capacity: Int) -> [Effect] {
        if queue.rows.count > capacity {
            let drop = max(0, queue.selected - capacity + 1)
            queue.rows = Array(queue.rows.dropFirst(drop).prefix(capacity))
            queue.selected -= drop
            return []
        }
        guard queue.loaded, queue.rows.count < capacity else { return [] }
        return load(queue, queue.rows.last?.position(in: queue.sort), .after, capacity - queue.rows.count, .fill)
    }

    /// Clicks select a row, the wheel moves by three.
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.pane == .requests, state.overlay == nil, state.queue.detail == nil else { return [] }
        switch mouse.kind {
        case .click:
            let index = mouse.y - QueueView.firstRowY
            if state.queue.rows.indices.contains(index) { state.queue.selected = index }
            return []
        case .wheelDown, .wheelUp:
            var effects: [Effect] = []
            for _ in 0..<3 { effects += run(mouse.kind == .wheelDown ? .moveDown : .moveUp, &state) }
            return effects
        }
    }
}

/// The detail view of one request.
enum Detail {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var detail = state.queue.detail else { return [] }
        if command == .back {
            state.queue.detail = nil
        } else if let move = scrollMove(command) {
            let lineCount = detail.detail.map { DetailView.lines($0, state, width: state.size.width - 2).count } ?? 0
            detail.scroll = ScrolledLines.scrolled(detail.scroll, by: move, lineCount: lineCount, visible: state.textRowCount)
            state.queue.detail = detail
        }
        return []
    }

    /// The scroll a command asks of a page of text, if any.
    static func scrollMove(_ command: Command) -> ScrolledLines.Move? {
        switch command {
        case .moveDown: .lineDown
        case .moveUp: .lineUp
        case .pageDown: .pageDown
        case .pageUp: .pageUp
        default: nil
        }
    }
}
