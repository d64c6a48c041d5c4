import Testing
import TerminalKit

@Suite struct KeyDecodingTests {
    @Test("Enter, Tab, Esc and both Backspaces by name; Ctrl and a letter as that letter")
    func controls() {
        #expect(KeyDecoding.key(for: 0x0D) == .enter)
        #expect(KeyDecoding.key(for: 0x0A) == .enter)
        #expect(KeyDecoding.key(for: 0x09) == .tab)
        #expect(KeyDecoding.key(for: 0x1B) == .escape)
        #expect(KeyDecoding.key(for: 0x7F) == .backspace)
        #expect(KeyDecoding.key(for: 0x08) == .backspace)
        #expect(KeyDecoding.key(for: 0x0C) == .control("l"))
        #expect(KeyDecoding.key(for: 0x03) == .control("c"))
        #expect(KeyDecoding.key(for: 0x01) == .control("a"))
        #expect(KeyDecoding.key(for: 0x1A) == .control("z"))
    }

    @Test("controls that mean nothing here, and codes that are no character, are dropped")
    func dropped() {
        for value: UInt32 in [0x00, 0x1C, 0x1D, 0x1E, 0x1F, 0xD800, 0xDFFF, 0x110000, UInt32.max] {
            #expect(KeyDecoding.key(for: value) == nil, "\(value)")
        }
    }

    @Test("letters, digits, Chinese typed through an IME and emoji arrive as typed")
    func characters() {
        #expect(KeyDecoding.key(for: 0x6A) == .character("j"))
        #expect(KeyDecoding.key(for: 0x35) == .character("5"))
        #expect(KeyDecoding.key(for: 0x20) == .character(" "))
        #expect(KeyDecoding.key(for: 0x751F) == .character("生"))
        #expect(KeyDecoding.key(for: 0xFF1A) == .character("："))
        #expect(KeyDecoding.key(for: 0x1F33E) == .character("🌾"))
    }
}
