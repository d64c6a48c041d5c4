/// One cell of the screen: a grapheme cluster and its role. A wide character's second cell
/// is a continuation with empty text. A photo's cells carry their own colours (`paint`).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role
    public var paint: Paint?

    public static let blank = Cell(text: " ", role: .normal)

    public init(text: String, role: Role, paint: Paint? = nil) {
        self.text = text
        self.role = role
        self.paint = paint
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// The screen as cells. Widgets draw here, never on the terminal; the terminal backend
/// writes only the cells that changed since the last frame, and tests read it as text.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    private var cells: [Cell]
    /// Where the terminal's cursor (and an input method's window) should be, if shown.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { Position(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: Position?
    /// An image the terminal draws itself over `Picture.rect` (sixel or kitty graphics),
    /// written after the cells; the cells under it are blank.
    public var picture: Picture?

    private struct Position: Equatable, Sendable {
        var x: Int
        var y: Int
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills `rect` with blanks of `role`.
    public mutating func fill(_ rect: Rect, role: Role) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                set(x, y, Cell(text: " ", role: role))
            }
        }
    }

    /// Writes `text` at (x, y) in at most `width` cells (to the right edge by default),
    /// cut with … when it does not fit. `text` must already be safe (see `SafeText`).
    /// Returns the x after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int? = nil, role: Role = .normal) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return x }
        let available = min(width ?? (size.width - x), size.width - x)
        var column = x
        for character in text.truncated(toCells: available) {
            let cellWidth = CellWidth.of(character)
            guard cellWidth > 0 else { continue }
            if column >= 0 {
                set(column, y, Cell(text: String(character), role: role))
                if cellWidth == 2 { set(column + 1, y, Cell(text: "", role: role)) }
            }
            column += cellWidth
        }
        return column
    }

    /// Writes one cell of a photo's art: a narrow symbol in palette colours.
    public mutating func paint(_ symbol: Character, x: Int, y: Int, _ paint: Paint) {
        set(x, y, Cell(text: String(symbol), role: .normal, paint: paint))
    }

    /// The screen as plain lines, trailing spaces removed: what a test compares.
    public var lines: [String] {
        (0..<size.height).map { line(at: $0) }
    }

    /// One row as plain text, trailing spaces removed.
    public func line(at y: Int) -> String {
        var text = ""
        for x in 0..<size.width { text += self[x, y].text }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// Sets one cell, blanking the other half of any wide character it cuts in two.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        if cells[index].isContinuation, !cell.isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", role: cells[index - 1].role)
        }
        if !cells[index].isContinuation, x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition && lhs.picture == rhs.picture
    }
}
