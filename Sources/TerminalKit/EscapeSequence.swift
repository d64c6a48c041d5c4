/// Keys a terminal sends as escape sequences the terminal library did not know — PgDn as
/// `ESC [ 6 ~` under TERM=vt100, arrows as `ESC O A` — read whole, so that their digits and
/// letters are never taken for keys of their own (a `6` switching to pane 6).
public enum EscapeSequence {
    /// What the characters after an Esc are: a sequence (the key it stands for, or nil for one
    /// that means nothing here) and how many characters it took; nil when they start none.
    public static func decode(_ following: [UInt32]) -> (key: Key?, length: Int)? {
        guard let introducer = following.first else { return nil }
        switch introducer {
        case 0x5B:  // [ : a control sequence, ESC [ parameters final
            var index = 1
            while index < following.count, (0x30...0x3F).contains(following[index]) { index += 1 }
            while index < following.count, (0x20...0x2F).contains(following[index]) { index += 1 }
            guard index < following.count, (0x40...0x7E).contains(following[index]) else { return nil }
            let parameters = String(decoding: following[1..<index].compactMap { UInt8(exactly: $0) }, as: UTF8.self)
            return (controlKey(final: following[index], parameters: parameters), index + 1)
        case 0x4F:  // O : a single shift, ESC O letter (application cursor keys, F1–F4)
            guard following.count > 1, (0x40...0x7E).contains(following[1]) else { return nil }
            return (cursorKey(following[1]) ?? [0x50: Key.function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4)][following[1]], 2)
        default:
            return nil
        }
    }

    /// Whether `following` may still become a sequence, with more characters.
    public static func mayContinue(_ following: [UInt32]) -> Bool {
        guard let introducer = following.first else { return true }
        switch introducer {
        case 0x5B: return following.dropFirst().allSatisfy { (0x20...0x3F).contains($0) }
        case 0x4F: return following.count == 1
        default: return false
        }
    }

    private static func cursorKey(_ final: UInt32) -> Key? {
        [0x41: Key.up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end][final]
    }

    private static func controlKey(final: UInt32, parameters: String) -> Key? {
        if final == 0x7E {  // ~ : the key numbered by the first parameter
            let number = parameters.split(separator: ";").first.flatMap { Int($0) }
            return number.flatMap { [1: Key.home, 7: .home, 4: .end, 8: .end, 5: .pageUp, 6: .pageDown, 3: .delete][$0] }
        }
        if final == 0x5A { return .backTab }  // Z
        return cursorKey(final)
    }
}
