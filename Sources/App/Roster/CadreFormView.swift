import LeagueCore
import Store
import TerminalKit

/// The cadre form over the roster: a label and a value per line, a problem under the field
/// it is about, the keys at the bottom.
enum CadreFormView {
    static func draw(_ form: CadreForm, _ state: AppState, into canvas: inout Canvas) {
        let c = state.catalog, labels = state.labels
        let fields = CadreField.allCases
        let labelWidth = fields.map { CellWidth.of(labels.cadreField($0)) }.max() ?? 0
        let problemLines = form.problems.count
        let noticeLines = form.notice != nil || form.confirmingDiscard ? 2 : 0
        let height = min(canvas.size.height - 2, fields.count + problemLines + noticeLines + 4)
        let width = min(canvas.size.width - 2, max(56, labelWidth + 40))
        let title = form.cadreId == nil ? c[.addCadreTitle] : c.format(.editCadreTitle, SafeText.line(form.original.name))
        let inner = Dialog.draw(into: &canvas, rect: canvas.bounds.centered(width: width, height: height), title: title)
        var y = inner.y
        if form.confirmingDiscard {
            canvas.put(c[.confirmDiscard], x: inner.x, y: y, width: inner.width, role: .error)
            y += 2
        } else if let notice = form.notice {
            canvas.put(notice, x: inner.x, y: y, width: inner.width, role: .error)
            y += 2
        }
        let valueX = inner.x + labelWidth + 2
        let valueWidth = inner.maxX - valueX
        for field in fields where y < inner.maxY - 1 {
            let focused = field == form.focus
            canvas.put(labels.cadreField(field).padded(toCells: labelWidth), x: inner.x, y: y, role: focused ? .keyName : .dialog)
            if CadreForm.textFields.contains(field) {
                if focused {
                    form.editor.draw(into: &canvas, x: valueX, y: y, width: valueWidth, prompt: "")
                } else {
                    canvas.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: .input)
                    canvas.put(SafeText.line(form.text(for: field)), x: valueX, y: y, width: valueWidth, role: .input)
                }
            } else {
                canvas.put("< \(choice(field, form, state)) >", x: valueX, y: y, width: valueWidth, role: focused ? .selected : .dialog)
            }
            y += 1
            if let problem = form.problems[field], y < inner.maxY - 1 {
                canvas.put(problem.message(state.language), x: valueX, y: y, width: valueWidth, role: .error)
                y += 1
            }
        }
        canvas.put(c[.formKeys], x: inner.x, y: inner.maxY - 1, width: inner.width, role: .muted)
    }

    static func choice(_ field: CadreField, _ form: CadreForm, _ state: AppState) -> String {
        let c = state.catalog
        switch field {
        case .role: return form.draft.role.name(state.language)
        case .township: return form.draft.townshipId.map { state.labels.township(state.vocabulary.township($0)) } ?? c[.chooseOne]
        case .commune:
            return form.draft.communeId.flatMap { id in form.communes.first { $0.id == id }.map { SafeText.line($0.name) } } ?? c[.detailNone]
        default: return ""
        }
    }
}
