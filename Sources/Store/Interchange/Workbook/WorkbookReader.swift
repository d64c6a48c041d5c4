import Foundation
import LeagueCore
import ZIPFoundation

/// Why a workbook could not be read, said so that the person knows what to do.
public enum WorkbookError: Error, Equatable, Sendable {
    /// Not a readable zip of an .xlsx: cut short, damaged, or another kind of file.
    case notXLSX(String)
    /// A part of it is not what Excel writes.
    case damaged(part: String, detail: String)
    /// Protected with a password: it is an encrypted package, not a workbook.
    case encrypted
    /// A part that unpacks to more than a workbook of this size ever holds (a zip bomb).
    case tooLarge(part: String, limit: Int)
    case declaresEntities(part: String)
    /// The sheet asked for is not in the workbook: its sheets.
    case noSuchSheet(String, sheets: [String])
    case tooManyRows(Int, limit: Int)
}

/// An .xlsx workbook (Excel 2007 and later, WPS): its sheets read as records, one per row
/// (its line is the row's number), cells as the text they show — shared strings, inline
/// strings and rich text as their words, numbers as written without a float's noise
/// (13912345678, not 1.39E+10), dates and times as the county writes them (2026-11-28,
/// 2026-11-28 09:05), in the 1900 or 1904 date system the workbook uses. A merged range
/// reads its first cell's value in each of its cells.
struct WorkbookReader {
    /// The most a part may unpack to — a county's requests over ten years are some 300 MB of
    /// sheet XML — and, above 64 MB, the most it may grow over its packed size: XML packs
    /// about tenfold, a zip bomb a thousandfold.
    static let partLimit = 1 << 30
    static let growthLimit: UInt64 = 100
    /// The most data rows one import reads.
    static let rowLimit = 200_000
    /// Excel's last row; a row numbered past it is not a workbook's.
    static let lastRow = 1_048_576
    /// The columns read: no table has a tenth of them, and a cell far to the right must not
    /// make every row that wide.
    static let columnLimit = 256
    /// The cells merged ranges may fill in all, however many ranges a sheet lists.
    static let mergedCellLimit = 100_000

    private let archive: Archive
    /// The sheets by name, in the workbook's order, with their parts' paths.
    let sheets: [(name: String, path: String)]
    private let date1904: Bool
    private var sharedStrings: [String] = []
    /// For each cell style, whether it shows a date, and whether with its time.
    private var dateStyles: [DateShown?] = []

    enum DateShown { case day, dayAndTime }

    init(_ data: Data) throws(WorkbookError) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
           data.range(of: Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil {
            throw .encrypted
        }
        let opened: Archive
        do { opened = try Archive(data: data, accessMode: .read) } catch { throw .notXLSX("\(error)") }
        archive = opened
        let workbook = try Self.part("xl/workbook.xml", in: opened)
        var names: [(String, String)] = [], uses1904 = false
        let reader = XMLPart()
        reader.opened = { name, attributes in
            if name == "sheet", let sheet = attributes["name"], let id = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value {
                names.append((sheet, id))
            }
            if name == "workbookPr", let flag = attributes["date1904"] { uses1904 = flag == "1" || flag == "true" }
        }
        try reader.read(workbook, part: "xl/workbook.xml")
        var targets: [String: String] = [:]
        let relations = XMLPart()
        relations.opened = { name, attributes in
            if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }
        try relations.read(try Self.part("xl/_rels/workbook.xml.rels", in: opened), part: "xl/_rels/workbook.xml.rels")
        sheets = names.compactMap { name, id in
            targets[id].map { target in (name, target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target) }
        }
        date1904 = uses1904
        sharedStrings = try readSharedStrings()
        dateStyles = try readDateStyles()
    }

    /// The rows of the sheet at `path`, each with its cells from column A.
    func records(ofSheetAt path: String) throws(WorkbookError) -> [CSVRecord] {
        var rows: [Int: [Int: String]] = [:], merged: [String] = []
        var rowNumber = 0, column = 0, cellType = "", style = 0, value = "", inValue = false, inInline = false
        var nextRow = 1, nextColumn = 0, tooMany = false
        let reader = XMLPart()
        reader.opened = { name, attributes in
            switch name {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? nextRow
                // Past the limit (or past Excel's last row, or not a row number at all): said
                // once, and no arithmetic on a number the file chose.
                if !(1...Self.rowLimit + 1).contains(rowNumber) { tooMany = true }
                nextRow = min(rowNumber, Self.lastRow) + 1
                nextColumn = 0
            case "c":
                column = attributes["r"].flatMap(Self.column) ?? min(nextColumn, Self.columnLimit)
                nextColumn = column + 1
                cellType = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
            case "v": inValue = true
            case "is": inInline = true
            case "t" where inInline: inValue = true
            case "mergeCell": if let ref = attributes["ref"] { merged.append(ref) }
            default: break
            }
        }
        reader.text = { text in if inValue { value += text } }
        reader.closed = { name in
            switch name {
            case "v", "t": inValue = false
            case "is": inInline = false
            case "c":
                guard !tooMany, column < Self.columnLimit else { return }
                let shown = cell(value, type: cellType, style: style)
                if !shown.isEmpty { rows[rowNumber, default: [:]][column] = shown }
            default: break
            }
        }
        try reader.read(try Self.part(path, in: archive), part: path)
        if tooMany { throw .tooManyRows(rows.count, limit: Self.rowLimit) }
        var budget = Self.mergedCellLimit
        for range in merged where budget > 0 { Self.fill(range, &rows, budget: &budget) }
        return rows.keys.sorted().map { line in
            let cells = rows[line]!
            let width = (cells.keys.max() ?? -1) + 1
            return CSVRecord(line: line, fields: (0..<width).map { cells[$0] ?? "" })
        }
    }

    /// A cell's text as it shows: `value` read by its type and style.
    private func cell(_ value: String, type: String, style: Int) -> String {
        switch type {
        case "s": return Int(value).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr", "str", "e": return value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            if dateStyles.indices.contains(style), let shown = dateStyles[style] {
                return Self.dateText(serial: number, date1904: date1904, withTime: shown == .dayAndTime)
            }
            return Self.numberText(number, written: value)
        }
    }

    /// A number as a person typed it: whole numbers without a decimal point or exponent
    /// (a phone typed as a number is its eleven digits), others as written.
    static func numberText(_ number: Double, written: String) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return written
    }

    /// A serial day (and fraction of a day) as `2026-11-28` or `2026-11-28 09:05[:07]`: with
    /// its time when the cell shows one or the serial has one.
    static func dateText(serial: Double, date1904: Bool, withTime: Bool = false) -> String {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return String(serial) }
        let wholeDays = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(wholeDays)) * 86_400).rounded())
        var days = wholeDays
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // The 1900 system counts a 29 February 1900 that never was (serial 60), as Lotus did.
        let since1970 = date1904 ? days - 24_107 : days - (days < 61 ? 25_568 : 25_569)
        let (year, month, day) = CountyTime.day(daysSince1970: since1970)
        var text = CountyTime.dayText(year: year, month: month, day: day)
        if seconds > 0 || withTime {
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
            text += " " + two(seconds / 3_600) + ":" + two(seconds % 3_600 / 60) + (seconds % 60 > 0 ? ":" + two(seconds % 60) : "")
        }
        return text
    }

    /// `AB12` → 27 (columns from 0).
    static func column(_ reference: String) -> Int? {
        var column = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        guard letters > 0, letters <= 3 else { return nil }
        return column - 1
    }

    /// 27 → `AB`.
    static func letters(_ column: Int) -> String {
        var column = column + 1, text = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + remainder))) + text
            column = (column - 1) / 26
        }
        return text
    }

    /// Copies a merged range's first value into its other cells, within `budget` cells in all;
    /// a range larger than a header or a block of rows ever is (a whole sheet) is left alone.
    private static func fill(_ range: String, _ rows: inout [Int: [Int: String]], budget: inout Int) {
        let ends = range.split(separator: ":").map(String.init)
        guard ends.count == 2, let left = column(ends[0]), let right = column(ends[1]),
              let top = Int(ends[0].drop { $0.isLetter }), let bottom = Int(ends[1].drop { $0.isLetter }),
              (1...lastRow).contains(top), (top...lastRow).contains(bottom), left <= right, right < columnLimit,
              (right - left + 1) * (bottom - top + 1) <= min(10_000, budget),
              let value = rows[top]?[left] else { return }
        budget -= (right - left + 1) * (bottom - top + 1)
        for line in top...bottom {
            for column in left...right where rows[line]?[column] == nil { rows[line, default: [:]][column] = value }
        }
    }

    private func readSharedStrings() throws(WorkbookError) -> [String] {
        guard let data = try Self.optionalPart("xl/sharedStrings.xml", in: archive) else { return [] }
        var strings: [String] = [], current = "", inText = false, phonetic = false
        let reader = XMLPart()
        reader.opened = { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = !phonetic
            case "rPh": phonetic = true
            default: break
            }
        }
        reader.text = { text in if inText { current += text } }
        reader.closed = { name in
            switch name {
            case "t": inText = false
            case "rPh": phonetic = false
            case "si": strings.append(current)
            default: break
            }
        }
        try reader.read(data, part: "xl/sharedStrings.xml")
        return strings
    }

    /// Which cell styles show a number as a date or time: the built-in date formats and
    /// any custom format with days, months with years, hours or seconds in it.
    private func readDateStyles() throws(WorkbookError) -> [DateShown?] {
        guard let data = try Self.optionalPart("xl/styles.xml", in: archive) else { return [] }
        var custom: [Int: String] = [:], styles: [Int] = [], inCellStyles = false
        let reader = XMLPart()
        reader.opened = { name, attributes in
            switch name {
            case "numFmt": if let id = attributes["numFmtId"].flatMap(Int.init) { custom[id] = attributes["formatCode"] ?? "" }
            case "cellXfs": inCellStyles = true
            case "xf" where inCellStyles: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        reader.closed = { name in if name == "cellXfs" { inCellStyles = false } }
        try reader.read(data, part: "xl/styles.xml")
        return styles.map { id in
            if let code = custom[id] { return Self.dateShown(code) }
            return Self.builtInTimes.contains(id) ? .dayAndTime : Self.builtInDates.contains(id) ? .day : nil
        }
    }

    /// Excel's built-in date and time formats, the Chinese ones (27–36, 50–58) among them,
    /// and those of them that show a time.
    private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)
    private static let builtInTimes: Set<Int> = Set(18...22).union(32...35).union(45...47)

    /// Whether a number format code shows a date or time: its letters outside quotes,
    /// escapes and brackets ([Red], [$-804]) name days, years, hours or seconds.
    static func dateShown(_ code: String) -> DateShown? {
        var letters = "", quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\": escaped = true
            case "[": bracketed = true
            case "]": bracketed = false
            default: if !quoted && !bracketed { letters.append(character) }
            }
        }
        guard letters.contains(where: { "ydhse".contains($0) }), !letters.contains("0"), !letters.contains("#") else { return nil }
        return letters.contains { "hs".contains($0) } ? .dayAndTime : .day
    }

    private static func part(_ path: String, in archive: Archive) throws(WorkbookError) -> Data {
        guard let data = try optionalPart(path, in: archive) else { throw .damaged(part: path, detail: "missing") }
        return data
    }

    /// The part's bytes, unpacked no further than `partLimit` whatever its header claims.
    private static func optionalPart(_ path: String, in archive: Archive) throws(WorkbookError) -> Data? {
        guard let entry = archive[path] else { return nil }
        // The sizes are the archive's word: multiplied without overflow, whatever they say.
        let (grown, overflow) = entry.compressedSize.multipliedReportingOverflow(by: growthLimit)
        let limit = Int(min(UInt64(partLimit), max(64 << 20, overflow ? UInt64.max : grown)))
        guard entry.uncompressedSize <= UInt64(limit) else { throw .tooLarge(part: path, limit: limit) }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw WorkbookError.tooLarge(part: path, limit: limit) }
                data.append(chunk)
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw .damaged(part: path, detail: "\(error)")
        }
        return data
    }
}

extension WorkbookError {
    /// What is wrong and what to do, in the person's language.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notXLSX, .zh): "这个 .xlsx 文件读不了（可能没有传完整或已损坏）：请在 Excel 或 WPS 里打开后重新保存，再导入。"
        case (.notXLSX, .en): "this .xlsx cannot be read (cut short or damaged): open it in Excel or WPS, save it again, and import that"
        case let (.damaged(part, _), .zh): "工作簿里的 \(part) 读不了：请在 Excel 或 WPS 里打开后重新保存，再导入。"
        case let (.damaged(part, _), .en): "the workbook's \(part) cannot be read: open it in Excel or WPS, save it again, and import that"
        case (.encrypted, .zh): "这个工作簿设了密码：请在 Excel 或 WPS 里打开，去掉密码（文件 → 信息 → 保护工作簿）后保存，再导入。"
        case (.encrypted, .en): "this workbook is protected with a password: open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save, and import that"
        case let (.tooLarge(part, limit), .zh): "工作簿里的 \(part) 解压后超过 \(limit >> 20) MB，不像是正常的表格，没有导入。"
        case let (.tooLarge(part, limit), .en): "the workbook's \(part) unpacks to more than \(limit >> 20) MB, which no county sheet is; nothing was imported"
        case let (.declaresEntities(part), .zh): "工作簿里的 \(part) 含有 DTD 实体声明，Excel 和 WPS 不会这样写，没有导入。"
        case let (.declaresEntities(part), .en): "the workbook's \(part) declares XML entities, which Excel and WPS never write; nothing was imported"
        case let (.noSuchSheet(name, sheets), .zh): "工作簿里没有叫“\(name)”的工作表；有：\(sheets.joined(separator: "、"))。"
        case let (.noSuchSheet(name, sheets), .en): "the workbook has no sheet called \(name); it has: \(sheets.joined(separator: ", "))"
        case let (.tooManyRows(_, limit), .zh): "工作表超过 \(limit) 行，一次导入不了：请分成几个文件。"
        case let (.tooManyRows(_, limit), .en): "the sheet has more than \(limit) rows, too many for one import: split it into several files"
        }
    }
}
