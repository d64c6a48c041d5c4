import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// Workbooks from Excel, WPS and other programs (made here by openpyxl, an independent
/// writer), read as the person sees them; our own read back by openpyxl.
@Suite struct WorkbookTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// Runs an openpyxl script that saves a workbook at `sys.argv[1]`; its bytes.
    private func workbook(_ script: String, in folder: TemporaryFolder) throws -> Data {
        let path = folder.file("made-\(UUID().uuidString).xlsx")
        let made = try Shell.python("import sys, datetime, openpyxl\n" + script, [path])
        try #require(made.status == 0, "openpyxl is installed by make test (scripts/deps.sh): \(made.error)")
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private func cadre(_ phone: String, _ database: AppDatabase) throws -> Row? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT c.name, CAST(c.youth_in_contact AS TEXT) AS youth_in_contact, c.joined_on, t.name AS township FROM cadre c JOIN township t ON t.id = c.township_id WHERE c.phone = ?",
                             arguments: [phone])
        }
    }

    @Test("a workbook saved by another program reads as it shows: a notes sheet first, a title over the header, numbers as phones, dates, rich text, a merged township")
    func anotherProgramsWorkbook() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let data = try workbook("""
            from openpyxl.cell.rich_text import CellRichText, TextBlock
            from openpyxl.cell.text import InlineFont
            wb = openpyxl.Workbook()
            notes = wb.active
            notes.title = "填表说明"
            notes["A1"] = "请按下表填写，手机号必填"
            ws = wb.create_sheet("团干部名单")
            ws["A1"] = "泰顺县团干部名单（2025年）"
            ws.merge_cells("A1:E1")
            ws.append(["姓名", "手机", "乡镇", "联系青年数", "加入日期"])
            ws.append(["林小雨", 13900001001, "三魁镇", 12.0, datetime.date(2025, 3, 1)])
            ws["E3"].number_format = "yyyy/m/d"
            ws.append([CellRichText(TextBlock(InlineFont(b=True), "欧阳"), "明"), "13900001002", None, 3, "2025年3月2日"])
            ws.merge_cells("C3:C4")
            wb.save(sys.argv[1])
            """, in: folder)
        let report = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(report.problems.isEmpty && report.added == 2 && report.sheet == "团干部名单", "\(report.problems.map { $0.message(.en) })")
        let first = try #require(try cadre("13900001001", database))
        let firstSeen: [String?] = [first["name"], first["youth_in_contact"], first["joined_on"], first["township"]]
        #expect(firstSeen == ["林小雨", "12", "2025-03-01", "三魁镇"])
        let second = try #require(try cadre("13900001002", database))
        let secondSeen: [String?] = [second["name"], second["township"], second["joined_on"]]
        #expect(secondSeen == ["欧阳明", "三魁镇", "2025-03-02"])
        let again = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(again.added == 0 && again.updated == 0 && again.unchanged == 2, "the same workbook twice changes nothing")
    }

    @Test("the 1904 date system of a Mac workbook, a sheet chosen by name, and bad rows named by sheet and cell")
    func datesSheetsAndCells() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let data = try workbook("""
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            wb = openpyxl.Workbook()
            wb.epoch = CALENDAR_MAC_1904
            ws = wb.active
            ws.title = "旧表"
            ws.append(["姓名", "手机", "乡镇"])
            ws.append(["旧人", "13900009999", "三魁镇"])
            new = wb.create_sheet("新表")
            new.append(["姓名", "手机", "乡镇", "加入日期"])
            new.append(["周新", 13900002001, "罗阳镇", datetime.datetime(2024, 12, 31, 0, 0)])
            new.append(["吴错", "1390000", "罗阳镇", datetime.datetime(2024, 12, 31, 0, 0)])
            wb.save(sys.argv[1])
            """, in: folder)
        let bad = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: true, by: desk, at: Self.now, sheet: "新表")
        #expect(bad.sheet == "新表" && bad.problems.map(\.cell) == ["B3"], "\(bad.problems.map { "\($0.cell ?? "-") \($0.message(.en))" })")
        #expect(bad.problems.first?.message(.zh).hasPrefix("B3“手机”：") == true)
        let missing = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: true, by: desk, at: Self.now, sheet: "三月")
        #expect(missing.problems.first?.message(.zh) == "工作簿里没有叫“三月”的工作表；有：旧表、新表。")
        let mended = try workbook("""
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            wb = openpyxl.Workbook()
            wb.epoch = CALENDAR_MAC_1904
            ws = wb.active
            ws.append(["姓名", "手机", "乡镇", "加入日期"])
            ws.append(["周新", 13900002001, "罗阳镇", datetime.date(2024, 12, 31)])
            ws["D2"].number_format = "yyyy-mm-dd"
            wb.save(sys.argv[1])
            """, in: folder)
        let report = try database.tables.importTable(.cadres, data: mended, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(report.problems.isEmpty && report.added == 1)
        #expect(try cadre("13900002001", database)?["joined_on"] == "2024-12-31")
    }

    @Test("shared strings as Excel writes them: rich text runs joined, phonetic guides left out, a prefixed namespace, no r attributes")
    func excelSharedStrings() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let path = folder.file("excel.xlsx")
        let made = try Shell.python("""
            import sys, zipfile
            main = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            rels = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            parts = {
              "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
              "xl/workbook.xml": f'<?xml version="1.0"?><x:workbook {main} {rels}><x:sheets><x:sheet name="Sheet1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
              "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
              "xl/sharedStrings.xml": f'<?xml version="1.0"?><x:sst {main} count="5" uniqueCount="5">'
                  '<x:si><x:t>姓名</x:t></x:si><x:si><x:t>手机</x:t></x:si><x:si><x:t>乡镇</x:t></x:si>'
                  '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>欧阳</x:t></x:r><x:r><x:t xml:space="preserve">明</x:t></x:r>'
                  '<x:rPh sb="0" eb="2"><x:t>おうよう</x:t></x:rPh></x:si><x:si><x:t>三魁镇</x:t></x:si></x:sst>',
              "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><x:worksheet {main}><x:sheetData>'
                  '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>'
                  '<x:row><x:c t="s"><x:v>3</x:v></x:c><x:c><x:v>1.3900003001E10</x:v></x:c><x:c t="s"><x:v>4</x:v></x:c></x:row>'
                  '</x:sheetData></x:worksheet>',
            }
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in parts.items():
                    z.writestr(name, text.encode("utf-8"))
            """, [path])
        try #require(made.status == 0, "\(made.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let report = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: false, by: desk, at: Self.now)
        #expect(report.problems.isEmpty && report.added == 1, "\(report.problems.map { $0.message(.en) })")
        let found = try #require(try cadre("13900003001", database))
        let seen: [String?] = [found["name"], found["township"]]
        #expect(seen == ["欧阳明", "三魁镇"])
    }

    @Test("our workbooks read in openpyxl cell for cell as our CSV files do, with a bold frozen header and phones as text")
    func ourWorkbooksInAnotherReader() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        var pairs: [String] = []
        for table in ImportTable.allCases where table != .activityReplies {
            for format in FileFormat.allCases {
                var file = Data()
                try database.tables.exportTable(table, language: .zh, includePersonal: true, format: format) { file.append($0) }
                try file.write(to: URL(fileURLWithPath: folder.file("\(table.rawValue).\(format.rawValue)")))
            }
            pairs.append(folder.file(table.rawValue))
        }
        let compared = try Shell.python("""
            import sys, csv, datetime, openpyxl
            for base in sys.argv[1:]:
                with open(base + ".csv", encoding="utf-8-sig", newline="") as f:
                    expected = list(csv.reader(f))
                def shown(cell):
                    if cell.value is None: return ""
                    if isinstance(cell.value, datetime.datetime):
                        return cell.value.strftime("%Y-%m-%d %H:%M" if "h" in cell.number_format else "%Y-%m-%d")
                    return str(cell.value)
                ws = openpyxl.load_workbook(base + ".xlsx").active
                got = [[shown(c) for c in row] for row in ws.iter_rows()]
                # A CSV cell's formula guard is the CSV's; the workbook holds the value itself.
                expected = [[c[1:] if c[:2] in ("'=", "'+", "'-", "'@") else c for c in row] for row in expected]
                width = len(expected[0])
                got = [row + [""] * (width - len(row)) for row in got]
                assert got == expected, (base, next((e, g) for e, g in zip(expected, got) if e != g) if len(got) == len(expected) else (len(expected), len(got)))
                assert ws.freeze_panes == "A2" and all(c.font.b for c in ws[1] if c.value), base
                phones = [c for c in ws[2] if isinstance(c.value, str) and c.value.isdigit() and len(c.value) == 11]
                assert all(c.data_type == "s" for c in phones), base
            print(len(sys.argv) - 1)
            """, pairs)
        #expect(compared.status == 0 && compared.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(pairs.count), "\(compared.error)")
    }

    @Test("bad workbooks are refused with what to do, in bounded memory, writing nothing")
    func hostileWorkbooks() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        func problems(_ data: Data) throws -> [String] {
            let report = try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: false, by: desk, at: Self.now)
            #expect(!report.applied || report.problems.isEmpty)
            return report.problems.map { $0.message(.zh) }
        }
        let good = try workbook("""
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append(["姓名", "手机", "乡镇"])
            ws.append(["林小雨", "13900001001", "三魁镇"])
            wb.save(sys.argv[1])
            """, in: folder)
        #expect(try problems(good.prefix(good.count / 2)).first?.contains("读不了") == true, "a workbook cut short")
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
        let encrypted = ole + Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try problems(encrypted).first?.contains("设了密码") == true)
        #expect(try problems(ole).first?.contains("另存为” Excel 工作簿（.xlsx）") == true, "an .xls or .et")
        try good.write(to: URL(fileURLWithPath: folder.file("good.xlsx")))
        func craft(_ kind: String) throws -> Data {
            let out = folder.file("\(kind).xlsx")
            let made = try Shell.python("""
                import sys, zipfile
                src, kind, out = sys.argv[1], sys.argv[2], sys.argv[3]
                with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
                    for item in zin.infolist():
                        data = zin.read(item.filename)
                        if item.filename == "xl/worksheets/sheet1.xml":
                            if kind == "bomb":
                                data = data.replace(b"</sheetData>", b"</sheetData>" + b" " * (300 << 20))
                            elif kind == "laughs":
                                entities = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                                data = data.replace(b"?>", b"?>" + entities, 1) if data.startswith(b"<?xml") else entities + data
                            elif kind == "numbers":
                                data = data.replace(b"</sheetData>", b'<row r="9223372036854775807"><c r="XFD9223372036854775807"><v>1</v></c></row></sheetData>')
                            elif kind == "wide":
                                far = b"".join(b'<mergeCell ref="A%d:XFD%d"/>' % (i, i) for i in range(1, 3))
                                data = data.replace(b"</row></sheetData>", b'<c r="XFD2"><v>7</v></c></row></sheetData><mergeCells>'
                                                    + far + b'<mergeCell ref="A-9223372036854775808:B9223372036854775807"/></mergeCells>')
                            elif kind == "rows":
                                data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
                        if kind == "bigcell":
                            # openpyxl writes characters as they are, or as &#...; references without a UTF-8 locale.
                            data = data.replace("林小雨".encode(), "林".encode() * (1 << 20)).replace(b"&#26519;&#23567;&#38632;", b"&#26519;" * (1 << 20))
                        zout.writestr(item, data)
                """, [folder.file("good.xlsx"), kind, out])
            try #require(made.status == 0, "\(made.error)")
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }
        #expect(try problems(craft("bomb")).first?.contains("解压后超过 64 MB，不像是正常的表格") == true, "packed a thousandfold")
        #expect(try problems(craft("laughs")).first?.contains("DTD 实体声明") == true)
        #expect(try problems(craft("rows")).first?.contains("超过 200000 行") == true)
        #expect(try problems(craft("numbers")).first?.contains("超过 200000 行") == true, "a row number past any Int's sum")
        // A cell at Excel's last column and merges past it or past every row: left aside.
        let wide = try database.tables.importTable(.cadres, data: craft("wide"), encoding: nil, dryRun: true, by: desk, at: Self.now)
        #expect(wide.problems.isEmpty && wide.added == 1, "\(wide.problems.map { $0.message(.en) })")
        let bigFile = try craft("bigcell")
        let big = try problems(bigFile)
        #expect(big.count == 1 && big[0].hasPrefix("A2“姓名”：") == true, "\(big.count) \(big.map { String($0.prefix(80)) })")
        #expect(try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM cadre WHERE phone = '13900001001'") } == 0)
    }
}
