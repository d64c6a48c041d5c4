import App
import Foundation
import LeagueCore
import TerminalKit
import Testing

/// Every screen of the sample county read through, pane by pane and into each pane's views:
/// Chinese prose uses Chinese punctuation, and English shows no Chinese but data.
@Suite struct PunctuationTests {
    /// The keys that walk through the desk's screens from the queue: each is pressed, and the
    /// screen after it is read.
    static let walk: [[Key]] = [
        [], [.enter], [.escape], [.character("f")], [.escape], [.character("?")], [.escape],
        [.character("2")], [.enter], [.enter], [.escape], [.escape],
        [.character("3")], [.enter], [.escape],
        [.character("4")], [.character("f")], [.escape], [.character("a")], [.escape], [.escape],
        [.character("5")], [.character("<")],
        [.character("6")], [.tab], [.tab], [.tab], [.tab],
    ]

    /// The screens seen along the walk.
    static func screens(_ language: Language) throws -> [(keys: String, lines: [String])] {
        let desk = try Desk(language: language)
        var seen: [(String, [String])] = []
        for keys in walk {
            desk.press(keys)
            seen.append(("\(keys)", desk.screen))
        }
        return seen
    }

    @Test("Chinese screens punctuate Chinese prose with full-width marks; times and codes keep theirs")
    func chinesePunctuation() throws {
        // A half-width mark against a Chinese character (ASCII `4:30` and `QZ-2026` are fine).
        let halfWidth = try Regex(#"[\p{Han}“”][,:;()]|[,:;(][\p{Han}]"#)
        var found: [String] = []
        for (_, lines) in try Self.screens(.zh) {
            for line in lines where line.contains(halfWidth) && !found.contains(line) { found.append(line) }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test("English screens show no Chinese outside the county's data")
    func englishHasNoChinese() throws {
        // Data stays as written: names, titles, texts, villages. The desk's own words — header,
        // column heads, status line, key hints — must be English.
        var found: [String] = []
        for (_, lines) in try Self.screens(.en) {
            for line in [lines[0], lines[lines.count - 1]] + lines.filter({ $0.contains("Committee") }) {
                let words = line.replacingOccurrences(of: "王敏", with: "") // the operator's name
                if words.unicodeScalars.contains(where: { $0.properties.isIdeographic }), !found.contains(line) { found.append(line) }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}

private extension Desk {
    func press(_ keys: [Key]) { for key in keys { press(key) } }
}
