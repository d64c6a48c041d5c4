import Foundation
import LeagueCore
import Store
import TerminalKit

/// Keys in the cadre form: Tab and ↓ / Shift-Tab and ↑ move between fields, ← → choose in
/// choice fields, Enter saves, Esc closes (asking first if anything was typed).
enum CadreFormEditing {
    static func handle(_ key: Key, _ form: inout CadreForm, _ state: inout AppState) -> [Effect] {
        defer { if state.overlay != nil { state.overlay = .cadreForm(form) } }
        if key == .escape {
            if form.draft != form.original, !form.confirmingDiscard {
                form.confirmingDiscard = true
                return []
            }
            state.overlay = nil
            return []
        }
        form.confirmingDiscard = false
        switch key {
        case .enter:
            form.notice = nil
            return [.roster(.saveCadre(cadreId: form.cadreId, version: form.version, draft: form.draft))]
        case .tab, .down: focus(on: step(form.focus, by: 1), &form)
        case .backTab, .up: focus(on: step(form.focus, by: -1), &form)
        // Arrows choose in a choice field; in a text field they move the cursor (below).
        case .left where !CadreForm.textFields.contains(form.focus), .right where !CadreForm.textFields.contains(form.focus):
            choose(key == .right ? 1 : -1, &form, state)
        default:
            guard CadreForm.textFields.contains(form.focus), form.editor.handle(key) else { return [] }
            form.setText(form.editor.text, for: form.focus)
            form.problems[form.focus] = nil
        }
        return []
    }

    private static func step(_ field: CadreField, by offset: Int) -> CadreField {
        let fields = CadreField.allCases
        return fields[(fields.firstIndex(of: field)! + offset + fields.count) % fields.count]
    }

    static func focus(on field: CadreField, _ form: inout CadreForm) {
        form.focus = field
        form.editor = LineEditor(form.text(for: field))
    }

    /// The next or previous choice of a role, township or commune field.
    private static func choose(_ offset: Int, _ form: inout CadreForm, _ state: AppState) {
        func cycled<T: Equatable>(_ values: [T], _ current: T) -> T {
            guard !values.isEmpty else { return current }
            let index = values.firstIndex(of: current) ?? (offset > 0 ? values.count - 1 : 0)
            return values[(index + offset + values.count) % values.count]
        }
        switch form.focus {
        case .role:
            form.draft.role = cycled(CadreRole.allCases, form.draft.role)
        case .township:
            // A township secretary's cadres stay in their township.
            guard state.account.role != .townshipSecretary else { return }
            form.draft.townshipId = cycled(state.vocabulary.townships.map(\.id), form.draft.townshipId ?? -1)
            // Communes and contact points belong to a township: a move lets the old ones go.
            if let commune = form.draft.communeId, !form.townshipCommunes.contains(where: { $0.id == commune }) { form.draft.communeId = nil }
            form.draft.contactPoints = ""
        case .commune:
            form.draft.communeId = cycled([nil] + form.townshipCommunes.map(\.id), form.draft.communeId)
        default: return
        }
        form.problems[form.focus] = nil
    }

    /// The store's answer to a save that did not happen: the problems beside their fields
    /// (the first one focused), or a notice over the form. What was typed stays.
    static func rejected(_ error: CadreEditError, _ state: inout AppState) {
        guard case var .cadreForm(form) = state.overlay else { return }
        let c = state.catalog
        switch error {
        case let .invalid(problems):
            form.problems = problems
            if let first = CadreField.allCases.first(where: { problems[$0] != nil }) { focus(on: first, &form) }
            form.notice = c[.formHasProblems]
        case .notAllowed: form.notice = c[.rosterNotAllowed]
        case .noSuchCadre: form.notice = c[.cadreGone]
        case .changedMeanwhile: break
        }
        state.overlay = .cadreForm(form)
    }

    /// Someone saved the cadre meanwhile: say who and when; Enter again saves over it.
    static func conflict(by: String?, at: Int64, version: Int, _ state: inout AppState) {
        guard case var .cadreForm(form) = state.overlay else { return }
        form.version = version
        form.notice = state.catalog.format(.cadreChangedMeanwhile, SafeText.line(by ?? "?"), state.labels.timestamp(at))
        state.overlay = .cadreForm(form)
    }
}

extension CadreForm {
    func text(for field: CadreField) -> String {
        switch field {
        case .name: draft.name
        case .phone: draft.phone
        case .youthInContact: draft.youthInContact
        case .joinedOn: draft.joinedOn
        case .contactPoints: draft.contactPoints
        case .role, .township, .commune: ""
        }
    }

    mutating func setText(_ text: String, for field: CadreField) {
        switch field {
        case .name: draft.name = text
        case .phone: draft.phone = text
        case .youthInContact: draft.youthInContact = text
        case .joinedOn: draft.joinedOn = text
        case .contactPoints: draft.contactPoints = text
        case .role, .township, .commune: break
        }
    }
}
