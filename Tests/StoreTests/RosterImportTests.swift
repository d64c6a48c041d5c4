import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct RosterImportTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func count(_ table: String, _ database: AppDatabase) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)")! }
    }

    private func run(_ table: ImportTable, _ text: String, dryRun: Bool = false, encoding: TextEncoding? = nil,
                     _ database: AppDatabase, _ account: Operator) throws -> ImportReport {
        try database.tables.importTable(table, data: Data(text.utf8), encoding: encoding, dryRun: dryRun, by: account, at: Self.now)
    }

    static let cadres = """
        姓名,手机,身份,乡镇,青年公社,联系点,联系青年数,加入日期,在岗
        林小雨,139 0000 1001,志愿者,三魁镇,,,12,2025/3/1,是
        "欧阳,明",+86 13900001002,社工,罗阳,,,0,2025年4月2日,
        吴浩然,13900001003,团干部,Siqian,,,,,否

        """

    @Test("a good file is added, and the same file again changes nothing")
    func goodFileTwice() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let before = try count("cadre", database)
        let first = try run(.cadres, "\u{FEFF}" + Self.cadres, database, desk)
        #expect(first.problems == [] && first.applied)
        #expect((first.rows, first.added, first.updated, first.unchanged) == (3, 3, 0, 0))
        #expect(first.encoding == .utf8)
        #expect(try count("cadre", database) == before + 3)
        let ouyang = try database.roster.cadres(CadreQuery(search: "oym"), now: Self.now)
        #expect(ouyang.map(\.name) == ["欧阳,明"] && ouyang[0].phone == "13900001002" && ouyang[0].role == .socialWorker)
        let card = try database.roster.cadreCard(id: ouyang[0].id, now: Self.now)!
        #expect(card.joinedOn == "2025-04-02" && card.township == "罗阳镇" && card.history.map(\.action) == ["imported"])
        #expect(try database.roster.cadres(CadreQuery(search: "whr", includeInactive: true), now: Self.now).first?.active == false)

        let again = try run(.cadres, Self.cadres, database, desk)
        #expect((again.added, again.updated, again.unchanged) == (0, 0, 3))
        #expect(try count("cadre", database) == before + 3)
        #expect(try count("cadre_event", database) == 3)

        let points = try run(.cadres, "姓名,手机,联系点\n林小雨,13900001001,\"高坞村,高源村\"\n吴浩然,13900001003,高坞村\n", database, desk)
        #expect(points.problems == [ImportProblem(line: 3, column: "联系点", .field(.unknownContactPoint("高坞村")))])
        let changed = try run(.cadres, "姓名,手机,联系青年数\n林小雨,13900001001,15\n", database, desk)
        #expect((changed.added, changed.updated, changed.unchanged) == (0, 1, 0))
        let lin = try database.roster.cadres(CadreQuery(search: "lxy"), now: Self.now)[0]
        #expect(lin.youthInContact == 15 && lin.role == .volunteer)
    }

    @Test("GB18030 and UTF-16 files from Chinese Windows are read; English headers too")
    func encodings() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let gb = Self.cadres.data(using: String.Encoding(rawValue: 0x8000_0632))!
        #expect(String(data: gb, encoding: .utf8) == nil)
        let report = try database.tables.importTable(.cadres, data: gb, encoding: nil, dryRun: true, by: desk, at: Self.now)
        #expect(report.encoding == .gb18030 && report.problems == [] && report.added == 3)

        var utf16 = Data([0xFF, 0xFE])
        for unit in "名称\t乡镇\t地址\r\n三魁青年公社二部\t三魁镇\t新街 8 号\r\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let communes = try database.tables.importTable(.communes, data: utf16, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(communes.encoding == .utf16 && communes.problems == [] && communes.added == 1)

        let english = try run(.contactPoints, "Township,Name,Kind\nSankui,新建村,village\n三魁镇,三魁新区小学,学校\n", database, desk)
        #expect(english.problems == [] && english.added == 2)
        // Told the wrong encoding, the file is refused at the line that does not read.
        let wrong = try database.tables.importTable(
            .cadres, data: "name,phone\n林小雨,13900001001\n".data(using: String.Encoding(rawValue: 0x8000_0632))!,
            encoding: .utf8, dryRun: false, by: desk, at: Self.now)
        #expect(wrong.problems == [ImportProblem(line: 2, .notText(tried: [.utf8], byte: 1))] && !wrong.applied)
    }

    @Test("every bad row is reported by line and column, and nothing of the file is written")
    func badRows() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let before = try count("cadre", database)
        let huge = String(repeating: "长", count: 1_000_000)
        let file = """
            姓名,手机号码(必填),乡镇,身份
            好人,13900002001,三魁镇,团干部
            ,13900002002,三魁镇,团干部
            重号,13900002001,三魁镇,团干部
            无乡,13900002003,火星镇,团干部
            短行,13900002004
            \(huge),13900002005,三魁镇,团干部
            零\u{0}字节,13900002006,三魁镇,团干部
            坏号,0577-1234567,三魁镇,书记

            """
        let report = try run(.cadres, file, database, desk)
        #expect(!report.applied && report.added == 1)
        #expect(report.problems == [
            ImportProblem(line: 3, column: "姓名", .field(.required)),
            ImportProblem(line: 4, column: "手机号码(必填)", .duplicate(firstLine: 2)),
            ImportProblem(line: 5, column: "乡镇", .field(.unknownTownship)),
            ImportProblem(line: 6, .wrongFieldCount(expected: 4, found: 2)),
            ImportProblem(line: 7, column: "姓名", .field(.tooLong(max: 30))),
            ImportProblem(line: 8, column: "姓名", .field(.controlCharacters)),
            ImportProblem(line: 9, column: "手机号码(必填)", .field(.notMobile)),
            ImportProblem(line: 9, column: "身份", .field(.unknownChoice(["团干部", "志愿者", "社工"]))),
        ])
        #expect(report.problems[1].message(.zh) == "第 4 行“手机号码(必填)”：与第 2 行重复")
        #expect(report.problems[3].message(.en) == "line 6: the header has 4 fields, this line 2")
        #expect(report.problems.allSatisfy { $0.message(.en).count < 200 })
        #expect(try count("cadre", database) == before)
    }

    @Test("a file without a needed column, an empty file, and an open quote are refused whole")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        #expect(try run(.cadres, "姓名,乡镇\n李四,三魁镇\n", database, desk).problems == [
            ImportProblem(line: 1, column: "手机 / phone", .missingColumn),
        ])
        #expect(try run(.cadres, "\u{FEFF}\r\n\r\n", database, desk).problems == [ImportProblem(line: 0, .empty)])
        #expect(try run(.communes, "名称,乡镇\n\"公社,三魁镇\n", database, desk).problems == [ImportProblem(line: 2, .unterminatedQuote)])
        // A workbook cut short after its first bytes: said so, with what to do.
        let xlsx = try database.tables.importTable(.cadres, data: Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) + Data("[Content_Types].xml".utf8),
                                            encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(xlsx.problems.map(\.reason.kind) == ["unreadableWorkbook"] && !xlsx.applied)
        #expect(xlsx.problems[0].message(.zh) == "这个 .xlsx 文件读不了（可能没有传完整或已损坏）：请在 Excel 或 WPS 里打开后重新保存，再导入。")
        // An old-style workbook: how to save it as .xlsx.
        let xls = try database.tables.importTable(.townships, data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
                                           encoding: nil, dryRun: true, by: desk, at: Self.now)
        #expect(xls.problems == [ImportProblem(line: 0, .workbook(".xls"))])
        #expect(xls.problems[0].message(.zh).contains("“另存为” Excel 工作簿（.xlsx）"))
    }

    @Test("a dry run reports what would change and changes nothing; a reviewer may not import")
    func dryRunAndRights() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let version = try database.dataVersion()
        let report = try run(.cadres, Self.cadres, dryRun: true, database, desk)
        #expect(report.added == 3 && !report.applied && report.problems.isEmpty)
        #expect(try database.dataVersion() == version)
        #expect(try count("cadre_event", database) == 0)
        let reviewer = try database.operatorAccount(login: "chenjing")!
        let refused = try run(.cadres, Self.cadres, database, reviewer)
        #expect(refused.problems.map(\.reason) == [.notAllowed, .notAllowed, .notAllowed] && !refused.applied)
    }

    @Test("young people are matched by phone, or by name, township and birth year")
    func youngPeople() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let file = "姓名,性别,出生年份,手机,乡镇,备注\n小周,女,2004,13900003001,三魁镇,\n小郑,男,2001年,,三魁镇,种生姜\n"
        #expect(try run(.youngPeople, file, database, desk).added == 2)
        let again = try run(.youngPeople, file.replacingOccurrences(of: "种生姜", with: "种生姜和茶叶"), database, desk)
        #expect((again.added, again.updated, again.unchanged) == (0, 1, 1))
        let bad = try run(.youngPeople, "姓名,性别,出生年份,乡镇\n小王,未知,1800,三魁镇\n", database, desk)
        #expect(bad.problems.map(\.column) == ["性别", "出生年份"])
    }

    @Test("an export opens in Excel as it is, masks phones, defuses formulas, and reads back unchanged; a masked one is refused in one line")
    func exportRoundTrip() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        #expect(try run(.communes, "名称,乡镇,地址\n=HYPERLINK(\"x\"),三魁镇,@SUM(A1)\n", database, desk).added == 1)
        func export(_ table: ImportTable, personal: Bool = false) throws -> Data {
            var data = Data()
            try database.tables.exportTable(table, language: .zh, includePersonal: personal) { data.append($0) }
            return data
        }
        let communes = try export(.communes)
        #expect(communes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: communes, as: UTF8.self)
        #expect(text.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",三魁镇,'@SUM(A1)\r\n"))
        let back = try database.tables.importTable(.communes, data: communes, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(back.problems == [] && back.added == 0 && back.updated == 0 && back.unchanged == 64)

        let masked = String(decoding: try export(.cadres), as: UTF8.self)
        #expect(masked.hasPrefix("\u{FEFF}姓名,手机,身份,乡镇,青年公社,联系点,联系青年数,加入日期,在岗\r\n张传相,1"))
        #expect(masked.split(separator: "\r\n").dropFirst().allSatisfy { $0.split(separator: ",")[1].contains("****") })
        let full = try export(.cadres, personal: true)
        let reread = try database.tables.importTable(.cadres, data: full, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(reread.problems == [] && reread.added == 0 && reread.updated == 0 && reread.unchanged == 245)
        let masked2 = try database.tables.importTable(.cadres, data: Data(masked.utf8), encoding: nil, dryRun: true, by: desk, at: Self.now)
        #expect(masked2.problems == [ImportProblem(line: 2, .maskedPhones(245))], "one line that says the file was exported masked")
        #expect(masked2.problems[0].message(.zh).hasPrefix("第 2 行：这个文件是遮盖了电话的导出（如 138****5678，共 245 行）"))
    }

    @Test("a 100,000-row file with one bad row at its end writes nothing; mended, it is imported whole")
    func hundredThousandRows() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let towns = ["罗阳镇", "三魁镇", "泗溪镇", "司前畲族镇"]
        var file = "\u{FEFF}姓名,手机,身份,乡镇,联系青年数,加入日期\r\n"
        for index in 0..<100_000 {
            file += "青年\(index),199\(String(index + 10_000_000).suffix(8)),志愿者,\(towns[index % 4]),\(index % 300),2025/\(index % 12 + 1)/1\r\n"
        }
        let before = try count("cadre", database)
        let bad = try run(.cadres, file + "坏行,12345,志愿者,三魁镇,1,2025/1/1\r\n", database, desk)
        #expect(bad.rows == 100_001 && bad.added == 100_000)
        #expect(bad.problems == [ImportProblem(line: 100_002, column: "手机", .field(.notMobile))])
        #expect(try count("cadre", database) == before)
        let good = try run(.cadres, file, database, desk)
        #expect(good.applied && good.added == 100_000)
        #expect(try count("cadre", database) == before + 100_000)
        #expect(try count("cadre_event", database) == 100_000)
    }

    @Test("pairings are matched by card number, new ones numbered by their year, and ended by a file")
    func pairings() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        var exported = Data()
        try database.tables.exportTable(.pairings, language: .zh, includePersonal: true) { exported.append($0) }
        #expect(String(decoding: exported, as: UTF8.self).hasPrefix("\u{FEFF}卡号,团干部,团干部手机,结对青年,青年手机,类型,开始日期,结束日期\r\n"))
        let again = try database.tables.importTable(.pairings, data: exported, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(again.problems == [] && again.unchanged == 180 && again.added == 0)

        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        #expect(try run(.youngPeople, "姓名,手机,乡镇\n小周,13900003001,三魁镇\n", database, desk).added == 1)
        let file = """
            卡号,团干部手机,青年手机,类型,开始日期,结束日期
            ,\(zhang),13900003001,成长结对,2026/11/1,
            JD-2025-00001,13900009998,13900003001,助老,2025-01-01,
            JD-2025-00002,\(zhang),13900003001,mentoring,2025-05-01,2025-04-01

            """
        let bad = try run(.pairings, file, database, desk)
        #expect(bad.problems == [
            ImportProblem(line: 3, column: "团干部手机", .field(.noSuchCadre)),
            ImportProblem(line: 3, column: "类型", .field(.unknownChoice(["助老帮扶", "代办服务", "心理疏导", "成长结对"]))),
            ImportProblem(line: 4, column: "结束日期", .field(.endsBeforeStart)),
        ])
        let good = try run(.pairings, String(file.split(separator: "\n").prefix(2).joined(separator: "\n")) + "\n", database, desk)
        #expect(good.added == 1)
        let card = try database.roster.cadreCard(id: 1, now: Self.now)!
        let number = try #require(card.pairings.first { $0.youngPerson == "小周" }?.cardNumber)
        #expect(number.hasPrefix("JD-2026-") && number > "JD-2026-00001")
        let ended = try run(.pairings, "卡号,团干部手机,青年手机,类型,开始日期,结束日期\n\(number),\(zhang),13900003001,成长结对,2026-11-01,2026-11-20\n",
                            database, desk)
        #expect(ended.updated == 1)
        #expect(try database.roster.pairingCard(number: number)?.endedOn == "2026-11-20")
    }
}
