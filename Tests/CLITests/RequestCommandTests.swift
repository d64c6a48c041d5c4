import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

@Suite struct RequestCommandTests {

    @Test("request edit corrects a request taken in: the history says old → new, in both languages; nothing to correct is said")
    func edit() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ref = try Circledesk.run(["request", "add", "--title", "万斤生姜滞销", "--body", "求销售渠道", "--category", "创业",
                                      "--town", "泗溪镇", "--village", "下洪村"] + common).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let edited = try Circledesk.run(["request", "edit", ref, "--urgency", "urgent", "--category", "帮扶", "--town", "sk"] + common)
        #expect(edited.status == 0, "\(edited.error)")
        let history = try Circledesk.run(["request", "show", ref] + common).output
        #expect(history.contains("修改 类别：创业 → 帮扶；紧急程度：中 → 急；乡镇：泗溪镇 → 三魁镇"), "\(history)")
        #expect(!history.contains("下洪村"), "the village of the old township is forgotten: \(history)")
        let english = try Circledesk.run(["request", "show", ref, "--lang", "en"] + common).output
        #expect(english.contains("corrected category: Business → Relief; urgency: normal → urgent; township: Sixi → Sankui"), "\(english)")
        let nothing = try Circledesk.run(["request", "edit", ref] + common)
        #expect(nothing.status != 0 && nothing.error.contains("要改什么？"), "\(nothing.error)")
        let same = try Circledesk.run(["request", "edit", ref, "--urgency", "急"] + common)
        #expect(same.status == 1 && same.error.contains("和原来一样，没有改动。"), "\(same.error)")
    }

    @Test("a request is added and taken from collected to closed by scripts, every step recorded")
    func lifecycle() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let added = try Circledesk.run(["request", "add", "--title", "万斤生姜滞销", "--body", "求销售渠道", "--category", "创业",
                                        "--town", "泗溪镇", "--village", "下洪村", "--urgency", "急"] + common)
        #expect(added.status == 0, "\(added.error)")
        let ref = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ref.hasPrefix("QZ-2026-"))
        for step in [["submit"], ["village_approve", "--for", "下洪村团支部"]] {
            let result = try Circledesk.run(["request", "act", ref] + step + common)
            #expect(result.status == 0, "\(step): \(result.error)")
        }
        // Four eyes: the township approval is a colleague's, not the village approver's.
        let alone = try Circledesk.run(["request", "act", ref, "township_approve"] + common)
        #expect(alone.status == 1 && alone.error.contains("乡镇审核须由另一位同事作出"), "\(alone.error)")
        let steps: [[String]] = [["township_approve", "--as", "zhoujie"], ["assign", "--assignee", "张传相"],
                                 ["start"], ["resolve", "--note", "联系收购商,已售出"], ["close"]]
        for step in steps {
            let result = try Circledesk.run(["request", "act", ref] + step + common)
            #expect(result.status == 0, "\(step): \(result.error)")
        }
        let shown = try Circledesk.run(["request", "show", ref, "--format", "json"] + common)
        #expect(shown.output.contains("\"state\" : \"closed\""))
        #expect(shown.output.contains("\"assignee\" : \"张传相\""))
        #expect(shown.output.contains("联系收购商,已售出"))
        let history = try Circledesk.run(["request", "show", ref] + common).output
        #expect(history.contains("村支部审核通过 代 下洪村团支部 → 乡镇审核") && history.contains("周杰  乡镇审核通过并发布"), "\(history)")
        let skipped = try Circledesk.run(["request", "act", ref, "reopen"] + common + ["--lang", "en"])
        #expect(skipped.status == 1)
        #expect(skipped.error.contains("has ended"))
    }

    @Test("refusals name what is missing or not allowed")
    func refusals() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ref = try Circledesk.run(["request", "list", "--state", "village_review", "--limit", "1"] + common)
            .output.split(separator: "\t").first.map(String.init) ?? ""
        let missing = try Circledesk.run(["request", "act", ref, "reject"] + common + ["--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("reject needs --note"))
        let readOnly = try Circledesk.run(["request", "act", ref, "village_approve", "--as", "jiqing"] + common + ["--lang", "en"])
        #expect(readOnly.error.contains("jiqing (read-only) may not act on help requests; roles that may: admin, desk, reviewer, township secretary"))
        let badAdd = try Circledesk.run(["request", "add", "--title", "x", "--body", "y", "--category", "娱乐", "--town", "罗阳镇"] + common)
        #expect(badAdd.status == 1)
        #expect(badAdd.error.contains("--category：没有“娱乐”"))
    }

    @Test("a township secretary neither sees nor acts on another township's requests")
    func secretaryScope() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let mine = try Circledesk.run(["request", "list", "--as", "wuhao", "--limit", "200"] + common)
        let lines = mine.output.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.contains("\t罗阳镇\t") })
        let other = try Circledesk.run(["request", "list", "--town", "筱村镇", "--state", "village_review", "--limit", "1"] + common)
            .output.split(separator: "\t").first.map(String.init) ?? ""
        let show = try Circledesk.run(["request", "show", other, "--as", "wuhao"] + common + ["--lang", "en"])
        #expect(show.status == 1)
        #expect(show.error.contains("not in your township"))
        let act = try Circledesk.run(["request", "act", other, "village_approve", "--as", "wuhao"] + common + ["--lang", "en"])
        #expect(act.status == 1)
        #expect(act.error.contains("own township"))
    }

    @Test("sla lists what is late and exits 3 while anything is")
    func sla() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let late = try Circledesk.run(["sla"] + common)
        #expect(late.status == 3)
        #expect(late.output.split(separator: "\n").count == 32)
        // In the reader's language: the state and how late, in Chinese by default.
        #expect(late.output.split(separator: "\n").allSatisfy { $0.split(separator: "\t")[2].hasPrefix("超时 ") }, "\(late.output)")
        #expect(!late.output.contains("in_progress") && late.output.contains("\t处理中\t"))
        let english = try Circledesk.run(["sla", "--lang", "en"] + common)
        #expect(english.output.contains("\tin progress\tlate "), "\(english.output)")
        let early = try Circledesk.run(["sla", "--db", common[1], "--now", "2017-01-01"])
        #expect(early.status == 0, "\(early.error)")
    }

    @Test("processes racing to act on one request: no lost update, every success one event")
    func racingProcesses() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ref = try Circledesk.run(["request", "list", "--state", "in_progress", "--limit", "1"] + common)
            .output.split(separator: "\t").first.map(String.init) ?? ""
        func events() throws -> Int {
            let shown = try Circledesk.run(["request", "show", ref, "--format", "json"] + common)
            return shown.output.components(separatedBy: "\"action\"").count - 1
        }
        let before = try events()
        let processes = (0..<12).map { index -> Process in
            let process = Process()
            process.executableURL = Circledesk.binary
            process.arguments = ["request", "act", ref, "note", "--note", "并发 \(index)"] + common
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        let statuses = processes.map(\.terminationStatus)
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 1 }, "\(statuses)")
        let succeeded = statuses.filter { $0 == 0 }.count
        #expect(succeeded >= 1)
        #expect(try events() == before + succeeded)
    }
}

@Suite struct NamedArgumentTests {
    @Test("--town and --assignee take names as people type them: short, pinyin, IME forms; several are listed, none is said")
    func names() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let full = try Circledesk.run(["request", "list", "--town", "三魁镇", "--state", "all", "--format", "json"] + common)
        #expect(full.status == 0 && full.output.contains("三魁镇"), "\(full.error)")
        for typed in ["三魁", "sk", "sankui", "Sankui", "ＳＫ"] {
            let listed = try Circledesk.run(["request", "list", "--town", typed, "--state", "all", "--format", "json"] + common)
            #expect(listed.status == 0 && listed.output == full.output, "\(typed): \(listed.error)")
        }
        let several = try Circledesk.run(["request", "list", "--town", "s"] + common)
        #expect(several.status == 1 && several.error.contains("可指不止一个") && several.error.contains("、三魁镇"), "\(several.error)")
        let ref = try #require(try Circledesk.run(["request", "list", "--state", "published", "--limit", "1"] + common).output.split(separator: "\t").first)
        let twoPeople = try Circledesk.run(["request", "act", String(ref), "assign", "--assignee", "zcx"] + common)
        #expect(twoPeople.status == 1 && twoPeople.error.contains("张传相 · 三魁镇") && twoPeople.error.contains("钟晨欣 · 三魁镇"), "\(twoPeople.error)")
        let nobody = try Circledesk.run(["request", "act", String(ref), "assign", "--assignee", "qqq", "--lang", "en"] + common)
        #expect(nobody.status == 1 && nobody.error.contains("fits no cadre"), "\(nobody.error)")
    }
}

@Suite struct RequestExportTests {
    @Test("export requests writes what request list chooses, phones masked unless asked, read back whole by Python's csv")
    func exportRequests() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let file = folder.file("requests.csv")
        let exported = try Circledesk.run(["export", "requests", "--state", "all", "--town", "sk", "-o", file] + common)
        #expect(exported.status == 0, "\(exported.error)")
        let listed = try Circledesk.run(["request", "list", "--state", "all", "--town", "三魁镇", "--limit", "100000", "--format", "json"] + common)
        let refs = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]).compactMap { $0["ref"] as? String }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f))
            print(json.dumps({"header": rows[0], "refs": [r[0] for r in rows[1:]], "townships": sorted({r[4] for r in rows[1:]}),
                              "phones": [r[9] for r in rows[1:] if r[9]], "widths": sorted({len(r) for r in rows})}, ensure_ascii=False))
            """
        let read = try Shell.run("/usr/bin/python3", ["-c", script, file]).output
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [String: Any])
        #expect((parsed["header"] as? [String])?.prefix(3) == ["编号", "状态", "紧急程度"])
        #expect(Set(parsed["refs"] as? [String] ?? []) == Set(refs) && !refs.isEmpty, "\(read)")
        #expect(parsed["townships"] as? [String] == ["三魁镇"] && parsed["widths"] as? [Int] == [18])
        let phones = parsed["phones"] as? [String] ?? []
        #expect(!phones.isEmpty && phones.allSatisfy { $0.contains("****") }, "\(phones)")
        // In full for desk staff who ask; a search narrows as the desk's does.
        let whole = try Circledesk.run(["export", "requests", "--state", "all", "--search", "生姜", "--include-personal"] + common)
        #expect(whole.status == 0 && !whole.output.contains("****") && whole.output.split(separator: "\n").dropFirst().allSatisfy { $0.contains("生姜") },
                "\(whole.output)")
    }
}

@Suite struct DayLogTests {
    @Test("log says who did what today, by person and by township; a secretary sees her township's")
    func dayLog() throws {
        let folder = TemporaryFolder()
        let database = folder.file("league.sqlite")
        #expect(try Circledesk.run(["demo", "--db", database]).status == 0)
        let common = ["--db", database]
        let added = try Circledesk.run(["request", "add", "--title", "路灯坏了", "--body", "村口路灯", "--category", "其他", "--town", "罗阳镇"] + common)
        let ref = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Circledesk.run(["request", "act", ref, "submit", "--as", "zhoujie"] + common).status == 0)
        #expect(try Circledesk.run(["request", "act", ref, "contact", "--channel", "visit", "--note", "上门看了"] + common).status == 0)
        let today = try Circledesk.run(["log"] + common)
        #expect(today.status == 0, "\(today.error)")
        let mine = today.output.split(separator: "\n").filter { $0.contains(ref) }
        #expect(mine.count == 3 && mine[1].contains("周杰  求助 \(ref)") && mine[1].contains("提交村支部审核 · 罗阳镇"), "\(today.output)")
        #expect(mine[2].contains("首次联系（上门） · 罗阳镇 · 上门看了"), "\(mine)")
        let byZhou = try Circledesk.run(["log", "--who", "zhoujie"] + common).output
        #expect(byZhou.split(separator: "\n").allSatisfy { $0.contains("  周杰  ") } && byZhou.contains(ref), "\(byZhou)")
        #expect(!(try Circledesk.run(["log", "--town", "三魁"] + common).output.contains(ref)))
        let secretary = try Circledesk.run(["log", "--as", "wuhao", "--format", "json"] + common)
        #expect(secretary.status == 0 && secretary.output.contains(ref) && !secretary.output.contains("三魁镇"), "\(secretary.error)")
    }
}

@Suite struct RequestIntakeTests {
    @Test("request add records who asked and who took it in, finds a young person by phone, and names possible duplicates")
    func requesterAndDuplicates() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let fields = ["--category", "创业", "--town", "泗溪", "--village", "下洪村"]
        let first = try Circledesk.run(["request", "add", "--title", "八千斤生姜卖不出去", "--body", "下洪村生姜", "--requester", "陈小杰",
                                        "--requester-phone", "139 1234 5678", "--collector", "张传相"] + fields + common)
        #expect(first.status == 0, "\(first.error)")
        let ref = first.output.trimmingCharacters(in: .whitespacesAndNewlines)
        // A like title in the same township this month: said beside the reference.
        #expect(first.error.contains("可能与这些求助重复：QZ-2026-00123 万斤生姜滞销，求销售渠道"), "\(first.error)")
        let shown = try Circledesk.run(["request", "show", ref, "--format", "json"] + common).output
        #expect(shown.contains("\"requester\" : \"陈小杰\"") && shown.contains("\"requesterPhone\" : \"13912345678\"")
                && shown.contains("\"collector\" : \"张传相\""), "\(shown)")
        // The same number again is the same young person, and the same requester is a likely duplicate.
        let second = try Circledesk.run(["request", "add", "--title", "资金周转困难", "--body", "y", "--requester-phone", "13912345678"] + fields + common)
        #expect(second.error.contains(ref), "\(second.error)")
        let again = try Circledesk.run(["request", "show", second.output.trimmingCharacters(in: .whitespacesAndNewlines), "--format", "json"] + common).output
        #expect(again.contains("\"requester\" : \"陈小杰\""))
        let bad = try Circledesk.run(["request", "add", "--title", "x", "--body", "y", "--requester-phone", "1391234"] + fields + common)
        #expect(bad.status == 1 && bad.error.contains("不是大陆手机号"), "\(bad.error)")
        let ambiguous = try Circledesk.run(["request", "add", "--title", "x", "--body", "y", "--collector", "zcx"] + fields + common)
        #expect(ambiguous.status == 1 && ambiguous.error.contains("张传相 · 三魁镇"), "\(ambiguous.error)")
    }
}
