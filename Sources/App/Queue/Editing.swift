import LeagueCore
import Store
import TerminalKit
import Workflow

/// Correcting a request after it was taken in (`t` → 修改): the fields with their values
/// now, then the new value — typed over the old text, or chosen from the list — recorded as
/// one step whose history says old → new. A township secretary corrects within her
/// township; moving a request to another township is the county desk's.
enum Editing {
    /// The fields to correct, read from the request as it is now.
    static func fieldsLoaded(_ request: ActionRequest, _ detail: RequestDetail?, _ state: inout AppState) -> [Effect] {
        guard let detail else {
            state.overlay = nil
            state.flash = state.catalog[.detailMissing]
            return []
        }
        var request = request
        request.version = detail.row.version
        let labels = state.labels, vocabulary = state.vocabulary
        let now: [(RequestField, String)] = [
            (.title, detail.row.title), (.body, detail.body), (.category, labels.category(vocabulary.category(detail.row.categoryId))),
            (.urgency, labels.urgencyName(detail.row.urgency)), (.township, labels.township(named: detail.township, in: vocabulary)),
        ]
        let current: [RequestField: String] = [.title: detail.row.title, .body: detail.body]
        let fields = now.filter { $0.0 != .township || state.account.ownTownship == nil }
        state.overlay = .picker(PickerState(
            purpose: .editField(request), title: Acting.named(request, state.catalog[.pickEditField], state),
            options: fields.map { field, value in
                .init(label: labels.field(field) + state.catalog.colon + SafeText.line(value).truncated(toCells: 40),
                      value: .editField(field, current: current[field] ?? ""))
            }))
        return []
    }

    /// A field chosen: its text to type over, or its values to choose from.
    static func choseField(_ field: RequestField, current: String, _ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        let labels = state.labels, vocabulary = state.vocabulary
        let options: [PickerState.Option]
        switch field {
        case .title, .body:
            state.overlay = .prompt(PromptState(kind: .queue(.editText(request, field)), editor: LineEditor(current)))
            return []
        case .category: options = vocabulary.categories.map { .init(label: labels.category($0), value: .category($0.id)) }
        case .urgency: options = Urgency.allCases.reversed().map { .init(label: labels.urgencyName($0), value: .urgency($0)) }
        case .township: options = vocabulary.townships.map { .init(label: labels.township($0), value: .township($0.id)) }
        }
        state.overlay = .picker(PickerState(purpose: .editValue(request), title: Acting.named(request, labels.field(field), state), options: options))
        return []
    }

    /// A new category, urgency or township chosen.
    static func choseValue(_ choice: PickerState.Choice, _ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        var request = request
        switch choice {
        case let .category(id): request.input.changes = [.category: String(id)]
        case let .urgency(urgency): request.input.changes = [.urgency: String(urgency.rawValue)]
        case let .township(id): request.input.changes = [.township: String(id)]
        default: return []
        }
        return Acting.proceed(request, &state)
    }

    /// A new title or text typed.
    static func entered(_ text: String, _ field: RequestField, _ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        var request = request
        request.input.changes = [field: text]
        return Acting.proceed(request, &state)
    }

    /// After a colleague's change, the text typed is offered again to confirm.
    static func again(_ request: ActionRequest, _ state: inout AppState) {
        guard let (field, text) = request.input.changes.first, field == .title || field == .body else { return }
        state.overlay = .prompt(PromptState(kind: .queue(.editText(request, field)), editor: LineEditor(text)))
    }
}
