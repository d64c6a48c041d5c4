import LeagueCore
import Store
import TerminalKit
import Workflow

/// A list to choose one thing from, narrowed by typing: the filter menu and its choices.
public struct PickerState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Which kind of filter, then the value to filter on.
        case filterKind, filterValue
        /// What to do with a request.
        case action(ActionRequest)
        /// Whom to give it to.
        case assignee(ActionRequest)
        /// How the requester was reached.
        case channel(ActionRequest)
        /// Which request a duplicate goes into.
        case mergeTarget(ActionRequest)
        /// Which of the cadres a typed name fits a paper questionnaire rates.
        case cadreToRate
        /// A step of a new request taken in at the desk.
        case intake(IntakeDraft)
        /// Whether the request just added is one of these, to merge it into.
        case duplicateOf(IntakeAdded)
        /// Which field of a request to correct, then its new value.
        case editField(ActionRequest), editValue(ActionRequest)
    }

    public struct Option: Codable, Equatable, Sendable {
        public var label: String
        /// What choosing it means, read by the purpose's handler.
        public var value: Choice
        /// The label's pinyin keys, made once (`Pinyin.searchKeys`).
        public var keys: String

        public init(label: String, value: Choice) {
            self.label = label
            self.value = value
            keys = Pinyin.searchKeys(label)
        }
    }

    /// What an option stands for.
    public enum Choice: Codable, Equatable, Sendable {
        /// Which kind of filter to set next.
        case filterKind(FilterKind)
        case township(Int64)
        case category(Int64)
        /// A state to show, or nil for every open one.
        case state(RequestState?)
        /// Every state, ended ones too.
        case allStates
        case urgency(Urgency)
        /// A workflow action on a request.
        case action(RequestAction)
        case channel(ContactChannel)
        case source(RequestSource)
        /// The new request is not a duplicate; or it is, of this reference.
        case keepNew
        case mergeTarget(String)
        /// A saved view of the queue to recall.
        case savedView(SavedView)
        case cadre(Int64)
        case commune(Int64)
        /// A field of a request to correct, with its text now (title and text only).
        case editField(RequestField, current: String)
    }

    public enum FilterKind: CaseIterable, Codable, Equatable, Sendable {
        case township, category, state, urgency, overdue, mine, assignee, savedViews
    }

    public var purpose: Purpose
    public var title: String
    public var options: [Option]
    public var query = LineEditor()
    public var selected = 0

    /// The options whose label holds what was typed, or whose pinyin starts with it: `zcx` or
    /// `zhangc` for 张传相, `ly` or `luo` for 罗阳镇.
    public var visible: [Option] {
        let text = query.text.lowercased()
        guard !text.isEmpty else { return options }
        let byPinyin = Pinyin.isQuery(text)
        return options.filter { option in
            option.label.lowercased().contains(text) || byPinyin && Pinyin.matches(keys: option.keys, query: text)
        }
    }

    /// Handles a key; returns the chosen option on Enter, `nil` otherwise.
    mutating func handle(_ key: Key) -> Option? {
        switch key {
        case .down, .control("n"): selected = min(selected + 1, max(0, visible.count - 1))
        case .up, .control("p"): selected = max(0, selected - 1)
        case .enter: return visible.indices.contains(selected) ? visible[selected] : nil
        default:
            if query.handle(key) { selected = 0 }
        }
        return nil
    }

    func draw(into canvas: inout Canvas, catalog: Catalog) {
        let widest = max(CellWidth.of(catalog[.pickHint]), CellWidth.of(title), options.map { CellWidth.of($0.label) }.max() ?? 0)
        let width = min(canvas.size.width - 4, widest + 6)
        let height = min(canvas.size.height - 2, options.count + 4)
        let inner = Dialog.draw(into: &canvas, rect: canvas.bounds.centered(width: width, height: height), title: title)
        let rows = max(0, inner.height - 2)
        let first = max(0, selected - rows + 1)
        let shown = visible
        for (row, option) in shown.dropFirst(first).prefix(rows).enumerated() {
            let index = first + row
            canvas.put(option.label.padded(toCells: inner.width), x: inner.x, y: inner.y + row,
                       role: index == selected ? .selected : .dialog)
        }
        if shown.isEmpty, rows > 0 { canvas.put(catalog[.pickNothing], x: inner.x, y: inner.y, width: inner.width, role: .muted) }
        canvas.put(catalog[.pickHint], x: inner.x, y: inner.maxY - 1, width: inner.width, role: .muted)
        query.draw(into: &canvas, x: inner.x, y: inner.maxY - 2, width: inner.width, prompt: "> ")
    }
}
