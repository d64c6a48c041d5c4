/// The language the program speaks to its user. Chinese unless asked otherwise.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// Resolves the language from, in order, the `--lang` flag, `$CIRCLEDESK_LANG`,
    /// and the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`); Chinese by default.
    ///
    /// Returns nil only when `flag` is given and is neither `zh` nor `en`.
    public static func resolve(flag: String?, environment: [String: String]) -> Language? {
        if let flag { return Language(code: flag) }
        if let value = environment["CIRCLEDESK_LANG"], let language = Language(code: value) {
            return language
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .zh
        }
        return .zh
    }

    /// The language's tag in an HTML page (`lang`), which picks the fonts for its text.
    public var htmlTag: String { self == .zh ? "zh-CN" : "en" }

    /// Accepts `zh`, `en` and locale-like spellings such as `zh_CN.UTF-8` or `en-US`.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") { self = .zh } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// A name the county writes in Chinese, with its English form (pinyin for places) for
/// `--lang en`: categories and townships in reports.
public struct BilingualName: Codable, Equatable, Sendable {
    public var zh: String
    public var en: String

    /// `en` falls back to the Chinese when there is none.
    public init(zh: String, en: String?) {
        self.zh = zh
        self.en = en.flatMap { $0.isEmpty ? nil : $0 } ?? zh
    }

    /// The name in `language`.
    public func callAsFunction(_ language: Language) -> String { language == .zh ? zh : en }
}
