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

    /// The phrase with its holes filled by `values`, in order; `%%` stands for a `%` itself.
    public func format(_ key: Key, in language: Language, _ values: [CustomStringConvertible]) -> String {
        // Only the phrase is scanned: what a value brings in is never looked at for holes.
        var done = "", rest = Substring(phrase(key, in: language)), values = values.makeIterator()
        while let sign = rest.firstIndex(of: "%") {
            done += rest[..<sign]
            let mark = rest[rest.index(after: sign)...].first
            switch mark {
            case "%": done += "%"
            case "d", "@": done += values.next()?.description ?? "%" + String(mark!)
            default: done += "%" + (mark.map(String.init) ?? "")
            }
            rest = mark == nil ? "" : rest[rest.index(sign, offsetBy: 2)...]
        }
        return done + rest
    }

    /// A phrase that names table columns, written `名称|收到|…`, as its columns.
    public func columns(_ key: Key, in language: Language) -> [String] {
        format(key, in: language, []).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
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
            if chinese.filter({ $0 == "|" }).count != english.filter({ $0 == "|" }).count {
                found.append("\(key): columns differ between the languages")
            }
        }
        return found
    }

    /// `%d` and `%@` (and any other `%x`) in the order they stand; `%%` is none.
    static func holes(_ text: String) -> [String] {
        var found: [String] = [], rest = Substring(text)
        while let sign = rest.firstIndex(of: "%") {
            let mark = rest[rest.index(after: sign)...].first
            if mark != "%" { found.append("%" + (mark.map(String.init) ?? "")) }
            rest = mark == nil ? "" : rest[rest.index(sign, offsetBy: 2)...]
        }
        return found
    }
}
