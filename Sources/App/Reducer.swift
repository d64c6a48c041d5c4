import Foundation
import LeagueCore
import Store
import TerminalKit

/// The desk's reducer: applies an action to the state and returns the effects to run. It
/// does no I/O; the runtime runs the effects and feeds their answers back. What is not the
/// whole desk's (a key in a pane, a feature's answer) goes to the pane it belongs to.
public enum Reducer {
    /// What the desk loads when it opens.
    public static func start(_ state: AppState) -> [Effect] {
        Queue.reload(state.queue, rows: state.queueRowCount)
    }

    /// What each other pane loads when shown, as if shown now (on a copy of the state).
    static func readAhead(_ state: AppState) -> [Effect] {
        PaneID.allCases.filter { $0 != state.pane }.flatMap { pane in
            var shown = state
            shown.pane = pane
            return pane.module.shown(&shown)
        }
    }

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case let .key(key):
            state.flash = nil
            return handle(key, &state)
        case let .resized(size):
            state.size = size
            return PaneID.allCases.flatMap { $0.module.resized(&state) }
        case let .mouse(mouse):
            guard state.overlay == nil else { return [] }
            return state.pane.module.mouse(mouse, &state)
        case .databaseChanged:
            return PaneID.allCases.flatMap { $0.module.dataChanged(&state) }
        case let .answer(answer):
            return answered(answer, &state)
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
        case var .photo(viewer):
            return PhotoViewing.handle(key, &viewer, &state)
        case nil:
            break
        }
        let pane = state.pane.module
        if let command = Keymap.command(for: key, in: pane.bindings(state)) {
            return pane.run(command, &state)
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
        return state.pane.module.shown(&state)
    }
}
