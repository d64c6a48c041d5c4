import Foundation
import LeagueCore
import ZIPFoundation

/// A one-sheet .xlsx workbook as Excel, WPS and LibreOffice open it: a bold header that
/// stays in view (frozen), columns wide enough for their Chinese text, every value a value
/// and never a formula. Text is text — phones and references too, so no 1.39E+10 — days and
/// moments the county writes (2026-11-28, 2026-11-28 09:05) are dates, and whole numbers
/// of a few digits are numbers.
struct WorkbookWriter {
    private let sheetName: String
    /// The rows' XML so far. Bytes in an array: `Data` asks at every append what it is given.
    private var sheet: [UInt8] = []
    /// The widest cell of each column so far, in cells (a Chinese character is two).
    private var widths: [Int] = []
    /// Each column's letters (`A`, `B` … `AA`), made once.
    private var letters: [String] = []
    private var rowNumber = 0

    init(sheetName: String) {
        // Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
        let cleaned = sheetName.filter { !":\\/?*[]".contains($0) }
        self.sheetName = String(cleaned.prefix(31)).isEmpty ? "Sheet1" : String(cleaned.prefix(31))
    }

    /// The header row, in bold.
    mutating func header(_ cells: [String]) {
        append(cells, header: true)
    }

    mutating func append(_ rows: [[String]]) {
        for row in rows { append(row, header: false) }
    }

    /// One row's XML, written straight into the sheet's bytes: a county's export has millions
    /// of cells.
    private mutating func append(_ cells: [String], header: Bool) {
        rowNumber += 1
        let row = String(rowNumber)
        put("<row r=\"", row, "\">")
        for (index, text) in cells.enumerated() {
            if index >= widths.count {
                widths.append(0)
                letters.append(WorkbookReader.letters(index))
            }
            widths[index] = max(widths[index], min(60, Self.cellWidth(text)))
            if text.isEmpty { continue }
            put("<c r=\"", letters[index], row)
            if header {
                put("\" t=\"inlineStr\" s=\"1\"><is><t>", Self.escaped(text), "</t></is></c>")
            } else if let (serial, style) = Self.date(text) {
                put("\" s=\"", String(style), "\"><v>", serial, "</v></c>")
            } else if Self.isPlainNumber(text) {
                put("\"><v>", text, "</v></c>")
            } else {
                // Spaces at either end are kept only when said.
                let kept = text.first?.isWhitespace == true || text.last?.isWhitespace == true
                put("\" t=\"inlineStr\"><is><t", kept ? " xml:space=\"preserve\">" : ">", Self.escaped(text), "</t></is></c>")
            }
        }
        put("</row>")
    }

    private mutating func put(_ pieces: String...) {
        for piece in pieces { sheet.append(contentsOf: piece.utf8) }
    }

    /// The workbook's bytes.
    func finish() throws -> Data {
        let columns = widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(max(8, width + 2))\" customWidth=\"1\"/>"
        }.joined()
        var worksheet = Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            \(columns.isEmpty ? "" : "<cols>\(columns)</cols>")<sheetData>
            """.utf8)
        worksheet.append(contentsOf: sheet)
        worksheet.append(contentsOf: "</sheetData></worksheet>".utf8)
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(Self.contentTypes.utf8)),
            ("_rels/.rels", Data(Self.packageRelations.utf8)),
            ("xl/workbook.xml", Data(Self.workbook(sheetName).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(Self.workbookRelations.utf8)),
            ("xl/styles.xml", Data(Self.styles.utf8)),
            ("xl/worksheets/sheet1.xml", worksheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// A day or a moment as the county writes them, as a serial day and its style (2: a
    /// date, 3: a date and time).
    static func date(_ text: String) -> (String, Int)? {
        let length = text.utf8.count
        guard length == 10 || length == 16 || length == 19, text.utf8.first.map({ (48...57).contains($0) }) == true else { return nil }
        let day = String(text.prefix(10))
        guard CountyTime.isDay(day) else { return nil }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        let serial = CountyTime.daysSince1970(year: parts[0], month: parts[1], day: parts[2]) + 25_569
        guard serial >= 61 else { return nil }
        if text.count == 10 { return (String(serial), 2) }
        let time = text.dropFirst(11)
        guard text.count == 16 || text.count == 19, text.dropFirst(10).first == " " else { return nil }
        let numbers = time.split(separator: ":").compactMap { Int($0) }
        guard numbers.count == (text.count == 16 ? 2 : 3), numbers[0] < 24, numbers[1] < 60, numbers.count < 3 || numbers[2] < 60 else { return nil }
        let seconds = numbers[0] * 3_600 + numbers[1] * 60 + (numbers.count == 3 ? numbers[2] : 0)
        return (String(Double(serial) + Double(seconds) / 86_400), 3)
    }

    /// Digits that read back the same as a number: at most nine, no leading zero.
    static func isPlainNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (1...9).contains(scalars.count) && scalars.allSatisfy { ("0"..."9").contains($0) } && (scalars.count == 1 || scalars.first != "0")
    }

    /// Cells the widest line of a text takes, as a column's width counts them (a Chinese
    /// character two).
    private static func cellWidth(_ text: String) -> Int {
        var widest = 0, line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line = 0 } else { line += scalar.value >= 0x1100 ? 2 : 1 }
            widest = max(widest, line)
        }
        return widest
    }

    /// Text as XML holds it; control characters XML cannot carry become spaces.
    static func escaped(_ text: String) -> String {
        // Most cells have nothing to escape: looked for in bytes, returned as they are.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": break
            default: if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    private static let packageRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static func workbook(_ sheetName: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    private static let workbookRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Styles: 0 plain, 1 the bold header, 2 a date, 3 a date and time.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
