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

    /// The text between its newlines, found among its bytes: splitting on the character "\n"
    /// compared every character with it by canonical form, the slow way for Chinese. A line
    /// feed after a carriage return is part of that one character ("\r\n"), as in `split`.
    private var paragraphs: [Substring] {
        var paragraphs: [Substring] = [], start = startIndex, previous: UInt8 = 0
        for index in utf8.indices {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D {
                paragraphs.append(self[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
        }
        paragraphs.append(self[start...])
        return paragraphs
    }

    /// Punctuation that may not begin a line of Chinese text.
    private static let noLineStart = "，。、；：！？）」』】》〉”’…,.;:!?)".unicodeScalars.map(\.value)

    /// Punctuation after which a line of Chinese words may end.
    private static let breakAfter = "，。、；：！？）」』】》〉”’…,;:!?)".unicodeScalars.map(\.value)

    /// The one code point `character` is, or nil for a cluster of several. The wrapping asks
    /// it of each character and looks it up among the marks' code points, instead of comparing
    /// characters or hashing them into a set: Swift does both by canonical form, the slow way
    /// for any text but ASCII (a week's list of a thousand silent cadres took 2.7 ms to lay out;
    /// 1.7 now). Each mark is one code point that no other sequence is canonically equal to.
    private static func mark(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first.value
    }

    /// Lines of at most `cells` cells: breaks at spaces in Latin text and anywhere between
    /// Chinese characters (never before closing punctuation), and at every newline. Keeping
    /// `words`, Chinese is broken only after its punctuation too — a list of names never
    /// splits one — unless a run of it is longer than a line.
    public func wrapped(toCells cells: Int, keepingWords words: Bool = false) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs {
            var line = ""
            var used = 0
            // Where the line may end: at a space (dropped), or after punctuation (kept).
            var lastBreak: (at: String.Index, resumes: String.Index)? = nil
            for character in paragraph {
                let width = CellWidth.of(character), mark = Self.mark(character), isSpace = mark == 0x20
                if used + width > cells {
                    if let (at, resumes) = lastBreak, !isSpace {
                        // Carry the unfinished word to the next line.
                        let carried = String(line[resumes...])
                        lines.append(String(line[..<at]))
                        line = carried
                        used = CellWidth.of(carried)
                    } else if let mark, Self.noLineStart.contains(mark), line.count > 1, cells >= 4 {
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
                    if isSpace { continue }
                }
                line.append(character)
                used += width
                if isSpace { lastBreak = (line.index(before: line.endIndex), line.endIndex) }
                if words, let mark, Self.breakAfter.contains(mark) { lastBreak = (line.endIndex, line.endIndex) }
            }
            lines.append(line)
        }
        return lines
    }
}
