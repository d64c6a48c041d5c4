/// Moving the selection through a list held whole (townships, cadres, diaries waiting):
/// where a move command puts it, and which row shows first so that it stays in view.
enum ListMoves {
    /// The row `command` selects among `count` rows, `visible` on screen; nil if it is not a move.
    static func selection(after command: Command, from selected: Int, count: Int, visible: Int) -> Int? {
        let last = max(0, count - 1)
        return switch command {
        case .moveDown: min(last, selected + 1)
        case .moveUp: max(0, selected - 1)
        case .top: 0
        case .bottom: last
        case .pageDown: min(last, selected + visible)
        case .pageUp: max(0, selected - visible)
        default: nil
        }
    }

    /// Applies a move `command` to a list's selected row and first row shown; false (and
    /// nothing changed) when the command is not a move.
    static func apply(_ command: Command, selected: inout Int, top: inout Int, count: Int, visible: Int) -> Bool {
        guard let moved = selection(after: command, from: selected, count: count, visible: visible) else { return false }
        selected = moved
        top = Self.top(top, selected: moved, visible: visible)
        return true
    }

    /// The first row on screen that keeps `selected` in view, moving as little as it can.
    static func top(_ top: Int, selected: Int, visible: Int) -> Int {
        max(0, min(top, selected) + max(0, selected - min(top, selected) - visible + 1))
    }
}
