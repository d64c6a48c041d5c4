import Foundation

/// One record of a CSV file, with the line it starts on (from 1) for messages.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]
}

/// A record that does not end: a quote opened on `line` and never closed.
struct CSVUnterminatedQuote: Error, Equatable {
    var line: Int
}

/// Comma- (or tab-) separated values as spreadsheets write them (RFC 4180): quoted fields
/// may hold separators, doubled quotes and line breaks; lines end in CRLF, LF or CR.
enum CSV {
    /// The records of `text`; blank lines are skipped. The separator is a tab when the
    /// first line has tabs and no commas (Excel's "Unicode text"), else a comma. Lines are
    /// cut on scalars: "\r\n" is one Character, and a line of Characters never ends at it.
    static func records(_ text: String) throws -> [CSVRecord] {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Unicode.Scalar = firstLine.contains("\t") && !firstLine.contains(",") ? "\t" : ","
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if fields.contains(where: { !$0.isEmpty }) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else if scalar == "\r" || scalar == "\n" {
                    // A line break inside a cell, whichever way the file ends its lines, is "\n".
                    if scalar == "\r" {
                        let next = scalars.next()
                        if next != "\n" { pending = next }
                    }
                    line += 1
                    field.append("\n")
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case separator:
                endField()
            case "\n", "\r":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
        }
        if quoted { throw CSVUnterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The cell as written in a file: quoted when it must be, and made inert when a
    /// spreadsheet would run it as a formula (= + - @, tab or CR first gets a leading ').
    /// Text that already starts with guards and such a character gets one more, so that
    /// `uncell` gives it back whole.
    static func cell(_ text: String) -> String {
        var text = text
        if isFormulaLike(text) { text = "'" + text }
        // Bytes, not Characters: an export asks this of every cell.
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell read back: the ' that `cell` put before a would-be formula (or before a
    /// guarded one) is taken off.
    static func uncell(_ text: String) -> String {
        guard text.hasPrefix("'"), isFormulaLike(String(text.unicodeScalars.dropFirst())) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// Whether a spreadsheet would read `text` as a formula, once any guards before it are
    /// taken off: = + - @, a tab or a CR first.
    private static func isFormulaLike(_ text: String) -> Bool {
        text.unicodeScalars.first { $0 != "'" }.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
    }

    /// What Excel and WPS need at the start of a CSV file to read it as UTF-8.
    static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    /// Rows as lines of a file for Excel and WPS: cells made safe, CRLF line ends.
    static func lines(_ rows: [[String]]) -> Data {
        var data = Data()
        for row in rows { data.append(Data((row.map(cell).joined(separator: ",") + "\r\n").utf8)) }
        return data
    }
}

/// CSV for Excel and WPS from anywhere in the program: a byte-order mark, cells made safe,
/// CRLF line ends.
public enum CSVFile {
    public static func data(_ rows: [[String]]) -> Data {
        CSV.byteOrderMark + CSV.lines(rows)
    }
}
