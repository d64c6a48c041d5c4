/// A one-line text field: typing, moving and deleting by characters (a Chinese character
/// is one step), with the terminal cursor left where the next character goes, which is
/// where an input method opens its window.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` of the insertion point.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys it does not edit with.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(character) where !character.isNewline:
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        default: return false
        }
        return true
    }

    /// Replaces the text, cursor at the end (for completion).
    public mutating func replace(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Draws `prompt` and the text in `width` cells at (x, y), scrolled so the cursor shows,
    /// and puts the canvas cursor there.
    public func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int, prompt: String) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        let start = canvas.put(prompt, x: x, y: y, width: width, role: .input)
        let room = max(1, x + width - start - 1)
        var first = 0
        while CellWidth.of(String(characters[first..<cursor])) > room { first += 1 }
        let visible = String(characters[first...])
        canvas.put(visible, x: start, y: y, width: room, role: .input)
        canvas.cursor = (start + CellWidth.of(String(characters[first..<cursor])), y)
    }
}
