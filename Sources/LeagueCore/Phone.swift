/// Phone numbers are personal data: lists and printouts show 138****5678.
public enum PhoneMask {
    public static func mask(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count >= 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Whether `text` is a number as `mask` writes it (138****5678): an export made without
    /// the personal data.
    /// Asked of every phone cell of an import: bytes, not Characters.
    public static func isMasked(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count == 11 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in (3..<7).contains(index) ? byte == UInt8(ascii: "*") : (48...57).contains(byte) }
    }
}

/// A mainland China mobile number: 11 digits starting 13–19.
public enum MainlandMobile {
    /// The number as stored (11 digits), from what a person or a spreadsheet wrote: spaces,
    /// dashes and a +86 / 86 / 0086 prefix are dropped. Nil when it is not a mobile number.
    public static func normalized(_ text: String) -> String? {
        var digits: [UInt8] = []
        for scalar in IMEText.folded(text).unicodeScalars {
            switch scalar {
            case " ", "-", "(", ")": continue
            case "0"..."9", "+": digits.append(UInt8(scalar.value))
            default: return nil
            }
        }
        for prefix in ["+86", "0086", "86"].map({ Array($0.utf8) }) where digits.starts(with: prefix) && digits.count == 11 + prefix.count {
            digits.removeFirst(prefix.count)
        }
        guard digits.count == 11, !digits.contains(UInt8(ascii: "+")), digits[0] == UInt8(ascii: "1"),
              (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(digits[1]) else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}

extension String {
    /// Without white space (ASCII or CJK full-width) at either end; pure Swift, because
    /// imports trim every cell of a hundred thousand rows.
    public var trimmed: String {
        // Most cells have nothing to trim: tell by the first and last bytes.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return String(self) }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
