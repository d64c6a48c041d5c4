import Foundation
import LeagueCore
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

@Suite struct ReviewCommandTests {
    @Test("calibration for admins names the reviewer who drifts; others are refused")
    func calibration() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let text = try Circledesk.run(["review", "calibration"] + common)
        #expect(text.status == 0)
        let lines = text.output.split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("偏差  雷红") })
        #expect(lines.filter { $0.contains("偏差  ") }.count == 1)
        let json = try Circledesk.run(["review", "calibration", "--format", "json"] + common)
        #expect(json.output.contains("\"flagged\" : true") && json.output.contains("\"reviewer\" : \"雷红\""))
        let reviewer = try Circledesk.run(["review", "calibration", "--as", "chenjing"] + common)
        #expect(reviewer.status == 1 && reviewer.error.contains("chenjing（点评）不能管理账号、时限、评分标准和备份；可以的角色：管理员"))
    }

    @Test("the rubric goes out as JSON and comes back changed; weights that do not add up are refused")
    func rubric() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let shown = try Circledesk.run(["review", "rubric"] + common)
        #expect(shown.output.contains("\"code\" : \"youth_info\""))
        let file = folder.file("rubric.json")
        try Data(shown.output.replacingOccurrences(of: "\"weight\" : 30", with: "\"weight\" : 40").utf8).write(to: URL(fileURLWithPath: file))
        let refused = try Circledesk.run(["review", "set-rubric", file] + common)
        #expect(refused.status == 1 && refused.error.contains("各项权重之和应为 100，现为 110"))
        try Data(shown.output.replacingOccurrences(of: "团县委日记点评标准", with: "2027 标准").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try Circledesk.run(["review", "set-rubric", file] + common).output.contains("2027 标准"))
        #expect(try Circledesk.run(["review", "rubric"] + common).output.contains("\"name\" : \"2027 标准\""))
        try Data("{\"name\": 3}".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try Circledesk.run(["review", "set-rubric", file] + common).error.contains("不是评分标准文件"))
        #expect(try Circledesk.run(["review", "sample", "--percent", "10"] + common).output.contains("篇日记安排双人点评"))
    }
}

@Suite struct SatisfactionCommandTests {
    @Test("report satisfaction as text within 80 cells, as JSON and as CSV, from the same figures")
    func formats() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let text = try Circledesk.run(["report", "satisfaction", "--period", "2026H2"] + common)
        #expect(text.status == 0 && text.output.hasPrefix("满意度报告 · 2026年下半年\n"))
        // Chinese two cells wide, the rest one (no ambiguous characters in the report's tables).
        let cells = { (line: Substring) in line.unicodeScalars.map { $0.value >= 0x2E80 ? 2 : 1 }.reduce(0, +) }
        #expect(text.output.split(separator: "\n").allSatisfy { cells($0) <= 80 })
        let json = try Circledesk.run(["report", "satisfaction", "--period", "2026H2", "--format", "json"] + common)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
        let county = object["county"] as! [String: Any]
        let answers = county["answers"] as! Int
        #expect(text.output.contains("答卷 \(answers) = "))
        let csv = try Circledesk.run(["report", "satisfaction", "--period", "2026H2", "--format", "csv"] + common)
        #expect(csv.output.hasPrefix("\u{FEFF}期间,类别,名称,乡镇,满意,答卷,满意率,区间下限,区间上限,排名\r\n2026H2,全县,全县,,"))
        #expect(try Circledesk.run(["report", "satisfaction", "--period", "2026H3"] + common).status == 1)
    }
}

@Suite struct SurveyCommandTests {
    @Test("a survey filed from JSON, its answers imported from a form export, and counted in the report")
    func fileAndImport() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let definition = folder.file("survey.json")
        try Data("""
            {"title": "三魁镇补充测评", "kind": "periodic", "period": "2026H2", "target": {"townships": ["三魁镇"], "invited": 10},
             "questions": [{"kind": "satisfaction", "text": "您对这位团干部的工作满意吗?"}]}
            """.utf8).write(to: URL(fileURLWithPath: definition))
        let created = try Circledesk.run(["survey", "create", definition] + common)
        #expect(created.status == 0, "\(created.error)")
        let id = try #require(created.output.split(separator: " ").dropFirst().first.map { String($0.prefix { $0.isNumber }) })
        #expect(try Circledesk.run(["survey", "list"] + common).output.contains("\(id)\t2026-07-01…2026-12-31\t测评\t1\t0 / 邀请 10\t三魁镇补充测评"))
        let answers = folder.file("answers.csv")
        try Data("序号,团干部,乡镇,1、您对这位团干部的工作满意吗?\n1,张传相,三魁镇,满意\n2,张传相,三魁,不满意\n".utf8)
            .write(to: URL(fileURLWithPath: answers))
        let imported = try Circledesk.run(["import", "survey-answers", answers, "--survey", id] + common)
        #expect(imported.output.contains("新增 2"), "\(imported.error)")
        let missing = try Circledesk.run(["import", "survey-answers", answers] + common)
        #expect(missing.status == 1 && missing.error.contains("没有这个测评"))
        #expect(try Circledesk.run(["report", "satisfaction"] + common).output.contains("三魁镇补充测评：答卷 2，邀请 10 人，回收率 20%"))
        let bad = folder.file("bad.json")
        try Data("{\"title\": 1}".utf8).write(to: URL(fileURLWithPath: bad))
        #expect(try Circledesk.run(["survey", "create", bad] + common).error.contains("不是测评文件"))
    }
}

@Suite struct WeeklyCommandTests {
    @Test("report weekly: the sections in Chinese, no line over 80 cells, A4 pages")
    func weekly() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let text = try Circledesk.run(["report", "weekly", "--week", "2026-W47"] + common)
        #expect(text.status == 0)
        for heading in ["一、本周概况", "二、按类别", "三、按乡镇", "四、需要关注", "五、工作日记", "六、满意度", "七、意见建议"] {
            #expect(text.output.contains(heading), "\(heading)")
        }
        #expect(text.output.contains("自计划启动以来：解决求助"))
        let cells = { (line: Substring) in line.unicodeScalars.map { $0.value >= 0x2E80 ? 2 : 1 }.reduce(0, +) }
        #expect(text.output.split(separator: "\n").allSatisfy { cells($0) <= 80 })
        let pages = text.output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.allSatisfy { $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 62 })
        // The default is last week.
        #expect(try Circledesk.run(["report", "weekly"] + common).output == text.output)
        let noSuchWeek = try Circledesk.run(["report", "weekly", "--week", "2026-W54"] + common)
        #expect(noSuchWeek.status == 1 && noSuchWeek.error == "circledesk: --week 的值“2026-W54”无法识别，应为：2026-W48\n")
        // Next week has not begun: said, not a summary of nothing (nor a crash).
        let nextWeek = try Circledesk.run(["report", "weekly", "--week", "2026-W49"] + common)
        #expect(nextWeek.status == 1 && nextWeek.error == "circledesk: 2026-W49 还没有开始（现在是 2026-W48）：周报最晚到本周。\n", "\(nextWeek.error)")
        #expect(try Circledesk.run(["report", "weekly", "--week", "2026-W48"] + common).status == 0)
        let noSuchHalf = try Circledesk.run(["report", "satisfaction", "--period", "2026H3"] + common)
        #expect(noSuchHalf.status == 1 && noSuchHalf.error.contains("应为：2026 | 2026H2 | 2026Q4 | 2026-11"))
    }
}

@Suite struct WeeklyFilesTests {
    @Test("the weekly PDF's first page is not blank and its text holds the headings in Chinese; Markdown, HTML, CSV and JSON agree")
    func files() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let pdf = folder.file("weekly.pdf")
        let made = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "pdf", "-o", pdf] + common)
        #expect(made.status == 0, "\(made.error)")
        // Rasterised at 20 dpi in grey: a page with text has dark pixels.
        #expect(try run("/usr/bin/pdftoppm", ["-gray", "-r", "20", "-f", "1", "-l", "1", pdf, folder.file("page")]) == "")
        let page = try Data(contentsOf: URL(fileURLWithPath: folder.file("page-1.pgm")))
        let pixels = page.suffix(from: page.index(page.startIndex, offsetBy: 15))
        #expect(pixels.filter { $0 < 128 }.count > 200)
        let text = try run("/usr/bin/pdftotext", [pdf, "-"])
        for heading in ["一、本周概况", "二、按类别", "四、需要关注", "六、满意度"] { #expect(text.contains(heading), "\(heading)") }

        let received = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "json"] + common)
        let object = try JSONSerialization.jsonObject(with: Data(received.output.utf8)) as! [String: Any]
        let count = (object["headline"] as! [String: Any])["received"] as! Int
        #expect(text.contains("收到求助 \(count) 件"))
        let markdown = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "md"] + common).output
        #expect(markdown.hasPrefix("# 朋友圈计划 · 周报 2026-W47") && markdown.contains("- 收到求助 \(count) 件"))
        let html = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "html"] + common).output
        #expect(html.contains("<table class=\"chart\">") && html.contains("@page { size: A4") && html.contains("收到求助 \(count) 件"))
        let csv = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "csv"] + common).output
        let received2 = csv.split(separator: "\r\n").dropFirst().filter { $0.contains(",类别,") }.map { Int($0.split(separator: ",")[3])! }.reduce(0, +)
        #expect(received2 == count)
    }

    @Test("a PDF asked for in a terminal without -o is refused with what to do; nothing binary reaches the screen")
    func pdfToTerminal() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        // script(1) gives the command a terminal of its own.
        let command = ([Circledesk.binary.path, "--lang", "zh", "report", "weekly", "--format", "pdf"] + common).joined(separator: " ") + "; echo rc=$?"
        let shown = try run("/usr/bin/script", ["-qc", command, "/dev/null"])
        #expect(shown.contains("PDF 不能显示在终端里：加 -o 周报.pdf 写入文件，或用 --print 打印。") && shown.contains("rc=1"), "\(shown)")
        #expect(!shown.contains("%PDF"))
    }

    private func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite struct PrintingTests {
    /// A stand-in for CUPS's lp in `folder`: keeps the job's file and arguments beside it and
    /// answers as lp does, or fails as lp does with no default printer.
    private func standInLP(in folder: TemporaryFolder, noDefault: Bool = false) throws -> String {
        let spool = folder.file("spooled")
        let script = noDefault
            ? "#!/bin/sh\necho 'lp: Error - no default destination available.' >&2\nexit 1\n"
            : "#!/bin/sh\necho \"$@\" > \(spool).args\nfor last; do :; done\ncat \"$last\" > \(spool)\n"
                + "stat -c %a \"$(dirname \"$last\")\" > \(spool).mode\necho 'request id is Office-7 (1 file(s))'\n"
        try Shell.writeExecutable(script, at: folder.file("lp"))
        return spool
    }

    @Test("--print sends the summary as a PDF with its fonts embedded and its text the summary's, and says printer, pages and copies")
    func printing() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let spool = try standInLP(in: folder)
        // A folder a killed run left in the temporary folder goes; the job's own is private.
        let temporary = folder.file("tmp"), ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let left = temporary + "/circledesk-print-\(ended.processIdentifier)-left"
        try FileManager.default.createDirectory(atPath: left, withIntermediateDirectories: true)
        let printed = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--print", "--copies", "2"] + common,
                                         environment: ["PATH": "\(folder.path):/usr/bin:/bin", "TMPDIR": temporary])
        #expect(printed.status == 0, "\(printed.error)")
        #expect(try String(contentsOfFile: spool + ".mode", encoding: .utf8) == "700\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty, "nothing left in the temporary folder")
        let job = try Data(contentsOf: URL(fileURLWithPath: spool))
        #expect(job.starts(with: Data("%PDF".utf8)))
        let fonts = try Shell.run("/usr/bin/pdffonts", [spool]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes yes yes ") },
                "every font embedded: \(fonts)")
        let pages = try Shell.run("/usr/bin/pdfinfo", [spool]).output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect(printed.output.contains("已送往打印机 Office：\(pages ?? -1) 页 × 2 份（作业 Office-7）"), "\(printed.output)")
        #expect(try String(contentsOfFile: spool + ".args", encoding: .utf8).hasPrefix("-t 2026-W47 -n 2 -o media=A4 "))
        let text = try Shell.run("/usr/bin/pdftotext", [spool, "-"]).output
        let json = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "json"] + common).output
        let received = ((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["headline"] as? [String: Any])?["received"] as? Int
        #expect(text.contains("收到求助 \(received ?? -1) 件") && text.contains("四、需要关注"), "\(text.prefix(400))")
        // A document for the table: who issues it, when it was made, page N of M, on at most two pages.
        // (Compared without spaces: the letterhead is spaced out, and pdftotext reads that as spaces.)
        let squeezed = text.filter { !$0.isWhitespace }
        #expect(squeezed.contains("共青团泰顺县委员会") && squeezed.contains("印发时间：2026-11-2809:00"), "\(text.prefix(400))")
        #expect((pages ?? 99) <= 2 && squeezed.contains("第1页共\(pages ?? -1)页"), "\(pages ?? -1) pages")
    }

    @Test("every page embeds one font, page numbers and charts included")
    func oneFont() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let pdf = folder.file("weekly.pdf")
        let made = try Circledesk.run(["report", "weekly", "--week", "2026-W47", "--format", "pdf", "-o", pdf] + common)
        #expect(made.status == 0, "\(made.error)")
        let fonts = try Shell.run("/usr/bin/pdffonts", [pdf]).output.split(separator: "\n").dropFirst(2)
        #expect(fonts.count == 1 && fonts.allSatisfy { $0.contains("WenQuanYi-Micro-Hei ") && $0.contains(" yes yes yes ") }, "\(fonts)")
    }

    @Test("a pairing card goes to the printer as one card-sized page: the cadre's number whole for desk staff, the young person's masked")
    func printingACard() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let spool = try standInLP(in: folder)
        let printed = try Circledesk.run(["card", "JD-2025-00001", "--print"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(printed.status == 0 && printed.output.contains("已送往打印机 Office：1 页 × 1 份"), "\(printed.output) \(printed.error)")
        #expect(try Shell.run("/usr/bin/pdffonts", [spool]).output.split(separator: "\n").dropFirst(2).allSatisfy { $0.contains(" yes yes yes ") })
        #expect(try Shell.run("/usr/bin/pdfinfo", [spool]).output.contains("Page size:       242.646 x 153.071 pts"), "85.6 × 54 mm")
        let text = try Shell.run("/usr/bin/pdftotext", [spool, "-"]).output
        let phones = try Shell.run("/usr/bin/sqlite3", [common[1], """
            SELECT c.phone, y.phone FROM pairing p JOIN cadre c ON c.id = p.cadre_id JOIN young_person y ON y.id = p.young_person_id
            WHERE p.card_number = 'JD-2025-00001'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
        #expect(phones.count == 2 && text.contains(phones[0]) && !text.contains(phones[1]) && text.contains(PhoneMask.mask(phones[1])),
                "\(phones) in \(text)")
    }

    @Test("an ended pairing's card says so across it; a township's cards print as a sheet of A4, one card per pairing going on")
    func endedCardsAndSheets() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ended = try Shell.run("/usr/bin/sqlite3", [common[1], "SELECT card_number, ended_on FROM pairing WHERE ended_on IS NOT NULL LIMIT 1"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
        let card = try Circledesk.run(["card", ended[0]] + common)
        #expect(card.status == 0 && card.output.contains("本结对已于 \(ended[1]) 结束"), "\(card.output)")
        let spool = try standInLP(in: folder)
        let sheet = try Circledesk.run(["card", "--town", "罗阳镇", "--print"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(sheet.status == 0, "\(sheet.error)")
        #expect(try Shell.run("/usr/bin/pdfinfo", [spool]).output.contains("(A4)"))
        let going = try Shell.run("/usr/bin/sqlite3", [common[1], """
            SELECT p.card_number FROM pairing p JOIN cadre c ON c.id = p.cadre_id JOIN township t ON t.id = c.township_id
            WHERE t.name = '罗阳镇' AND p.ended_on IS NULL
            """]).output.split(separator: "\n").map(String.init)
        let text = try Shell.run("/usr/bin/pdftotext", [spool, "-"]).output
        #expect(going.count > 3 && going.allSatisfy { text.contains($0) }, "\(going)")
        #expect(text.components(separatedBy: "JD-").count - 1 == going.count)
        let neither = try Circledesk.run(["card"] + common)
        #expect(neither.status == 1 && neither.error.contains("--town"), "\(neither.error)")
        let nowhere = try Circledesk.run(["card", "--town", "火星镇", "--print"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(nowhere.status == 1 && nowhere.error.contains("没有乡镇“火星镇”"), "\(nowhere.error)")
    }

    @Test("at a terminal, --print says it is making the PDF while it does, then what was sent")
    func printingSaysSo() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        _ = try standInLP(in: folder)
        // script(1) gives the command a terminal of its own.
        let command = ([Circledesk.binary.path, "report", "weekly", "--print"] + common).joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "\(folder.path):/usr/bin:/bin"
        let shown = try Shell.run("/usr/bin/script", ["-qc", command, "/dev/null"], environment: environment).output
        let making = try #require(shown.range(of: "正在生成 PDF 并送往打印机…"), "\(shown)")
        let sent = try #require(shown.range(of: "已送往打印机 Office："), "\(shown)")
        #expect(making.upperBound <= sent.lowerBound)
    }

    @Test("the satisfaction report prints the same way, its townships' figures those of the text form")
    func printingSatisfaction() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let spool = try standInLP(in: folder)
        let printed = try Circledesk.run(["report", "satisfaction", "--period", "2026H1", "--print"] + common,
                                         environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(printed.status == 0 && printed.output.contains("已送往打印机 Office："), "\(printed.error)")
        let text = try Shell.run("/usr/bin/pdftotext", ["-layout", spool, "-"]).output
        let json = try Circledesk.run(["report", "satisfaction", "--period", "2026H1", "--format", "json"] + common).output
        let townships = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["townships"] as? [[String: Any]] ?? []
        #expect(townships.count == 19)
        for township in townships {
            let line = text.split(separator: "\n").first { $0.contains(township["name"] as? String ?? "?") && $0.contains("%") }
            #expect(line?.contains(" \(township["answers"] as? Int ?? -1) ") == true, "\(township) in \(line ?? "nothing")")
        }
    }

    @Test("a request's sheet is one A4 page with its facts, text, resolution and every step of its history")
    func printingARequest() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let spool = try standInLP(in: folder)
        let printed = try Circledesk.run(["request", "print", "QZ-2016-00001"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(printed.status == 0 && printed.output.contains("已送往打印机 Office：1 页 × 1 份"), "\(printed.output) \(printed.error)")
        let text = try Shell.run("/usr/bin/pdftotext", [spool, "-"]).output
        let shown = try Circledesk.run(["request", "show", "QZ-2016-00001", "--format", "json"] + common).output
        let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [[String: Any]]
        let request = try #require(object?.first)
        #expect(text.contains("求助单 QZ-2016-00001") && text.contains(request["title"] as? String ?? "?"), "\(text.prefix(300))")
        let actors = (request["events"] as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String }
        #expect(!actors.isEmpty && actors.allSatisfy { text.contains($0) }, "\(actors)")
        let pdf = folder.file("sheet.pdf")
        #expect(try Circledesk.run(["request", "print", "QZ-2016-00001", "-o", pdf] + common).status == 0)
        #expect(try Shell.run("/usr/bin/pdfinfo", [pdf]).output.contains("Pages:           1"))
        let missing = try Circledesk.run(["request", "print", "QZ-2016-99999"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(missing.status == 1, "\(missing.error)")
    }

    @Test("no printing service, no default printer, a bad number of copies: each says what to do, and nothing is printed")
    func cannotPrint() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let nowhere = try Circledesk.run(["report", "weekly", "--print"] + common, environment: ["PATH": "/nonexistent"])
        #expect(nowhere.status == 1 && nowhere.error.contains("没有打印服务"), "\(nowhere.error)")
        _ = try standInLP(in: folder, noDefault: true)
        let noDefault = try Circledesk.run(["report", "weekly", "--print"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(noDefault.status == 1 && noDefault.error.contains("还没有默认打印机") && noDefault.error.contains("lpadmin -d"), "\(noDefault.error)")
        let copies = try Circledesk.run(["report", "weekly", "--print", "--copies", "0"] + common, environment: ["PATH": "\(folder.path):/usr/bin:/bin"])
        #expect(copies.status == 1 && copies.error.contains("--copies"), "\(copies.error)")
    }
}

@Suite struct SuggestionCommandTests {
    @Test("suggestion add, list and answer from scripts; answering twice is refused with who answered")
    func suggestions() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let added = try Circledesk.run(["suggestion", "add", "--content", "希望周末开放青公社", "--town", "罗阳镇"] + common)
        let ref = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(added.status == 0 && ref.hasPrefix("YJ-2026-"), "\(added.error)")
        #expect(try Circledesk.run(["suggestion", "list", "--unanswered"] + common).output.contains("\(ref)  2026-11-28  待答复  罗阳镇  希望周末开放青公社"))
        #expect(try Circledesk.run(["suggestion", "answer", ref, "--answer", "已安排"] + common).output == "已答复 \(ref)\n")
        let again = try Circledesk.run(["suggestion", "answer", ref, "--answer", "再答"] + common)
        #expect(again.status == 1 && again.error.contains("已由"))
    }
}

@Suite struct SquadCommandTests {
    @Test("squad list and act from scripts; a return without a reason is refused")
    func squads() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        #expect(try Circledesk.run(["squad", "list"] + common).output.contains("7  915青年救援项目团 · 农业生产恢复帮帮团  三魁镇"))
        let refused = try Circledesk.run(["squad", "act", "7", "return"] + common)
        #expect(refused.status == 1 && refused.error.contains("return 需要 --reason"))
        #expect(try Circledesk.run(["squad", "act", "7", "file"] + common).status == 0)
        #expect(try Circledesk.run(["squad", "list"] + common).output.contains("农业生产恢复帮帮团  三魁镇  林浩伟  7人  已备案"))
    }
}
