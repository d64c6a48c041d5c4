/// Text as a Chinese input method types it, read as what it means: the full-width forms
/// (`：；，／（）`, `１２３`, `ＡＢＣ`, the ideographic space) are their ASCII forms, and the
/// enumeration comma `、` is a comma. Applied wherever typed or imported text is split or
/// parsed; text kept as written (titles, notes) is left alone.
public enum IMEText {
    public static func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isFoldable) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x3001: scalars.append(",")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `character` is `ascii` as typed by an IME (`：` is `:`, `、` is `,`).
    public static func reads(_ character: Character, as ascii: Character) -> Bool {
        character == ascii || folded(String(character)) == String(ascii)
    }

    private static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000 || scalar.value == 0x3001
    }
}
