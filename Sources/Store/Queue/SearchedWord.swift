import GRDB

/// The word a queue filter looks for, as SQL. Three characters or more go through the
/// trigram index; one or two letters or digits, through the index of two-character pieces
/// (v12); either over every request or over the open ones alone (v24). Other short words (a
/// mark, a space) are looked for in the text directly, since no index finds them. A word
/// that could be part of a reference is looked for there too.
struct SearchedWord {
    typealias Arguments = [(any DatabaseValueConvertible)?]

    /// The index tables, every request's and the open ones', and the MATCH argument; nil when
    /// no index finds the word.
    private let index: (everyRequest: String, open: String, argument: String)?
    private let text: String
    /// Whether the word could be part of a reference.
    private let inReferences: Bool

    init(_ text: String) {
        self.text = text
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        if text.unicodeScalars.count >= 3 {
            index = ("help_request_fts", OpenRequestWords.trigrams, quoted)
        } else if text.allSatisfy({ $0.isLetter || $0.isNumber }) {
            index = ("help_request_grams", OpenRequestWords.pieces, text.count == 1 ? quoted + "*" : quoted)
        } else {
            index = nil
        }
        inReferences = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0.isLetter) }
    }

    /// The requests the index matches, as a SELECT of their ids named `word_match` — among
    /// the open ones when `open`, and from id `firstId` on when given (the statement keeps to
    /// later ones itself) — when they are all the word finds.
    func matches(open: Bool, from firstId: String? = nil) -> (sql: String, arguments: Arguments)? {
        guard let index, !inReferences else { return nil }
        return (Self.matching(open ? index.open : index.everyRequest, from: firstId), [index.argument])
    }

    /// The condition that a row shows the word, with its arguments; `open` and `firstId` as
    /// for `matches`.
    func condition(open: Bool, from firstId: String? = nil) -> (sql: String, arguments: Arguments) {
        var alternatives: [String] = []
        var arguments: Arguments = []
        if let index {
            alternatives.append("id IN (\(Self.matching(open ? index.open : index.everyRequest, from: firstId)))")
            arguments.append(index.argument)
        } else {
            alternatives.append("instr(title, ?) > 0 OR instr(body, ?) > 0")
            arguments += [text, text]
        }
        if inReferences {
            alternatives.append("instr(ref, ?) > 0")
            arguments.append(text.uppercased())
        }
        return ("(" + alternatives.joined(separator: " OR ") + ")", arguments)
    }

    private static func matching(_ table: String, from firstId: String?) -> String {
        "SELECT rowid AS word_match FROM \(table) WHERE \(table) MATCH ?" + (firstId.map { " AND rowid >= (\($0))" } ?? "")
    }
}
