import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// Every export reads back as what it came from: nothing added, nothing updated, in every
/// encoding Excel and WPS save in.
@Suite struct RoundTripTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// The bytes of `text` as a spreadsheet would save them.
    private static func encoded(_ csv: Data, as encoding: TextEncoding) -> Data {
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        switch encoding {
        case .utf8: return csv
        case .gb18030: return text.data(using: TextEncoding.gb18030Foundation)!
        case .utf16: return Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        }
    }

    @Test("export, then import the same file: 0 added, 0 updated, as CSV in every encoding and as a workbook", arguments: ImportTable.allCases)
    func exportImportsBackUnchanged(table: ImportTable) throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let admin = try #require(try database.operatorAccount(login: "tester"))
        let activity = try database.service.activityPolls().first?.id
        for language in Language.allCases {
            var file = Data(), workbook = Data()
            try database.tables.exportTable(table, language: language, includePersonal: true, activity: activity) { file.append($0) }
            try database.tables.exportTable(table, language: language, includePersonal: true, activity: activity, format: .xlsx) { workbook.append($0) }
            let files = TextEncoding.allCases.map { ("\($0)", Self.encoded(file, as: $0)) } + [("xlsx", workbook)]
            for (encoding, data) in files {
                let report = try database.tables.importTable(table, data: data, encoding: nil, dryRun: true, by: admin,
                                                             at: Self.now, activity: activity)
                #expect(report.problems.isEmpty, "\(table) \(language) \(encoding): \(report.problems.prefix(3).map { $0.message(.en) })")
                // Survey answers go out a line per answer and come back a response per respondent.
                let whole = table == .surveyAnswers ? report.unchanged > 0 : report.unchanged == report.rows
                #expect(report.added == 0 && report.updated == 0 && whole,
                        "\(table) \(language) \(encoding): \(report.added) added, \(report.updated) updated of \(report.rows)")
            }
        }
    }

    @Test("a change made in the exported sheet is the only change imported")
    func onlyTheChangeComesBack() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let admin = try #require(try database.operatorAccount(login: "tester"))
        var file = Data()
        try database.tables.exportTable(.cadres, language: .zh, includePersonal: true) { file.append($0) }
        var lines = String(decoding: file, as: UTF8.self).components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ",")
        fields[6] = String((Int(fields[6]) ?? 0) + 1)
        lines[1] = fields.joined(separator: ",")
        let report = try database.tables.importTable(.cadres, data: Data(lines.joined(separator: "\r\n").utf8), encoding: nil, dryRun: false,
                                                     by: admin, at: Self.now)
        #expect(report.problems.isEmpty && report.updated == 1 && report.added == 0 && report.unchanged == report.rows - 1, "\(report)")
    }
}
