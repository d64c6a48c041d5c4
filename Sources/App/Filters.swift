import LeagueCore
import Store
import TerminalKit

/// Narrowing the queue: the filter picker (`f`) and the `:` commands share these moves.
enum Filters {
    static func kindPicker(_ state: AppState) -> PickerState {
        let c = state.catalog
        let kinds: [(Phrase, String)] = [
            (.pickTownship, "township"), (.pickCategory, "category"), (.pickState, "state"), (.pickUrgency, "urgency"),
            (.pickOverdue, "overdue"), (.pickMine, "mine"), (.pickAssignee, "assignee"),
        ]
        return PickerState(purpose: .filterKind, title: c[.pickFilter],
                           options: kinds.map { .init(label: c[$0.0], value: $0.1) })
    }

    /// The choices for one kind of filter, in the county's order.
    static func valuePicker(_ kind: String, _ state: AppState) -> PickerState? {
        let c = state.catalog, labels = state.labels
        switch kind {
        case "township":
            return PickerState(purpose: .township, title: c[.pickTownship], options: state.vocabulary.townships.map {
                .init(label: labels.township($0), value: String($0.id))
            })
        case "category":
            return PickerState(purpose: .category, title: c[.pickCategory], options: state.vocabulary.categories.map {
                .init(label: labels.category($0), value: String($0.id))
            })
        case "state":
            return PickerState(purpose: .state, title: c[.pickState],
                               options: [.init(label: c[.allOpen], value: "open")]
                                   + RequestState.allCases.map { .init(label: labels.state($0), value: $0.rawValue) })
        case "urgency":
            return PickerState(purpose: .urgency, title: c[.pickUrgency],
                               options: Urgency.allCases.reversed().map { .init(label: labels.urgencyName($0), value: String($0.rawValue)) })
        default:
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
        case .action, .assignee:
            return Acting.chose(choice, picker.purpose, &state)
        case .filterKind:
            switch choice.value {
            case "overdue": filter.overdueOnly.toggle()
            case "mine": filter.actedOnByOperatorId = filter.actedOnByOperatorId == nil ? state.account.id : nil
            case "assignee":
                state.overlay = .prompt(PromptState(kind: .command, editor: LineEditor("assignee ")))
                return []
            default:
                state.overlay = valuePicker(choice.value, state).map(Overlay.picker)
                return []
            }
        case .township: filter.townshipIds = [Int64(choice.value)!]
        case .category: filter.categoryIds = [Int64(choice.value)!]
        case .state: filter.states = choice.value == "open" ? [] : [RequestState(rawValue: choice.value)!]
        case .urgency: filter.urgencies = [Urgency(rawValue: Int(choice.value)!)!]
        }
        return apply(filter, &state)
    }

    /// Shows the queue through `filter`, from its first row.
    static func apply(_ filter: QueueFilter, _ state: inout AppState) -> [Effect] {
        guard filter != state.queue.filter else { return [] }
        state.queue.filter = filter
        if filter.assigneeCadreId == nil { state.queue.assigneeName = nil }
        return Queue.reload(state.queue, rows: state.queueRowCount)
    }

    /// The status line's account of what is shown: state, township, the other filters, order.
    static func describe(_ state: AppState) -> String {
        let c = state.catalog, labels = state.labels, filter = state.queue.filter
        var parts: [String] = []
        parts.append(filter.states.isEmpty ? c[.allOpen] : filter.states.sorted { $0.rawValue < $1.rawValue }.map(labels.state).joined(separator: "+"))
        let towns = filter.townshipIds.isEmpty ? filter.scopeTownshipId.map { [$0] } ?? [] : filter.townshipIds.sorted()
        parts.append(towns.isEmpty ? c[.allTownships] : towns.map { labels.township(state.vocabulary.township($0)) }.joined(separator: "+"))
        parts += filter.categoryIds.sorted().map { labels.category(state.vocabulary.category($0)) }
        parts += filter.urgencies.sorted().reversed().map(labels.urgencyName)
        if filter.overdueOnly { parts.append(c[.filterOverdue]) }
        if filter.actedOnByOperatorId != nil { parts.append(c[.filterMine]) }
        if let name = state.queue.assigneeName { parts.append(c.format(.filterAssignee, name)) }
        if !filter.search.isEmpty { parts.append(c.format(.filterSearch, filter.search)) }
        switch state.queue.sort {
        case .priority: parts.append(c[.sortPriority])
        case .newest: parts.append(c[.sortNewest])
        case .oldest: parts.append(c[.sortOldest])
        }
        return parts.joined(separator: " · ")
    }
}
