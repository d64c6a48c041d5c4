/// Phrases in Chinese and English, each named once by a key: the one way the program words
/// what it says, whichever module says it. `%d` and `%@` holes are filled in order; a test
/// holds every book to having each phrase in both languages, with the same holes in the same
/// order (`problems`).
public struct PhraseBook<Key: Hashable & CaseIterable & Sendable>: Sendable {
    public let zh: [Key: String]
    public let en: [Key: String]

    public init(zh: [Key: String], en: [Key: String]) {
        self.zh = zh
        self.en = en
    }

    /// The phrase in `language`; its key's name if the book lacks it (which a test forbids).
    public func phrase(_ key: Key, in language: Language) -> String {
        (language == .zh ? zh : en)[key] ?? String(describing: key)
    }

    /// The phrase with its holes filled by `values`, in order.
    public func format(_ key: Key, in language: Language, _ values: [CustomStringConvertible]) -> String {
        // Filled left to right; what a value brings in is never looked at for holes again.
        var done = "", rest = Substring(phrase(key, in: language))
        for value in values {
            let holes = ["%d", "%@"].compactMap { rest.range(of: $0) }
            guard let hole = holes.min(by: { $0.lowerBound < $1.lowerBound }) else { break }
            done += rest[..<hole.lowerBound] + value.description
            rest = rest[hole.upperBound...]
        }
        return done + rest
    }

    /// Keys missing in `language`.
    public func missing(in language: Language) -> [Key] {
        let table = language == .zh ? zh : en
        return Key.allCases.filter { table[$0] == nil }
    }

    /// What is wrong with the book: phrases missing in a language, holes that differ between
    /// the two, and `%` signs that are no hole. Empty when the book is whole.
    public var problems: [String] {
        var found = Language.allCases.flatMap { language in missing(in: language).map { "\($0): missing in \(language)" } }
        for key in Key.allCases {
            guard let chinese = zh[key], let english = en[key] else { continue }
            let zhHoles = Self.holes(chinese), enHoles = Self.holes(english)
            if zhHoles != enHoles { found.append("\(key): holes \(zhHoles) in Chinese, \(enHoles) in English") }
            if !(zhHoles + enHoles).allSatisfy({ $0 == "%d" || $0 == "%@" }) { found.append("\(key): a % that is no hole") }
        }
        return found
    }

    /// `%d` and `%@` (and any other `%x`) in the order they stand.
    static func holes(_ text: String) -> [String] {
        text.split(separator: "%", omittingEmptySubsequences: false).dropFirst().map { "%" + String($0.prefix(1)) }
    }
}
