@testable import DemoCounty
import Foundation
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// Every importer on files mutated the ways files go wrong — cells holding what broke a
/// parser somewhere, cut bytes, stray bytes, lost headers — from fixed seeds, so that a run
/// repeats. Whatever the file, the import answers with problems or a change; a trap ends the
/// test run, and the file that caused it is left at `fuzz-last-input` in the temporary folder.
@Suite struct ImportFuzzTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// Values that have broken parsers: long numbers, far offsets, full-width digits, signs,
    /// impossible days, formulas, controls, long and odd text.
    static let hostile = [
        "99999999999999999999999", "-99999999999999999999", "9223372036854775808", "-9223372036854775809", "00000000000000000001",
        "2026-11-28T09:00:00+19:00", "2026-11-28 09:00-99:99", "2026-11-28T25:61", "9999-12-31", "0000-00-00", "2026-02-30",
        "2026/13/45", "2026年99月99日", "99999/1/1", "2026-W99", "9999H2", "１３９１２３４５６７８", "1.39E+10", "1e309", "NaN", "-0",
        "", " ", "\"", "'=1+1", "=cmd|'/c calc'!A1", "\u{0}", "\u{1b}[31m红\u{1b}[0m", "\u{202e}反", "<script>x</script>",
        String(repeating: "长", count: 3000), "😀👨‍👩‍👧", "\r", ",", "\t", "-1", "1.5", "+86", "是否", "满意满意",
    ]

    /// `seed` changed one way, chosen by `generator`.
    static func mutate(_ seed: String, _ generator: inout SeededRandom) -> Data {
        var lines = seed.components(separatedBy: "\n")
        let line = Int.random(in: 0..<lines.count, using: &generator)
        switch Int.random(in: 0..<8, using: &generator) {
        case 0, 1, 2:
            // A cell replaced, quoted or raw.
            var cells = lines[line].components(separatedBy: ",")
            let value = hostile.randomElement(using: &generator)!
            cells[Int.random(in: 0..<cells.count, using: &generator)] = Bool.random(using: &generator)
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            lines[line] = cells.joined(separator: ",")
        case 3:
            lines.remove(at: line)
        case 4:
            lines.insert(lines[line], at: line)
        case 5:
            // A header cell lost, or a column too many.
            var cells = lines[0].components(separatedBy: ",")
            if Bool.random(using: &generator), cells.count > 1 { cells.remove(at: Int.random(in: 0..<cells.count, using: &generator)) } else { cells.append("多余") }
            lines[0] = cells.joined(separator: ",")
        default:
            break
        }
        var data = Data(lines.joined(separator: "\n").utf8)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0 where data.count > 1: data = data.prefix(Int.random(in: 1..<data.count, using: &generator))
        case 1 where !data.isEmpty: data[Int.random(in: 0..<data.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
        case 2: data.insert(contentsOf: (0..<4).map { _ in UInt8.random(in: 0...255, using: &generator) }, at: Int.random(in: 0...data.count, using: &generator))
        default: break
        }
        return data
    }

    @Test("every importer, 120 mutated files each: problems or changes, never a trap", arguments: ImportTable.allCases)
    func importers(table: ImportTable) throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let admin = try #require(try database.operatorAccount(login: "tester"))
        let (survey, activity): (Int64?, Int64?) = (table == .surveyAnswers ? 1 : nil, table == .activityReplies ? 1 : nil)
        // A real file to start from: what the program itself exports, its first rows.
        var exported = Data()
        try database.tables.exportTable(table, language: .zh, includePersonal: true, activity: activity) { exported += $0 }
        // Exports end lines with CRLF, one Character in Swift: the lines are cut on the bytes.
        let seed = String(decoding: exported, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(12).joined(separator: "\n")
        var generator = SeededRandom(seed: UInt64(ImportTable.allCases.firstIndex(of: table)!) + 2026)
        for round in 0..<120 {
            let data = Self.mutate(seed, &generator)
            try data.write(to: URL(fileURLWithPath: folder.file("fuzz-last-input")))
            do {
                _ = try database.tables.importTable(table, data: data, encoding: nil, dryRun: round % 3 != 0, by: table == .surveyAnswers ? admin : desk,
                                                    at: Self.now, survey: survey, activity: activity)
            } catch is StoreError {
                // A file refused as a whole (not text, a workbook) is an answer too.
            }
        }
        #expect(try database.problems().isEmpty)
    }

    @Test("the value parsers on 20,000 mutated texts each: a value or nil, never a trap")
    func valueParsers() {
        var generator = SeededRandom(seed: 48)
        let pieces = ["2026", "9999", "0000", "-", "W", "H", "Q", "T", " ", ":", "+", "Z", "08", "19", "99", "1", "12", "31", "00", "９", "年", "月", "日",
                      "/", ".", "99999999999999999999", "e", "\u{0}"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if let instant = CountyTime.parseInstant(text) { #expect(CountyTime.years.contains(CountyTime.year(instant)) || text.contains("T") || text.contains(" ")) }
            if let period = ReportPeriod(text) { #expect(period.instants.lowerBound < period.instants.upperBound) }
            if let week = CountyWeek(text) { #expect(week.start < week.end) }
            _ = CountyTime.isDay(text)
            _ = CellText.day(text)
            _ = CellText.instant(text)
            _ = Digits.value(text, count: 1...18)
        }
    }
}
