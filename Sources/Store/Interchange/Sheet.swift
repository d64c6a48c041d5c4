import Foundation
import LeagueCore

/// A file's records read against a table's columns: which column is where, and each data
/// row's values by column. Problems with the file's shape are collected, not thrown.
struct Sheet {
    struct Row {
        let line: Int
        let values: [ImportTable.Key: String]
        /// Cells under headers that are none of the table's columns (a survey's questions), by header.
        var extra: [String: String] = [:]

        /// The cell under `key`, trimmed and with a formula guard taken off; nil when the
        /// file has no such column.
        subscript(_ key: ImportTable.Key) -> String? { values[key] }
    }

    let table: ImportTable
    /// The headers as the file writes them, for messages.
    private(set) var headers: [ImportTable.Key: String] = [:]
    /// Headers that are none of the table's columns, in the file's order.
    private(set) var extraHeaders: [String] = []
    private(set) var rows: [Row] = []
    private(set) var problems: [ImportProblem] = []
    /// What is wrong with the header: without its columns no row can be read.
    private(set) var headerProblems: [ImportProblem] = []
    /// From a workbook: each header's column (from 0), so that a problem names its cell.
    private var cellColumns: [String: Int]?

    /// `records` from CSV or JSON carry the formula guards a CSV export writes (`'=`), taken
    /// off here; a workbook's cells are values as they are, and its problems name cells.
    init(_ table: ImportTable, records: [CSVRecord], fromWorkbook: Bool = false) {
        self.table = table
        if fromWorkbook { cellColumns = [:] }
        guard let header = records.first else {
            headerProblems.append(ImportProblem(line: 0, .empty))
            return
        }
        var positions: [(ImportTable.Key, Int)] = []
        var extraPositions: [(String, Int)] = []
        for (index, written) in header.fields.enumerated() {
            guard let column = table.columns.first(where: { $0.matches(written) }) else {
                let text = written.trimmed
                if !text.isEmpty, !extraHeaders.contains(text) {
                    extraHeaders.append(text)
                    extraPositions.append((text, index))
                    cellColumns?[text] = index
                }
                continue
            }
            if headers[column.key] != nil {
                headerProblems.append(ImportProblem(line: header.line, column: written, .repeatedColumn))
                continue
            }
            headers[column.key] = written.trimmed
            cellColumns?[written.trimmed] = index
            positions.append((column.key, index))
        }
        for column in table.columns where column.required && headers[column.key] == nil {
            headerProblems.append(ImportProblem(line: header.line, column: "\(column.zh) / \(column.en)", .missingColumn))
        }
        for var record in records.dropFirst() {
            // A workbook's row ends at its last cell with a value: the empty ones after it are there.
            if fromWorkbook, record.fields.count < header.fields.count {
                record.fields += Array(repeating: "", count: header.fields.count - record.fields.count)
            }
            // Cells past the header's count are tolerated when empty (a stray comma at the end).
            let found = record.fields.count
            let meaningful = record.fields.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
            guard found == header.fields.count || found > header.fields.count && meaningful <= header.fields.count else {
                problems.append(ImportProblem(line: record.line, .wrongFieldCount(expected: header.fields.count, found: found)))
                continue
            }
            let value = { (index: Int) in fromWorkbook ? record.fields[index].trimmed : CSV.uncell(record.fields[index].trimmed) }
            var values: [ImportTable.Key: String] = [:]
            for (key, index) in positions {
                values[key] = value(index)
            }
            var extra: [String: String] = [:]
            for (text, index) in extraPositions where index < record.fields.count {
                extra[text] = value(index)
            }
            rows.append(Row(line: record.line, values: values, extra: extra))
        }
    }

    /// Whether the file has `key`'s column.
    func has(_ key: ImportTable.Key) -> Bool { headers[key] != nil }

    /// `key`'s header as the file writes it (its own name when the file has none).
    func header(_ key: ImportTable.Key) -> String { headers[key] ?? key.rawValue }

    /// Where the header is among a workbook's first rows: the first row naming one of the
    /// table's columns (a title or a merged group heading may stand above it).
    static func headerIndex(_ records: [CSVRecord], _ table: ImportTable) -> Int? {
        records.prefix(5).firstIndex { record in record.fields.contains { field in table.columns.contains { $0.matches(field) } } }
    }

    mutating func report(_ row: Row, _ key: ImportTable.Key?, _ reason: ImportProblem.Reason) {
        let header = key.flatMap { headers[$0] }
        problems.append(ImportProblem(line: row.line, column: header, reason, cell: cell(header, row.line)))
    }

    /// A problem under a header that is none of the table's columns (a survey question's).
    mutating func report(_ row: Row, header: String, _ reason: ImportProblem.Reason) {
        problems.append(ImportProblem(line: row.line, column: header, reason, cell: cell(header, row.line)))
    }

    /// In a workbook, the cell under `header` on row `line` (`B7`).
    private func cell(_ header: String?, _ line: Int) -> String? {
        guard let header, let column = cellColumns?[header] else { return nil }
        return WorkbookReader.letters(column) + String(line)
    }

    /// A problem with the header itself, found by the importer (a question with no column).
    mutating func reportHeader(column: String, _ reason: ImportProblem.Reason) {
        headerProblems.append(ImportProblem(line: 1, column: column, reason))
    }

    /// Reports the fields a check found wrong, under their columns.
    mutating func report(_ row: Row, _ invalid: [CadreField: FieldProblem]) {
        for field in CadreField.allCases {
            if let problem = invalid[field] { report(row, ImportTable.Key(rawValue: field.rawValue), .field(problem)) }
        }
    }

    /// The line of an earlier row with the same key, remembering this one.
    static func firstLine(of key: String, at line: Int, in seen: inout [String: Int]) -> Int? {
        if let first = seen[key] { return first }
        seen[key] = line
        return nil
    }
}

/// How spreadsheets write days and yes/no, read the one way the store keeps them.
enum CellText {
    /// 2025-03-01 from 2025/3/1, 2025.3.1, 2025年3月1日 or 2025-3-1, and from a day at
    /// midnight as a workbook's date-and-time cell shows it (2025-03-01 00:00); anything else
    /// unchanged (the check then says it is not a date).
    static func day(_ text: String) -> String {
        if let space = text.firstIndex(of: " "), ["00:00", "0:00", "00:00:00", "0:00:00"].contains(text[text.index(after: space)...]) {
            return day(String(text[..<space]))
        }
        var parts: [Int] = [], current = "", first = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9":
                current.unicodeScalars.append(scalar)
            case "/", ".", "-", "年", "月", "日":
                if !current.isEmpty {
                    // A year of four digits, then months and days of one or two.
                    guard let value = Digits.value(current, count: first ? 4...4 : 1...2) else { return text }
                    parts.append(value)
                    first = false
                }
                current = ""
            default: return text
            }
        }
        if !current.isEmpty {
            guard let value = Digits.value(current, count: first ? 4...4 : 1...2) else { return text }
            parts.append(value)
        }
        guard parts.count == 3 else { return text }
        return CountyTime.dayText(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A moment as spreadsheets write it: 2026/11/28 9:05, 2026-11-28 09:05, or a day alone.
    static func instant(_ text: String) -> Date? {
        let parts = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard let first = parts.first else { return nil }
        var time = parts.count > 1 ? parts[1] : ""
        if let colon = time.firstIndex(of: ":"), time.distance(from: time.startIndex, to: colon) == 1 { time = "0" + time }
        return CountyTime.parseInstant(time.isEmpty ? day(first) : day(first) + " " + time)
    }

    /// The seconds a moment written in `text` stands for: 60 when it is written to the
    /// minute (as exports write it), else 1. A row matches a record on file within them.
    static func precision(_ text: String?) -> Int64 {
        guard let text, !text.isEmpty else { return 1 }
        return text.filter { $0 == ":" }.count >= 2 ? 1 : 60
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "是", "在岗", "yes", "y", "true", "1", "有效": true
        case "否", "离岗", "no", "n", "false", "0", "停用": false
        default: nil
        }
    }
}
