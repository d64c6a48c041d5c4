import TerminalKit
import Testing

@Suite struct CellWidthTests {
    @Test("Chinese is two cells, Latin one, a combining accent none of its own")
    func widths() {
        #expect(CellWidth.of("罗阳镇") == 6)
        #expect(CellWidth.of("QZ-2026") == 7)
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(CellWidth.of("生姜 ginger") == 11)
        #expect(CellWidth.of("，") == 2)
        #expect(CellWidth.of("👍") == 2)
    }

    @Test("cutting by cells never splits a character and marks the cut with …")
    func truncation() {
        #expect("台风后水稻绝收".truncated(toCells: 8) == "台风后…")
        #expect("台风后水稻绝收".truncated(toCells: 9) == "台风后水…")
        #expect("台风后水稻绝收".truncated(toCells: 14) == "台风后水稻绝收")
        #expect("abc".truncated(toCells: 0) == "")
        #expect("台风".padded(toCells: 6) == "台风  ")
        #expect("42".padded(toCells: 5, alignRight: true) == "   42")
        #expect(CellWidth.of("台风后水稻绝收,陈粮被冲走".padded(toCells: 9)) == 9)
    }

    @Test("wrapping breaks between Chinese characters and at spaces in Latin text")
    func wrapping() {
        #expect("一二三四五六七".wrapped(toCells: 6) == ["一二三", "四五六", "七"])
        #expect("the quick brown fox".wrapped(toCells: 10) == ["the quick", "brown fox"])
        #expect("第一行\n第二行".wrapped(toCells: 20) == ["第一行", "第二行"])
        // Closing punctuation never starts a line: the character before it comes along.
        #expect("一二三四五。六".wrapped(toCells: 10) == ["一二三四", "五。六"])
        for line in "受台风“莫兰蒂”影响,我家里7亩多水稻颗粒无收 and more words here".wrapped(toCells: 13) {
            #expect(CellWidth.of(line) <= 13, "\(line)")
        }
    }

    @Test("keeping words, a list of Chinese names breaks only after its separators; a run longer than a line still breaks")
    func wrappingKeepsNames() {
        let names = "无日记:陈强、王芳芳、欧阳小明、李伟、张传相"
        #expect(names.wrapped(toCells: 16).first == "无日记:陈强、王", "without keeping words a name splits")
        let kept = names.wrapped(toCells: 16, keepingWords: true)
        #expect(kept == ["无日记:陈强、", "王芳芳、", "欧阳小明、李伟、", "张传相"], "\(kept)")
        #expect("一二三四五六七八九十".wrapped(toCells: 8, keepingWords: true) == ["一二三四", "五六七八", "九十"])
        #expect("the quick brown fox".wrapped(toCells: 10, keepingWords: true) == ["the quick", "brown fox"])
    }

    @Test("a paragraph ends at each newline, not at a carriage return's; a mark carrying an accent is no mark")
    func wrappingByCharacters() {
        #expect("一\n\n二\n".wrapped(toCells: 10) == ["一", "", "二", ""])
        // "\r\n" is one character, as it is to `split`: no paragraph ends inside it.
        #expect("一\r\n二".wrapped(toCells: 10) == ["一\r\n二"])
        #expect("陈强、王芳芳".wrapped(toCells: 8, keepingWords: true) == ["陈强、", "王芳芳"])
        // 、 with a combining accent is another character: no line ends after it.
        #expect("陈强、\u{301}王芳芳".wrapped(toCells: 8, keepingWords: true) == ["陈强、\u{301}王", "芳芳"])
        // An ideographic space is not a space: it is kept, and no line breaks at it.
        #expect("陈强\u{3000}王芳".wrapped(toCells: 6) == ["陈强\u{3000}", "王芳"])
        #expect("a b".wrapped(toCells: 1) == ["a", "b"])
    }
}

@Suite struct SafeTextTests {
    @Test("escape sequences, controls and bidi overrides become visible, harmless text", arguments: [
        ("\u{1B}[2J\u{1B}[H清屏", "^[[2J^[[H清屏"),
        ("\u{1B}]0;pwned\u{07}标题", "^[]0;pwned^G标题"),
        ("响铃\u{07}", "响铃^G"),
        ("a\u{0}b", "a^@b"),
        ("\u{9B}31m", "<U+009B>31m"),
        ("abc\u{202E}txt.exe", "abc<U+202E>txt.exe"),
        ("tab\there", "tab here"),
        ("line\nbreak", "line^Jbreak"),
        ("\u{FFFD}坏字节", "\u{FFFD}坏字节"),
        ("普通的标题", "普通的标题"),
    ])
    func line(input: String, shown: String) {
        #expect(SafeText.line(input) == shown)
        #expect(!SafeText.line(input).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("multi-line text keeps its newlines, drops carriage returns before them")
    func lines() {
        #expect(SafeText.lines("第一行\r\n第二行\u{1B}[31m") == "第一行\n第二行^[[31m")
    }
}

@Suite struct CanvasTests {
    @Test("a wide character takes two cells; overwriting half of it blanks the other half")
    func wideCells() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        canvas.put("中文ab", x: 0, y: 0)
        #expect(canvas.line(at: 0) == "中文ab")
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.line(at: 0) == " x文ab")
        canvas.put("汉", x: 3, y: 1)
        canvas.put("y", x: 3, y: 1)
        #expect(canvas.line(at: 1) == "   y")
    }

    @Test("text is cut at the right edge with …, never wrapped or split")
    func rightEdge() {
        var canvas = Canvas(size: Size(width: 7, height: 1))
        canvas.put("罗阳镇东门社区", x: 0, y: 0)
        #expect(canvas.line(at: 0) == "罗阳镇…")
        var narrow = Canvas(size: Size(width: 5, height: 1))
        narrow.put("abc中文", x: 1, y: 0)
        #expect(narrow.line(at: 0) == " abc…")
    }
}

@Suite struct TableTests {
    @Test("every cell of a column starts where its header does, with Chinese, emoji and Latin")
    func columnsLineUp() {
        let columns = [
            TableColumn("编号", width: 13), TableColumn("急", width: 2), TableColumn("乡镇", width: 10),
            TableColumn("标题", width: nil), TableColumn("状态", width: 8),
        ]
        let rows = [
            ["QZ-2026-00871", "急", "三魁镇", "台风后水稻绝收,陈粮被冲走走走走走走", "处理中"],
            ["QZ-2026-00869", "", "司前畲族镇", "👍 emoji 标题 mixed", "已指派"],
            ["QZ-2026-00866", "高", "Luoyang", "plain latin title", "published"],
        ]
        var canvas = Canvas(size: Size(width: 60, height: 5))
        Table.draw(into: &canvas, rect: canvas.bounds, columns: columns, rows: rows, selected: 1)
        let townshipColumn = Table.columnStart(2, columns: columns, totalWidth: 60)
        for y in 0..<4 {
            var x = 0
            var cells = 0
            while cells < townshipColumn { cells += canvas[x, y].isContinuation ? 0 : CellWidth.of(Character(canvas[x, y].text)); x += 1 }
            #expect(cells == townshipColumn)
            #expect(canvas[townshipColumn, y].text != " ", "row \(y): \(canvas.line(at: y))")
        }
        #expect(canvas[0, 2].role == .selected)
        for y in 0..<4 { #expect(CellWidth.of(canvas.line(at: y)) <= 60) }
    }
}

@Suite struct LineEditorTests {
    @Test("editing moves by characters, Chinese included, and the cursor lands after the text")
    func editing() {
        var editor = LineEditor()
        for character in "生姜" { _ = editor.handle(.character(character)) }
        #expect(editor.text == "生姜")
        _ = editor.handle(.left)
        _ = editor.handle(.character("x"))
        #expect(editor.text == "生x姜")
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "姜")
        var canvas = Canvas(size: Size(width: 20, height: 1))
        editor.replace(with: "罗阳镇")
        editor.draw(into: &canvas, x: 0, y: 0, width: 20, prompt: "/")
        #expect(canvas.line(at: 0) == "/罗阳镇")
        #expect(canvas.cursor?.x == 7)
    }
}

@Suite struct AmbiguousWidthTests {
    @Test("Unicode's ambiguous characters are known as such; Chinese and ASCII are not")
    func ambiguity() {
        for text in ["…", "·", "“", "”", "—", "ü", "ǎ", "①", "▁", "÷", "→", "Ω"] {
            #expect(AmbiguousWidth.isAmbiguous(text.unicodeScalars.first!), "\(text)")
        }
        for text in ["中", "a", "，", "、", "「", "～", "👍"] {
            #expect(!AmbiguousWidth.isAmbiguous(text.unicodeScalars.first!), "\(text)")
        }
    }

    @Test("where ambiguous characters are drawn wide, each shows as one ASCII character that reads alike")
    func standIns() {
        let expected: [String: String] = [
            "…": "~", "·": ".", "“": "\"", "’": "'", "—": "-", "ǎ": "a", "ü": "u", "é": "e",
            "①": "1", "⑨": "9", "▁": "_", "█": "#", "÷": "/", "×": "x", "→": ">", "─": "-",
            "│": "|", "┼": "+", "Ω": "?",
        ]
        for (text, standIn) in expected {
            #expect(AmbiguousWidth.narrowed(text) == standIn, "\(text)")
        }
        for text in ["中", "a", "，", "👍", "", " ", "e\u{301}"] {
            #expect(AmbiguousWidth.narrowed(text) == text, "\(text)")
        }
    }

    @Test("every one-cell ambiguous character of the Basic Multilingual Plane has a printable ASCII stand-in")
    func everyStandInIsOneCell() {
        var checked = 0
        for range in AmbiguousWidth.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value),
                      scalar.properties.generalCategory != .nonspacingMark,
                      CellWidth.of(Character(scalar)) == 1 else { continue }
                let standIn = AmbiguousWidth.narrowed(String(scalar))
                #expect(standIn.unicodeScalars.count == 1 && standIn.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F
                }, "U+\(String(value, radix: 16)) → \(standIn)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }
}
