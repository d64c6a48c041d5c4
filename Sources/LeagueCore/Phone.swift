/// Phone numbers are personal data: lists and printouts show 138****5678.
public enum PhoneMask {
    public static func mask(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count >= 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }
}

/// A mainland China mobile number: 11 digits starting 13–19.
public enum MainlandMobile {
    /// The number as stored (11 digits), from what a person or a spreadsheet wrote: spaces,
    /// dashes and a +86 / 86 / 0086 prefix are dropped. Nil when it is not a mobile number.
    public static func normalized(_ text: String) -> String? {
        var digits = text.filter { !" -\u{3000}()".contains($0) }
        for prefix in ["+86", "0086", "86"] where digits.hasPrefix(prefix) && digits.count == 11 + prefix.count {
            digits.removeFirst(prefix.count)
        }
        guard digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.hasPrefix("1"), let second = digits.dropFirst().first, "3456789".contains(second)
        else { return nil }
        return digits
    }
}
