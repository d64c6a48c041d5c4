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

@Suite struct EscapeSequenceTests {
    private func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("keys sent as sequences the terminal library did not know become their keys, their digits never keys of their own")
    func knownSequences() {
        for (sent, key) in [("[6~", Key.pageDown), ("[5~", .pageUp), ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
                            ("[3~", .delete), ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end),
                            ("[Z", .backTab), ("OA", .up), ("OD", .left), ("OP", .function(1)), ("[6;5~", .pageDown)] {
            let decoded = EscapeSequence.decode(codes(sent))
            #expect(decoded?.key == key && decoded?.length == sent.unicodeScalars.count, "\(sent)")
        }
    }

    @Test("a sequence that means nothing here is swallowed whole; what is no sequence is left for keys")
    func unknownAndNone() {
        let unknown = EscapeSequence.decode(codes("[200~"))
        #expect(unknown != nil && unknown?.key == nil && unknown?.length == 5)
        // The start-up probe's cursor report, come late: dropped whole, digits and all.
        let report = EscapeSequence.decode(codes("[12;40R"))
        #expect(report != nil && report?.key == nil && report?.length == 7)
        #expect(EscapeSequence.decode(codes("j")) == nil && !EscapeSequence.mayContinue(codes("j")))
        #expect(EscapeSequence.decode(codes("[6")) == nil && EscapeSequence.mayContinue(codes("[6")))
        #expect(EscapeSequence.decode(codes("O")) == nil && EscapeSequence.mayContinue(codes("O")))
    }
}
