import LeagueCore
import Store
import TerminalKit

/// Narrowing the queue: the filter picker (`f`) and the `:` commands share these moves.
enum Filters {
    static func kindPicker(_ state: AppState) -> PickerState {
        let c = state.catalog
        let kinds: [(Phrase, PickerState.FilterKind)] = [
            (.pickTownship, .township), (.pickCategory, .category), (.pickState, .state), (.pickUrgency, .urgency),
            (.pickOverdue, .overdue), (.pickMine, .mine), (.pickAssignee, .assignee), (.pickSavedView, .savedViews),
        ]
        return PickerState(purpose: .filterKind, title: c[.pickFilter],
                           options: kinds.map { .init(label: c[$0.0], value: .filterKind($0.1)) })
    }

    /// The choices for one kind of filter, in the county's order.
    static func valuePicker(_ kind: PickerState.FilterKind, _ state: AppState) -> PickerState? {
        let c = state.catalog, labels = state.labels
        switch kind {
        case .township:
            return PickerState(purpose: .filterValue, title: c[.pickTownship], options: state.vocabulary.townships.map {
                .init(label: labels.township($0), value: .township($0.id))
            })
        case .category:
            return PickerState(purpose: .filterValue, title: c[.pickCategory], options: state.vocabulary.categories.map {
                .init(label: labels.category($0), value: .category($0.id))
            })
        case .state:
            return PickerState(purpose: .filterValue, title: c[.pickState],
                               options: [.init(label: c[.allOpen], value: .state(nil)), .init(label: c[.allStates], value: .allStates)]
                                   + RequestState.allCases.map { .init(label: labels.state($0), value: .state($0)) })
        case .urgency:
            return PickerState(purpose: .filterValue, title: c[.pickUrgency],
                               options: Urgency.allCases.reversed().map { .init(label: labels.urgencyName($0), value: .urgency($0)) })
        case .overdue, .mine, .assignee, .savedViews:
            return nil
        }
    }

    static func handlePicker(_ key: Key, _ picker: inout PickerState, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            state.overlay = nil
            return []
        }
        guard let choice = picker.handle(key) else {
            state.overlay = .picker(picker)
            return []
        }
        state.overlay = nil
        var filter = state.queue.filter
        switch picker.purpose {
        case .action, .assignee, .channel, .mergeTarget:
            return Acting.chose(choice, picker.purpose, &state)
        case .cadreToRate:
            if case let .cadre(id) = choice.value { AnswerEntering.rate(cadreId: id, &state) }
            return []
        case let .intake(draft):
            return Intake.chose(choice, draft, &state)
        case let .editField(request):
            guard case let .editField(field, current) = choice.value else { return [] }
            return Editing.choseField(field, current: current, request, &state)
        case let .editValue(request):
            return Editing.choseValue(choice.value, request, &state)
        case let .duplicateOf(added):
            guard case let .mergeTarget(target) = choice.value else { return [] }
            return Intake.merge(added, into: target)
        case .filterKind, .filterValue:
            switch choice.value {
            case .filterKind(.overdue): filter.overdueOnly.toggle()
            case .filterKind(.mine): filter.actedOnByOperatorId = filter.actedOnByOperatorId == nil ? state.account.id : nil
            case .filterKind(.assignee):
                state.overlay = .prompt(PromptState(kind: .command, editor: LineEditor("assignee ")))
                return []
            case .filterKind(.savedViews):
                return [.queue(.loadViews(named: ""))]
            case let .savedView(view):
                return recall(view, &state)
            case let .filterKind(kind):
                state.overlay = valuePicker(kind, state).map(Overlay.picker)
                return []
            case let .township(id): filter.townshipIds = [id]
            case let .category(id): filter.categoryIds = [id]
            case let .state(shown): filter.states = shown.map { [$0] } ?? []
            case .allStates: filter.states = Set(RequestState.allCases)
            case let .urgency(level): filter.urgencies = [level]
            case let .cadre(id):
                filter.assigneeCadreId = id
                state.queue.assigneeName = choice.label
            case .action, .commune, .channel, .source, .keepNew, .mergeTarget, .editField: return []
            }
        }
        return apply(filter, &state)
    }

    /// `:assignee NAME` answered: the one cadre it names is the filter; several are a list to
    /// choose from (name and township); none is said.
    static func assigneesFound(_ query: String, _ cadres: [CadreRow], _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        switch cadres.count {
        case 0:
            state.flash = c.format(.unknownValue, SafeText.line(query), c[.detailAssignee])
            return []
        case 1:
            var filter = state.queue.filter
            filter.assigneeCadreId = cadres[0].id
            state.queue.assigneeName = SafeText.line(cadres[0].name)
            state.queue.filter = filter
            return Queue.reload(state.queue, rows: state.queueRowCount)
        default:
            state.overlay = .picker(PickerState(purpose: .filterValue, title: c[.pickAssignee], options: cadres.map {
                .init(label: "\(SafeText.line($0.name)) · \(state.labels.township(state.vocabulary.township($0.townshipId)))", value: .cadre($0.id))
            }))
            return []
        }
    }

    /// `:view NAME` (or the filter picker's saved views) answered: the one view the name
    /// fits is shown; several, or no name, are a list; none is said.
    static func viewsLoaded(_ name: String, _ views: [SavedView], _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        guard !views.isEmpty else {
            state.flash = c[.noSavedViews]
            return []
        }
        let fitting = name.trimmed.isEmpty ? views : NameMatch.find(name, in: views.map { ([$0.name], $0.name) }).compactMap { found in
            views.first { $0.name == found }
        }
        if fitting.count == 1 { return recall(fitting[0], &state) }
        if fitting.isEmpty { state.flash = c.format(.unknownValue, SafeText.line(name), c[.pickSavedView]) }
        state.overlay = .picker(PickerState(purpose: .filterValue, title: c[.pickSavedView],
                                            options: views.map { .init(label: SafeText.line($0.name), value: .savedView($0)) }))
        return []
    }

    /// A saved view shown: its filter (kept to the person's township), search and order.
    static func recall(_ view: SavedView, _ state: inout AppState) -> [Effect] {
        var filter = view.filter
        filter.scopeTownshipId = state.queue.filter.scopeTownshipId
        state.queue.sort = view.sort
        state.queue.filter = filter
        state.queue.assigneeName = nil
        state.flash = state.catalog.format(.viewShown, SafeText.line(view.name))
        return Queue.reload(state.queue, rows: state.queueRowCount)
    }

    /// Shows the queue through `filter`, from its first row.
    static func apply(_ filter: QueueFilter, _ state: inout AppState) -> [Effect] {
        guard filter != state.queue.filter else { return [] }
        state.queue.filter = filter
        // States chosen by the person are theirs, not a search's to take back.
        if filter.states != Set(RequestState.allCases) { state.queue.widenedForSearch = false }
        if filter.assigneeCadreId == nil { state.queue.assigneeName = nil }
        return Queue.reload(state.queue, rows: state.queueRowCount)
    }

    /// The status line's account of what is shown: state, township, the other filters, order —
    /// of the rows on screen, until the rows of a list asked for since come.
    static func describe(_ state: AppState) -> String {
        let c = state.catalog, labels = state.labels, shown = state.queue.rowsShown ?? state.queue.list, filter = shown.filter
        var parts: [String] = []
        parts.append(filter.states.isEmpty ? c[.allOpen]
                     : filter.states == Set(RequestState.allCases) ? c[.allStates]
                     : filter.states.sorted { $0.rawValue < $1.rawValue }.map(labels.state).joined(separator: "+"))
        let towns = filter.townshipIds.isEmpty ? filter.scopeTownshipId.map { [$0] } ?? [] : filter.townshipIds.sorted()
        parts.append(towns.isEmpty ? c[.allTownships] : towns.map { labels.township(state.vocabulary.township($0)) }.joined(separator: "+"))
        parts += filter.categoryIds.sorted().map { labels.category(state.vocabulary.category($0)) }
        parts += filter.urgencies.sorted().reversed().map(labels.urgencyName)
        if filter.overdueOnly { parts.append(c[.filterOverdue]) }
        if filter.actedOnByOperatorId != nil { parts.append(c[.filterMine]) }
        if let name = state.queue.assigneeName { parts.append(c.format(.filterAssignee, name)) }
        if !filter.search.isEmpty { parts.append(c.format(.filterSearch, filter.search)) }
        switch shown.sort {
        case .priority: parts.append(c[.sortPriority])
        case .newest: parts.append(c[.sortNewest])
        case .oldest: parts.append(c[.sortOldest])
        }
        return parts.joined(separator: " · ")
    }
}
