import Foundation

/// Pinyin keys of Chinese names, so that staff can type "zcx" or "zhangc" to find 张传相.
///
/// Each character is read on its own with the surname readings of ICU's Han-Latin/Names
/// transform (曾 zeng, not ceng); readings are remembered, so a roster of thousands of
/// names costs one transform per distinct character.
public enum Pinyin {
    /// The keys of `name`, lower-case ASCII separated by spaces: the initials, then the
    /// syllables run together ("zcx zhangchuanxiang"). Letters and digits in the name
    /// are kept as they are; other characters are dropped.
    public static func searchKeys(_ name: String) -> String {
        let syllables = name.compactMap(syllable)
        guard !syllables.isEmpty else { return "" }
        let initials = String(syllables.compactMap(\.first))
        let full = syllables.joined()
        return initials == full ? full : "\(initials) \(full)"
    }

    /// Whether what someone typed is the start of one of the keys: the SQL beside it is
    /// `' ' || keys LIKE '% ' || query || '%'`.
    public static func matches(keys: String, query: String) -> Bool {
        let query = query.lowercased()
        return !query.isEmpty && keys.split(separator: " ").contains { $0.hasPrefix(query) }
    }

    /// Whether a search text is one that pinyin keys can answer (ASCII letters only).
    public static func isQuery(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    private static func syllable(_ character: Character) -> String? {
        if character.isASCII { return character.isLetter || character.isNumber ? character.lowercased() : nil }
        return readings.reading(of: character)
    }

    private static let readings = Readings()

    /// Characters already read, shared by every thread.
    private final class Readings: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [Character: String] = [:]
        private let transform = StringTransform("Han-Latin/Names; Latin-ASCII; Lower")

        func reading(of character: Character) -> String? {
            lock.lock()
            defer { lock.unlock() }
            if let reading = known[character] { return reading.isEmpty ? nil : reading }
            let latin = String(character).applyingTransform(transform, reverse: false) ?? ""
            // Not Han (punctuation, symbols, other scripts' leftovers): no key.
            let reading = latin.allSatisfy({ $0.isASCII && $0.isLetter }) ? latin : ""
            known[character] = reading
            return reading.isEmpty ? nil : reading
        }
    }
}
