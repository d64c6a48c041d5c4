/// Pinyin keys of Chinese names, so that staff can type "zcx" or "zhangc" to find 张传相.
///
/// Readings come from a dictionary (`PinyinTable.swift`, made by `scripts/pinyin-table.py`
/// from Unihan and CLDR): a name's first character takes its surname reading (曾 zeng, 单
/// shan, 万俟 moqi), the others their ordinary readings, and every reading of a polyphonic
/// character is a key too, so `wjf` and `wxf` both find 王解放.
public enum Pinyin {
    /// The keys of `name`, lower-case ASCII separated by spaces: the whole readings run
    /// together, then their initials, the usual reading first ("zhangchuanxiang
    /// zhangzhuanxiang zcx zzx"), so that sorting by the keys sorts by the usual reading.
    /// Letters and digits in the name are kept as they are; other characters are dropped.
    public static func searchKeys(_ name: String) -> String {
        let choices = syllableChoices(name)
        guard !choices.isEmpty else { return "" }
        let spellings = spellings(of: choices, limit: spellingLimit)
        var keys: [String] = []
        for key in spellings.map({ $0.joined() }) + spellings.map({ String($0.compactMap(\.first)) }) where !keys.contains(key) {
            keys.append(key)
        }
        return keys.joined(separator: " ")
    }

    /// The usual reading of a text, run together ("罗阳" → "luoyang"), read as a place or a
    /// word rather than a name: no surname readings.
    public static func reading(_ text: String) -> String {
        text.compactMap { syllables(of: $0)?.first }.joined()
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

    /// The readings of a character, most usual first; nil for what is neither Han nor a
    /// letter or digit.
    public static func syllables(of character: Character) -> [String]? {
        if character.isASCII { return character.isLetter || character.isNumber ? [character.lowercased()] : nil }
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        return dictionary.readings[scalar]
    }

    /// Enough spellings for every name people have (three characters of three readings each
    /// is 27); a pathological name keeps its first ones, the usual reading always among them.
    static let spellingLimit = 64

    /// For each character of a name that has a reading, its readings, the one a name gives
    /// it first: the surname's (单 shan, 万俟 mo), or a name's wherever it stands (长 chang).
    static func syllableChoices(_ name: String) -> [[String]] {
        var choices: [[String]] = []
        let characters = Array(name)
        let surname = characters.count >= 2 ? dictionary.surnames[String(characters[0...1])] : nil
        for (index, character) in characters.enumerated() {
            guard var readings = syllables(of: character) else { continue }
            let inName = index == 0 ? surname ?? dictionary.surnames[String(character)] : nil
            if let usual = inName ?? dictionary.anywhereInName[character] {
                readings.removeAll { $0 == usual }
                readings.insert(usual, at: 0)
            }
            choices.append(readings)
        }
        return choices
    }

    /// Every way of reading the characters, the first reading of each first, up to `limit`.
    static func spellings(of choices: [[String]], limit: Int) -> [[String]] {
        var spellings: [[String]] = [[]]
        for readings in choices {
            spellings = spellings.flatMap { start in readings.map { start + [$0] } }
            if spellings.count > limit { spellings = Array(spellings.prefix(limit)) }
        }
        return spellings
    }

    private static let dictionary = Dictionary()

    /// The generated table, read once.
    private struct Dictionary: Sendable {
        var readings: [Unicode.Scalar: [String]] = [:]
        /// A name starting with these characters reads the first this way.
        var surnames: [String: String] = [:]
        var anywhereInName: [Character: String] = [:]

        init() {
            for line in Pinyin.readingLines.split(separator: "\n") {
                guard let bar = line.firstIndex(of: "|") else { continue }
                let syllables = line[..<bar].split(separator: " ").map(String.init)
                for scalar in line[line.index(after: bar)...].unicodeScalars { readings[scalar] = syllables }
            }
            for line in Pinyin.nameLines.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2 else { continue }
                if parts[0].hasPrefix("*"), let character = parts[0].dropFirst().first {
                    anywhereInName[character] = String(parts[1])
                } else {
                    surnames[String(parts[0])] = String(parts[1])
                }
            }
        }
    }
}
