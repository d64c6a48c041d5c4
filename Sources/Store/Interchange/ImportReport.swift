import LeagueCore

/// Something wrong in a file, where it is: the line (from 1; 0 for the file as a whole)
/// and the column as its header is written.
public struct ImportProblem: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case field(FieldProblem)
        case notText(tried: [TextEncoding], byte: Int? = nil)
        case unterminatedQuote
        case notJSON(String)
        case empty
        /// An old-style workbook (".xls", WPS's ".et"), which is read once saved as .xlsx.
        case workbook(String)
        /// An .xlsx that cannot be read, and why.
        case unreadableWorkbook(WorkbookError)
        case missingColumn
        case repeatedColumn
        case wrongFieldCount(expected: Int, found: Int)
        /// The same person or place as an earlier line of the file.
        case duplicate(firstLine: Int)
        /// A young person without a phone who matches more than one already on file.
        case ambiguous
        /// The operator may not change this township's records.
        case notAllowed
        /// Phones as a masked export writes them, on this many lines.
        case maskedPhones(Int)
    }

    /// For a CSV file its line; for a JSON list the record's number in it; for a workbook
    /// its row.
    public var line: Int
    public var column: String?
    /// In a workbook, the cell (`B7`), when the problem is one cell's.
    public var cell: String?
    public var reason: Reason
    /// From a JSON list: `line` counts records, not lines.
    public var inJSON = false

    public init(line: Int, column: String? = nil, _ reason: Reason, inJSON: Bool = false, cell: String? = nil) {
        self.line = line
        self.column = column
        self.reason = reason
        self.inJSON = inJSON
        self.cell = cell
    }

    /// Where and what, in one line: 第 4 行“手机”:与第 2 行重复.
    public func message(_ language: Language) -> String {
        let say = { (words: ImportWords, values: [CustomStringConvertible]) in ImportWords.book.format(words, in: language, values) }
        let place = switch (line, column) {
        case (0, _): ""
        case let (_, column?) where cell != nil: say(.cellColumn, [cell!, column])
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
        case let .notText(tried, nil): say(.notText, [tried.map(\.rawValue).joined(separator: say(.or, []))])
        case let .notText(tried, byte?): say(.notTextAt, [tried.map(\.rawValue).joined(separator: say(.or, [])), byte])
        case .unterminatedQuote: say(.unterminatedQuote, [])
        case let .notJSON(detail): say(.notJSON, [detail])
        case .empty: say(.empty, [])
        case let .workbook(kind): say(.workbook, [kind])
        case let .unreadableWorkbook(error): error.message(language)
        case .missingColumn: say(.missingColumn, [])
        case .repeatedColumn: say(.repeatedColumn, [])
        case let .wrongFieldCount(expected, found): say(.wrongFieldCount, [expected, found])
        case let .duplicate(first): say(.duplicate, [first])
        case .ambiguous: say(.ambiguous, [])
        case .notAllowed: say(.notAllowed, [])
        case let .maskedPhones(count): say(.maskedPhones, [count])
        }
    }
}

/// The problems of a file as a person can read them, however many: the first few in file
/// order, then one line for each column and kind of problem among the rest.
public struct ProblemDigest: Sendable {
    /// A column and kind of problem among the rest: the first of them, and how many there are.
    public struct Group: Sendable {
        public let first: ImportProblem
        public let count: Int
        /// Whether they differ in their details (which earlier line each repeats, say).
        public let alike: Bool

        /// How many more lines there are, and from which: said after the first one's reason.
        public func more(_ language: Language) -> String {
            ImportWords.book.format(alike ? .moreLines : .moreLinesAlike, in: language, [count - 1, first.line])
        }
    }

    public let shown: [ImportProblem]
    public let groups: [Group]

    /// At most `limit` problems, then the groups.
    public init(_ problems: [ImportProblem], limit: Int = 50, language: Language) {
        shown = Array(problems.prefix(limit))
        var order: [String] = [], members: [String: [ImportProblem]] = [:]
        for problem in problems.dropFirst(limit) {
            let key = (problem.column ?? "") + "\u{1F}" + problem.reason.kind
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(problem)
        }
        groups = order.map { key in
            let all = members[key]!
            let first = all[0]
            return Group(first: first, count: all.count, alike: all.allSatisfy { $0.reason(language) == first.reason(language) })
        }
    }
}

extension ImportProblem.Reason {
    /// The kind of problem without its details: what groups a million lines into one.
    var kind: String {
        switch self {
        case let .field(problem): "field." + String("\(problem)".prefix { $0 != "(" })
        default: String("\(self)".prefix { $0 != "(" })
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
    /// From a workbook: the sheet read (problems name its rows and cells).
    public var sheet: String?
    /// Diaries' photos read from beside the file and kept, and those that were not (the
    /// diaries are imported without them).
    public var photosKept = 0
    public var photoNotes: [PhotoNote] = []

    /// Whether the database now holds the file.
    public var applied: Bool { !dryRun && problems.isEmpty }
}
