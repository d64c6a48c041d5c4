/// Text from users and files made harmless for a terminal: nothing in it can move the
/// cursor, clear the screen, ring the bell, set the title or reorder the line.
///
/// C0 controls and DEL become caret notation (ESC is `^[`), C1 controls and bidirectional
/// controls become `<U+XXXX>`, tabs become a space. Invalid UTF-8 has already become U+FFFD
/// when the text was decoded, and stays visible as �.
public enum SafeText {
    /// One line: newlines are made visible too.
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// Several lines: newlines are kept (carriage returns are dropped before them).
    public static func lines(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// A program's output to a terminal: its own newlines and tabs kept, everything else
    /// that a stored text could carry made visible.
    public static func output(_ text: String) -> String {
        clean(text, keepNewlines: true, keepTabs: true)
    }

    private static func clean(_ text: String, keepNewlines: Bool, keepTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A where keepNewlines:
                result.append(scalar)
            case 0x0D where keepNewlines && index + 1 < scalars.count && scalars[index + 1] == "\n":
                continue
            case 0x09:
                result.append(keepTabs ? scalar : " ")
            case 0x00...0x1F:
                result.append(contentsOf: "^\(Character(Unicode.Scalar(scalar.value + 0x40)!))".unicodeScalars)
            case 0x7F:
                result.append(contentsOf: "^?".unicodeScalars)
            case _ where needsCare(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Controls, C1 controls, and the characters that reorder or isolate text direction.
    private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }
}
