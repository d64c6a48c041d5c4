import LeagueCore

/// Something wrong in a file, where it is: the line (from 1; 0 for the file as a whole)
/// and the column as its header is written.
public struct ImportProblem: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case field(FieldProblem)
        case notText(tried: [TextEncoding])
        case unterminatedQuote
        case notJSON(String)
        case empty
        /// A spreadsheet workbook (".xlsx", or ".xls" and WPS's ".et"), not a CSV file.
        case workbook(String)
        case missingColumn
        case repeatedColumn
        case wrongFieldCount(expected: Int, found: Int)
        /// The same person or place as an earlier line of the file.
        case duplicate(firstLine: Int)
        /// A young person without a phone who matches more than one already on file.
        case ambiguous
        /// The operator may not change this township's records.
        case notAllowed
    }

    /// For a CSV file its line; for a JSON list the record's number in it.
    public var line: Int
    public var column: String?
    public var reason: Reason
    /// From a JSON list: `line` counts records, not lines.
    public var inJSON = false

    public init(line: Int, column: String? = nil, _ reason: Reason, inJSON: Bool = false) {
        self.line = line
        self.column = column
        self.reason = reason
        self.inJSON = inJSON
    }

    /// Where and what, in one line: 第 4 行“手机”:与第 2 行重复.
    public func message(_ language: Language) -> String {
        let say = { (words: ImportWords, values: [CustomStringConvertible]) in ImportWords.book.format(words, in: language, values) }
        let place = switch (line, column) {
        case (0, _): ""
        case let (line, column?): say(inJSON ? .recordColumn : .lineColumn, [line, column])
        case let (line, nil): say(inJSON ? .record : .line, [line])
        }
        return place + reason(language)
    }

    /// What is wrong, without where.
    public func reason(_ language: Language) -> String {
        let say = { (words: ImportWords, values: [CustomStringConvertible]) in ImportWords.book.format(words, in: language, values) }
        return switch reason {
        case let .field(problem): problem.message(language)
        case let .notText(tried): say(.notText, [tried.map(\.rawValue).joined(separator: say(.or, []))])
        case .unterminatedQuote: say(.unterminatedQuote, [])
        case let .notJSON(detail): say(.notJSON, [detail])
        case .empty: say(.empty, [])
        case let .workbook(kind): say(.workbook, [kind])
        case .missingColumn: say(.missingColumn, [])
        case .repeatedColumn: say(.repeatedColumn, [])
        case let .wrongFieldCount(expected, found): say(.wrongFieldCount, [expected, found])
        case let .duplicate(first): say(.duplicate, [first])
        case .ambiguous: say(.ambiguous, [])
        case .notAllowed: say(.notAllowed, [])
        }
    }
}

/// What an import did, or (dry run, or any problem) would do.
public struct ImportReport: Equatable, Sendable {
    public var table: ImportTable
    public var encoding: TextEncoding?
    /// Data rows read (the header not counted).
    public var rows = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// In file order. Any problem means nothing was written.
    public var problems: [ImportProblem] = []
    public var dryRun: Bool
    /// A JSON list rather than CSV: problems count records, not lines.
    public var isJSON = false

    /// Whether the database now holds the file.
    public var applied: Bool { !dryRun && problems.isEmpty }
}
