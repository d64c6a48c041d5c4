/// Lines of text in a rectangle, from line `scroll` on: a request's detail, a cadre's card.
public enum ScrolledLines {
    public static func draw(_ lines: some RandomAccessCollection<(String, Role)>, scroll: Int, into canvas: inout Canvas, rect: Rect) {
        let offset = min(scroll, max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(max(0, offset)).prefix(rect.height).enumerated() {
            canvas.put(line.0, x: rect.x, y: rect.y + row, width: rect.width, role: line.1)
        }
    }

    /// Where `scroll` goes after `move` through `lineCount` lines shown `visible` at a time:
    /// never past the last line at the bottom of the screen.
    public static func scrolled(_ scroll: Int, by move: Move, lineCount: Int, visible: Int) -> Int {
        let moved = switch move {
        case .lineDown: scroll + 1
        case .lineUp: scroll - 1
        case .pageDown: scroll + visible - 1
        case .pageUp: scroll - visible + 1
        }
        return max(0, min(moved, lineCount - visible))
    }

    public enum Move: Sendable {
        case lineDown, lineUp, pageDown, pageUp
    }
}
