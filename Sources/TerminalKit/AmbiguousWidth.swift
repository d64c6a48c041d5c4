import Foundation

/// Characters Unicode calls East Asian Ambiguous (… · “ ” —— ÷ → ▁ ① ü and more). glibc's
/// `wcwidth`, ncurses and most terminals give them one cell; a terminal set to draw them
/// wide — a common choice in Chinese setups (PuTTY, Xshell, SecureCRT, macOS Terminal all
/// have the option) — gives them two, and everything after one on its row shifts right.
/// For such a terminal the screen shows a one-cell ASCII stand-in for each, so the layout
/// measured by `CellWidth` still holds there.
public enum AmbiguousWidth {
    /// Whether Unicode calls this code point East Asian Ambiguous.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound { high = middle - 1 }
            else if value > ranges[middle].upperBound { low = middle + 1 }
            else { return true }
        }
        return false
    }

    /// What one cell's text is drawn as where ambiguous characters are wide: the text itself
    /// unless it is an ambiguous character of one cell, else one ASCII character that reads
    /// alike — the same letter without its accent (ǎ → a), a quote for a quote, `~` for …,
    /// a digit for ①, `?` when nothing reads alike.
    public static func narrowed(_ text: String) -> String {
        guard let character = text.first, let first = character.unicodeScalars.first,
              first.value >= 0x80, isAmbiguous(first), CellWidth.of(character) == 1
        else { return text }
        if let standIn = standIns[first] { return String(standIn) }
        switch first.value {
        case 0x2500...0x257F: return "+"  // box drawing without a straight stand-in
        case 0x2580...0x259F: return "#"  // blocks and shades
        case 0x2460...0x2468: return String(first.value - 0x2460 + 1)  // ①–⑨
        case 0x2474...0x247C: return String(first.value - 0x2474 + 1)  // ⑴–⑼
        case 0x2488...0x2490: return String(first.value - 0x2488 + 1)  // ⒈–⒐
        default: break
        }
        // A letter with marks (pinyin's ǎ ü ē) or a compatibility form (⁴) becomes its base.
        let base = String(character).decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        if base.count == 1, let only = base.first, only.isASCII, only.value >= 0x20 {
            return String(only)
        }
        return "?"
    }

    /// Stand-ins for the ambiguous symbols a screen of this program or its users' text is
    /// likely to hold.
    private static let standIns: [Unicode.Scalar: Character] = {
        let pairs: [(String, Character)] = [
            ("…‥", "~"), ("·•‧∙", "."), ("“”″„", "\""), ("‘’′", "'"), ("‐–—―", "-"),
            ("×", "x"), ("÷∕", "/"), ("±", "+"), ("°", "o"), ("§", "S"), ("¶", "P"), ("¡", "!"),
            ("¿", "?"), ("¤", "$"), ("€", "E"), ("℃", "C"), ("№", "#"), ("※", "*"), ("‰", "%"),
            ("→⇒", ">"), ("←", "<"), ("↑", "^"), ("↓", "v"), ("↔⇔", "-"),
            ("≤≦≪", "<"), ("≥≧≫", ">"), ("≠", "#"), ("≈∽∼", "~"), ("≡", "="),
            ("─━┄┅┈┉╌╍═", "-"), ("│┃┆┇┊┋╎╏║", "|"),
            ("▁▂", "_"), ("▃", "."), ("▄▅", "-"), ("▆", "="), ("▇█", "#"),
            ("■▣▤▥▦▧▨▩", "#"), ("□○◎◇◯", "o"), ("●◆◈★☆", "*"),
            ("▲△", "^"), ("▼▽", "v"), ("▶▷", ">"), ("◀◁", "<"),
        ]
        var table: [Unicode.Scalar: Character] = [:]
        for (symbols, standIn) in pairs {
            for scalar in symbols.unicodeScalars { table[scalar] = standIn }
        }
        return table
    }()
}
