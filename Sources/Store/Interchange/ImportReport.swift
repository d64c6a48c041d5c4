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
        let zh = language == .zh
        let unit = inJSON ? (zh ? "条" : "record") : (zh ? "行" : "line")
        let place = switch (line, column) {
        case (0, _): ""
        case let (line, column?): zh ? "第 \(line) \(unit)“\(column)”:" : "\(unit) \(line), \(column): "
        case let (line, nil): zh ? "第 \(line) \(unit):" : "\(unit) \(line): "
        }
        return place + reason(language)
    }

    /// What is wrong, without where.
    public func reason(_ language: Language) -> String {
        let zh = language == .zh
        return switch reason {
        case let .field(problem): problem.message(language)
        case let .notText(tried):
            zh ? "不是 \(tried.map(\.rawValue).joined(separator: " 或 ")) 文本,可用 --encoding 指定编码"
                : "not \(tried.map(\.rawValue).joined(separator: " or ")) text; name the encoding with --encoding"
        case .unterminatedQuote: zh ? "引号没有闭合" : "a quote is opened and never closed"
        case let .notJSON(detail): zh ? "不是可读的 JSON 记录列表(\(detail))" : "not a readable JSON list of records (\(detail))"
        case .empty: zh ? "文件是空的" : "the file is empty"
        case let .workbook(kind):
            zh ? "这是 Excel/WPS 工作簿(\(kind)),不是 CSV:请在 Excel 或 WPS 里“另存为”CSV(逗号分隔)后导入那个文件"
                : "this is an Excel/WPS workbook (\(kind)), not CSV: in Excel or WPS use Save As, CSV (comma delimited), and import that file"
        case .missingColumn: zh ? "缺少这一列" : "this column is missing"
        case .repeatedColumn: zh ? "这一列出现了两次" : "this column appears twice"
        case let .wrongFieldCount(expected, found):
            zh ? "应有 \(expected) 列,实有 \(found) 列" : "\(found) fields where the header has \(expected)"
        case let .duplicate(first): zh ? "与第 \(first) 行重复" : "the same as line \(first)"
        case .ambiguous: zh ? "与已有的多人同名同年,请补上手机号" : "matches several people already on file; add their phone"
        case .notAllowed: zh ? "无权修改该乡镇的数据" : "you may not change this township's records"
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
