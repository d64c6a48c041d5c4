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

    /// Accepts `zh`, `en` and locale-like spellings such as `zh_CN.UTF-8` or `en-US`.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") { self = .zh } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}
