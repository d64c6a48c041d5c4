import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the request queue.
    public static let queue: [KeyBinding] = listMoves + [
        KeyBinding([.character("/")], "/", .search, .keySearch, inBar: true),
        KeyBinding([.character("f")], "f", .filter, .keyFilter, inBar: true),
        KeyBinding([.character("s")], "s", .sort, .keySort, inBar: true),
        KeyBinding([.character("x")], "x", .clearFilters, .keyClear, inBar: true),
        KeyBinding([.character("t")], "t", .act, .keyAct, inBar: true),
        KeyBinding([.character("a")], "a", .assign, .keyAssign),
        KeyBinding([.character("n")], "n", .note, .keyNote),
        KeyBinding([.character("c")], "c", .contact, .keyContact),
        KeyBinding([.character("N")], "N", .newRequest, .keyNewRequest, inBar: true),
        KeyBinding([.character(" ")], "Space", .tag, .keyTag),
        KeyBinding([.character("u")], "u", .undo, .keyUndo),
        KeyBinding([.character("e")], "e", .export, .keyExport),
        KeyBinding([.escape], "Esc", .untagAll, .keyUntag),
        KeyBinding([.enter], "⏎", .open, .keyOpen, inBar: true),
    ]

    /// Keys of the day log (`:log`).
    public static let dayLog: [KeyBinding] = scrollMoves + [
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of a request's detail.
    public static let detail: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("t")], "t", .act, .keyAct, inBar: true),
        KeyBinding([.character("a")], "a", .assign, .keyAssign),
        KeyBinding([.character("n")], "n", .note, .keyNote),
        KeyBinding([.character("c")], "c", .contact, .keyContact),
        KeyBinding([.character("p")], "p", .printReport, .keyPrint, inBar: true),
        viewPhotos,
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]
}
