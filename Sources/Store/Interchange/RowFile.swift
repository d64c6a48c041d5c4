import Foundation
import GRDB

/// The kinds of file a table is exported as.
public enum FileFormat: String, CaseIterable, Sendable, Codable {
    /// UTF-8 with a byte-order mark and CRLF, for Excel and WPS.
    case csv
    /// An Excel 2007+ workbook of one sheet.
    case xlsx

    /// What a file's name asks for: a workbook for `.xlsx`, else CSV.
    public static func named(_ path: String) -> FileFormat {
        path.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv
    }
}

/// Rows on their way to a file of a format: CSV is written as the rows come, a workbook
/// once they are all in (a zip is written whole).
enum RowFile {
    /// Writes `header` and a line for each row `rows` reads, its cells made by `cells`, as
    /// `format`, to `write`, a thousand at a time; how many lines there were.
    static func write(_ format: FileFormat, header: [String], sheetName: String, to write: (Data) throws -> Void,
                      rows: RowCursor, cells: (Row) throws -> [String]) throws -> Int {
        var count = 0
        try self.write(format, header: header, sheetName: sheetName, to: write) { add in
            var batch: [[String]] = []
            while let row = try rows.next() {
                batch.append(try cells(row))
                if batch.count == 1000 {
                    try add(batch)
                    count += batch.count
                    batch = []
                }
            }
            try add(batch)
            count += batch.count
        }
        return count
    }

    /// Writes `header` and the rows `produce` hands over, as `format`, to `write`.
    static func write(_ format: FileFormat, header: [String], sheetName: String, to write: (Data) throws -> Void,
                      _ produce: (_ add: ([[String]]) throws -> Void) throws -> Void) throws {
        switch format {
        case .csv:
            try write(CSV.byteOrderMark + CSV.lines([header]))
            try withoutActuallyEscaping(write) { write in
                try produce { if !$0.isEmpty { try write(CSV.lines($0)) } }
            }
        case .xlsx:
            var workbook = WorkbookWriter(sheetName: sheetName)
            workbook.header(header)
            try produce { workbook.append($0) }
            try write(try workbook.finish())
        }
    }
}
