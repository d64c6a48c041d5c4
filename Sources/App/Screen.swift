import LeagueCore
import Store
import TerminalKit

/// Draws a whole frame from the state: title, tabs, the pane, the status line, and the key
/// bar (or the prompt, or a message), with any overlay on top.
public enum Screen {
    public static let minimum = Size(width: 40, height: 10)

    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(size: state.size)
        let c = state.catalog
        guard state.size.width >= minimum.width, state.size.height >= minimum.height else {
            canvas.put(c[.tooSmall], x: 0, y: 0)
            return canvas
        }
        let height = state.size.height
        drawTitle(state, into: &canvas)
        TabBar.draw(into: &canvas, y: 1, titles: PaneID.allCases.map { c[$0.module.title] }, selected: state.pane.rawValue)
        let content = Rect(x: 0, y: 2, width: state.size.width, height: height - 4)
        let pane = state.pane.module
        pane.draw(state, into: &canvas, rect: content)
        let status = pane.status(state)
        StatusLine.draw(into: &canvas, y: height - 2, left: status.0, right: status.1)
        drawBottom(state, into: &canvas)
        switch state.overlay {
        case .help: HelpView.draw(state, into: &canvas)
        case let .picker(picker): picker.draw(into: &canvas, catalog: c)
        case let .cadreForm(form): CadreFormView.draw(form, state, into: &canvas)
        case let .photo(viewer): PhotoViewing.draw(viewer, state, into: &canvas)
        default: break
        }
        return canvas
    }

    private static func drawTitle(_ state: AppState, into canvas: inout Canvas) {
        let c = state.catalog, labels = state.labels
        let right = c.aside(SafeText.line(state.account.name), labels.role(state.account.role)) + " · \(labels.clock(state.now))"
        let mark = state.isSampleData ? " [\(c[.sampleData])]" : ""
        // A new office has no county name until it is set: no empty slot between dots. Where
        // the row is short (English at 80 columns) the plan's name gives way to the county's
        // before the sample-data mark would be cut.
        var parts = [c[.appTitle], labels.county(SafeText.line(state.countyName)), c[state.pane.module.title]].filter { !$0.isEmpty }
        func left() -> String { parts.joined(separator: " · ") + mark }
        if parts.count == 3, CellWidth.of(left()) > state.size.width - CellWidth.of(right) - 3 { parts.remove(at: 0) }
        StatusLine.draw(into: &canvas, y: 0, left: left(), right: right, role: .title)
    }

    private static func drawBottom(_ state: AppState, into canvas: inout Canvas) {
        let y = state.size.height - 1
        if case let .prompt(prompt) = state.overlay {
            let (label, hint) = prompt.kind.label(state)
            let hintWidth = min(CellWidth.of(hint), state.size.width / 3)
            prompt.editor.draw(into: &canvas, x: 0, y: y, width: state.size.width - hintWidth - 1, prompt: label)
            canvas.put(hint, x: state.size.width - hintWidth, y: y, width: hintWidth, role: .muted)
            return
        }
        if let flash = state.flash {
            StatusLine.draw(into: &canvas, y: y, left: SafeText.line(flash), role: .error)
            return
        }
        KeyBar.draw(into: &canvas, y: y, items: HelpView.barItems(state))
    }
}

/// The `?` overlay and the key bar, both made from the key tables.
enum HelpView {
    /// The bindings that work where the user is, the current context's first.
    static func contextBindings(_ state: AppState) -> [KeyBinding] {
        state.pane.module.bindings(state)
    }

    static func barItems(_ state: AppState) -> [KeyBar.Item] {
        if case .photo = state.overlay {
            return Keymap.photoViewer.map { KeyBar.Item(key: $0.barLabel, label: state.catalog[$0.phrase]) }
        }
        return (contextBindings(state) + Keymap.global).filter(\.inBar).map {
            KeyBar.Item(key: $0.barLabel, label: state.catalog[$0.phrase])
        }
    }

    /// The pane's keys and the keys of every pane, side by side when they fit, one above
    /// the other otherwise.
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let c = state.catalog
        var sections: [[(String, String)]] = []
        let context = contextBindings(state)
        if !context.isEmpty { sections.append([("", c[.helpPane])] + context.map { ($0.label, c[$0.phrase]) }) }
        sections.append([("", c[.helpGlobal])] + Keymap.global.map { ($0.label, c[$0.phrase]) })
        let keyWidth = sections.joined().map { CellWidth.of($0.0) }.max() ?? 0
        let textWidth = sections.joined().map { CellWidth.of($0.1) }.max() ?? 0
        let columnWidth = keyWidth + 2 + textWidth
        let sideBySide = sections.count > 1 && columnWidth * 2 + 7 <= canvas.size.width
        let columns = sideBySide ? sections : [Array(sections.map { $0 + [("", "")] }.joined().dropLast())]
        let height = (columns.map(\.count).max() ?? 0) + 3
        let width = min(canvas.size.width - 2, max(40, columns.count * (columnWidth + 3) + 3))
        let inner = Dialog.draw(into: &canvas, rect: canvas.bounds.centered(width: width, height: min(canvas.size.height - 2, height)),
                                title: c[.helpTitle])
        for (index, lines) in columns.enumerated() {
            let left = inner.x + index * (columnWidth + 3)
            for (row, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
                let x = canvas.put(line.0.padded(toCells: keyWidth), x: left, y: inner.y + row, role: line.0.isEmpty ? .dialog : .keyName)
                canvas.put(line.1, x: x + 2, y: inner.y + row, width: max(0, inner.maxX - x - 2), role: .dialog)
            }
        }
        canvas.put(c[.helpClose], x: inner.x, y: inner.maxY - 1, width: inner.width, role: .muted)
    }
}
