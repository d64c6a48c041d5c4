import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

@Suite struct RosterCommandTests {

    @Test("a bad file is refused with file:line: column: reason, a good one imported once")
    func importing() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let bad = folder.file("bad.csv")
        try Data("姓名,手机,乡镇\n李四,13900001111,三魁\n王五,139,火星镇\n".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try Circledesk.run(["import", "cadres", bad] + common)
        #expect(refused.status == 1)
        #expect(refused.error.contains("\(bad):3: 手机: 不是大陆手机号"))
        #expect(refused.error.contains("\(bad):3: 乡镇: 没有这个乡镇"))
        #expect(refused.error.contains("未导入任何数据"))

        let good = folder.file("good.csv")
        try "name,phone,township\n李四,13900001111,Sankui\n".data(using: String.Encoding(rawValue: 0x8000_0632))!
            .write(to: URL(fileURLWithPath: good))
        let dry = try Circledesk.run(["import", "cadres", good, "--dry-run", "--lang", "en"] + common)
        #expect(dry.output == "dry run, nothing changed: 1 rows (gb18030): 1 added, 0 updated, 0 unchanged\n", "\(dry.error)")
        #expect(try Circledesk.run(["import", "cadres", good] + common).output.contains("新增 1"))
        #expect(try Circledesk.run(["import", "cadres", good] + common).output.contains("新增 0，更新 0，不变 1"))
        let reviewer = try Circledesk.run(["import", "cadres", good, "--as", "chenjing"] + common)
        #expect(reviewer.status == 1 && reviewer.error == "circledesk: chenjing（点评）不能修改花名册；可以的角色：管理员、受理、乡镇书记。\n")
        let wrong = try Circledesk.run(["import", "cadres", good, "--encoding", "latin1"] + common)
        #expect(wrong.status == 1 && wrong.error.contains("--encoding"))
    }

    @Test("a workbook from -o FILE.xlsx imports back unchanged; a bad cell in one is refused as file:sheet!cell: column: reason")
    func workbooks() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let book = folder.file("花名册.xlsx")
        let exported = try Circledesk.run(["export", "cadres", "--include-personal", "-o", book] + common)
        #expect(exported.status == 0, "\(exported.error)")
        let back = try Circledesk.run(["import", "cadres", book, "--dry-run"] + common)
        #expect(back.status == 0 && back.output.contains("245 行（工作表“cadres”）：新增 0，更新 0，不变 245"), "\(back)")
        let bad = folder.file("bad.xlsx")
        let made = try Shell.python("""
            import sys, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "名单"
            ws.append(["姓名", "手机", "乡镇"])
            ws.append(["李四", 13900001111, "三魁"])
            ws.append(["王五", 139, "火星镇"])
            wb.save(sys.argv[1])
            """, [bad])
        try #require(made.status == 0, "\(made.error)")
        let refused = try Circledesk.run(["import", "cadres", bad] + common)
        #expect(refused.status == 1 && refused.error.contains("\(bad):名单!B3: 手机: 不是大陆手机号"), "\(refused.error)")
        #expect(refused.error.contains("\(bad):名单!C3: 乡镇: 没有这个乡镇"))
        let terminal = try Circledesk.run(["export", "cadres", "--format", "xlsx"] + common)
        #expect(terminal.status == 0 && terminal.output.hasPrefix("PK"), "not a terminal: the workbook goes to the pipe")
    }

    @Test("activity replies import into the activity named with --activity, and export from it")
    func activityReplies() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let file = folder.file("replies.csv")
        try Data("您的选择,其他意见\n放学后作业辅导,希望周五也有\n7,\n".utf8).write(to: URL(fileURLWithPath: file))
        let noActivity = try Circledesk.run(["import", "activity-replies", file] + common)
        #expect(noActivity.status == 1 && noActivity.error.contains("\(file):1: activity: 没有这个活动（用 --activity 指定"))
        let refused = try Circledesk.run(["import", "activity-replies", file, "--activity", "1"] + common)
        #expect(refused.error.contains("\(file):3: 您的选择: 应为 1 周末兴趣活动 / 2 放学后作业辅导 / 3 寒暑假夏令营 / 4 一对一结对通信 之一"))
        try Data("您的选择,其他意见\n放学后作业辅导,希望周五也有\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try Circledesk.run(["import", "activity-replies", file, "--activity", "1"] + common).output.contains("新增 1"))
        #expect(try Circledesk.run(["activity", "list"] + common).output.contains("回复 87"))
        let exported = try Circledesk.run(["export", "activity-replies", "--activity", "1"] + common)
        #expect(exported.output.contains("放学后作业辅导,,希望周五也有,"))
        #expect(try Circledesk.run(["export", "activity-replies"] + common).error.contains("--activity"))
    }

    @Test("exports mask phones unless an admin or desk asks; a reviewer may not")
    func exporting() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let masked = try Circledesk.run(["export", "cadres"] + common)
        #expect(masked.status == 0 && masked.output.hasPrefix("\u{FEFF}姓名,手机"))
        #expect(masked.output.contains("张传相,1") && masked.output.contains("****"))
        let full = try Circledesk.run(["export", "cadres", "--include-personal"] + common)
        #expect(!full.output.split(separator: "\r\n")[1].contains("*"))
        let reviewer = try Circledesk.run(["export", "cadres", "--include-personal", "--as", "chenjing"] + common)
        #expect(reviewer.status == 1 && reviewer.error.contains("chenjing"))
        let file = folder.file("cadres.csv")
        #expect(try Circledesk.run(["export", "communes", "-o", file] + common).status == 0)
        #expect(try Circledesk.run(["export", "communes", "-o", file] + common).error.contains("已存在"))
    }

    @Test("a pairing card prints as text within 60 cells, and as HTML")
    func card() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let text = try Circledesk.run(["card", "jd-2025-00001"] + common)
        #expect(text.status == 0 && text.output.contains("结对联系卡") && text.output.contains("JD-2025-00001"))
        let boxed = text.output.split(separator: "\n").filter { $0.hasPrefix("|") }
        // Chinese is two cells wide, the rest one: every line of the box is 60 cells.
        let cells = { (line: Substring) in line.unicodeScalars.map { $0.value >= 0x2E80 ? 2 : 1 }.reduce(0, +) }
        #expect(!boxed.isEmpty && boxed.allSatisfy { $0.hasSuffix("|") && cells($0) == 60 })
        #expect(text.output.contains("****"))
        let html = try Circledesk.run(["card", "JD-2025-00001", "--format", "html", "--lang", "en"] + common)
        #expect(html.output.hasPrefix("<!DOCTYPE html>") && html.output.contains("Pairing contact card"))
        #expect(try Circledesk.run(["card", "JD-1999-00001"] + common).status == 1)
    }

    @Test("a new office: init, townships, then cadres; the desk's roster says how to begin while empty")
    func newOffice() throws {
        let folder = TemporaryFolder()
        let db = folder.file("office.sqlite")
        #expect(try Circledesk.run(["init", "--db", db]).status == 0)
        let cadres = folder.file("cadres.csv")
        try Data("姓名,手机,乡镇\n李四,13900001111,三魁镇\n".utf8).write(to: URL(fileURLWithPath: cadres))
        #expect(try Circledesk.run(["import", "cadres", cadres, "--db", db]).error.contains("没有这个乡镇"))
        let townships = folder.file("townships.csv")
        try Data("名称\n罗阳镇\n三魁镇\n竹里畲族乡\n".utf8).write(to: URL(fileURLWithPath: townships))
        #expect(try Circledesk.run(["import", "townships", townships, "--db", db]).output.contains("新增 3"))
        #expect(try Circledesk.run(["import", "cadres", cadres, "--db", db]).output.contains("新增 1"))
        let exported = try Circledesk.run(["export", "townships", "--db", db])
        #expect(exported.output == "\u{FEFF}名称,拼音\r\n罗阳镇,Luoyang\r\n三魁镇,Sankui\r\n竹里畲族乡,Zhuli\r\n")
    }
}
