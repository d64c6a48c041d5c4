/// Numbers inside dates, times, weeks and periods as people type them: ASCII digits only, as
/// many as the place allows, so that no text — a full-width digit, a sign, a run of twenty
/// nines — can be misread, overflow or trap.
public enum Digits {
    /// The value of `text` when it is ASCII digits, as many as `count` allows; nil otherwise.
    public static func value<Text: StringProtocol>(_ text: Text, count: ClosedRange<Int>) -> Int? {
        guard count.contains(text.utf8.count), count.upperBound <= 18 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
