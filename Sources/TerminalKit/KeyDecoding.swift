/// Ordinary characters from the terminal into keys: controls by name, the rest as typed.
/// (Special keys — arrows, PgDn, F-keys — come from the terminal library as its own codes.)
public enum KeyDecoding {
    /// The key a character code stands for; nil for a control that means nothing here, or
    /// a code that is no character (a lone surrogate, past Unicode's end).
    public static func key(for value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return Unicode.Scalar(value + 0x60).map { .control(Character($0)) }
        case 0x00...0x1F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
