import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the roster's township table.
    public static let townships: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j/Down", .moveDown, .keyDown),
        KeyBinding([.character("k"), .up], "k/Up", .moveUp, .keyUp),
        KeyBinding([.character("g"), .home], "g/Home", .top, .keyTop),
        KeyBinding([.character("G"), .end], "G/End", .bottom, .keyBottom),
        KeyBinding([.character("/")], "/", .search, .keyFindCadre, inBar: true),
        KeyBinding([.character("a")], "a", .addCadre, .keyAddCadre, inBar: true),
        KeyBinding([.enter], "⏎", .open, .keyListCadres, inBar: true),
    ]

    /// Keys of a list of cadres.
    public static let cadres: [KeyBinding] = listMoves + [
        KeyBinding([.character("/")], "/", .search, .keyFindCadre, inBar: true),
        KeyBinding([.character("s")], "s", .sort, .keySortCadres, inBar: true),
        KeyBinding([.character("i")], "i", .showInactive, .keyShowInactive),
        KeyBinding([.character("a")], "a", .addCadre, .keyAddCadre, inBar: true),
        KeyBinding([.character("e")], "e", .editCadre, .keyEditCadre, inBar: true),
        KeyBinding([.character("d")], "d", .toggleActive, .keyToggleActive),
        KeyBinding([.enter], "⏎", .open, .keyOpenCard, inBar: true),
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of a cadre's card.
    public static let card: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("e")], "e", .editCadre, .keyEditCadre, inBar: true),
        KeyBinding([.character("d")], "d", .toggleActive, .keyToggleActive, inBar: true),
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]
}
