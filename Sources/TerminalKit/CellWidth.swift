import CTextWidth

/// How many terminal cells text takes, measured the way ncursesw draws it: the C library's
/// `wcwidth` of each grapheme cluster's first code point, so 中 is 2, é (e + combining
/// accent) is 1, and a lone zero-width character is 0.
public enum CellWidth {
    /// Set up once: `wcwidth` answers only under a UTF-8 ctype.
    private static let utf8Ready: Bool = circledesk_use_utf8_ctype() == 1

    /// Cells of one grapheme cluster: 0, 1 or 2. Controls count 1: they are never drawn
    /// as they are (see `SafeText`).
    public static func of(_ character: Character) -> Int {
        _ = utf8Ready
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return 1 }
        let width = circledesk_wcwidth(first.value)
        if width < 0 { return 1 }
        // Emoji with a presentation selector are drawn two wide by terminals.
        if width == 1, character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        return Int(width)
    }

    /// Cells of a whole string.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}

extension String {
    /// This text cut to at most `cells` cells, ending in … when something was cut; never
    /// cut inside a character.
    public func truncated(toCells cells: Int) -> String {
        guard cells > 0 else { return "" }
        if CellWidth.of(self) <= cells { return self }
        var result = ""
        var used = 0
        for character in self {
            let width = CellWidth.of(character)
            if used + width > cells - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// This text padded with spaces to exactly `cells` cells (cut with … if longer).
    public func padded(toCells cells: Int, alignRight: Bool = false) -> String {
        let cut = truncated(toCells: cells)
        let padding = String(repeating: " ", count: max(0, cells - CellWidth.of(cut)))
        return alignRight ? padding + cut : cut + padding
    }

    /// Punctuation that may not begin a line of Chinese text.
    private static let noLineStart: Set<Character> = Set("，。、；：！？）」』】》〉”’…,.;:!?)")

    /// Punctuation after which a line of Chinese words may end.
    private static let breakAfter: Set<Character> = Set("，。、；：！？）」』】》〉”’…,;:!?)")

    /// Lines of at most `cells` cells: breaks at spaces in Latin text and anywhere between
    /// Chinese characters (never before closing punctuation), and at every newline. Keeping
    /// `words`, Chinese is broken only after its punctuation too — a list of names never
    /// splits one — unless a run of it is longer than a line.
    public func wrapped(toCells cells: Int, keepingWords words: Bool = false) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            // Where the line may end: at a space (dropped), or after punctuation (kept).
            var lastBreak: (at: String.Index, resumes: String.Index)? = nil
            for character in paragraph {
                let width = CellWidth.of(character)
                if used + width > cells {
                    if let (at, resumes) = lastBreak, character != " " {
                        // Carry the unfinished word to the next line.
                        let carried = String(line[resumes...])
                        lines.append(String(line[..<at]))
                        line = carried
                        used = CellWidth.of(carried)
                    } else if Self.noLineStart.contains(character), line.count > 1, cells >= 4 {
                        // Chinese punctuation does not start a line: the character before it
                        // goes down with it.
                        let carried = line.removeLast()
                        lines.append(line)
                        line = String(carried)
                        used = CellWidth.of(carried)
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    lastBreak = nil
                    if character == " " { continue }
                }
                line.append(character)
                used += width
                if character == " " { lastBreak = (line.index(before: line.endIndex), line.endIndex) }
                if words, Self.breakAfter.contains(character) { lastBreak = (line.endIndex, line.endIndex) }
            }
            lines.append(line)
        }
        return lines
    }
}
