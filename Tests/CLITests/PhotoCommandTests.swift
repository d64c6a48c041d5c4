import Foundation
import Testing
import TestSupport

private let now = "2026-11-28T09:00:00+08:00"

@Suite struct PhotoCommandTests {
    @Test("request attach keeps the photos among the files, says why the others were left out, and the history and photo get show them")
    func attach() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ref = try Circledesk.run(["request", "add", "--title", "万斤生姜滞销", "--body", "求销售渠道", "--category", "创业",
                                      "--town", "泗溪镇"] + common).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let picture = try PhotoFiles.png(320, 160, in: folder, name: "生姜地.png")
        let list = folder.file("名单.csv")
        try Data("姓名,电话\n".utf8).write(to: URL(fileURLWithPath: list))
        let attached = try Circledesk.run(["request", "attach", ref, picture, list] + common)
        #expect(attached.status == 1, "a file left out is an error for scripts")
        #expect(attached.output.contains("\(ref)：添加图片 1 张"), "\(attached.output)")
        #expect(attached.error.contains("\(list): 不是图片") && attached.error.contains("有 1 个文件不是可收的照片"), "\(attached.error)")

        let shown = try Circledesk.run(["request", "show", ref] + common).output
        #expect(shown.contains("添加图片 1 张"), "\(shown)")
        let line = try #require(shown.split(separator: "\n").first { $0.hasPrefix("图片 ") }, "\(shown)")
        #expect(line.contains("生姜地.png  320×160"), "\(line)")
        let id = String(line.split(separator: " ")[1])

        let out = folder.file("out.jpg")
        let got = try Circledesk.run(["photo", "get", id, "-o", out] + common)
        #expect(got.status == 0, "\(got.error)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.prefix(3) == Data([0xFF, 0xD8, 0xFF]))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The same photo again is kept once; another township's secretary cannot see it.
        let files = { try FileManager.default.subpathsOfDirectory(atPath: folder.file("league.sqlite-photos")).filter { $0.hasSuffix(".jpg") } }
        let before = try files()
        let again = try Circledesk.run(["request", "attach", ref, picture] + common)
        #expect(again.status == 0 && again.output.contains("\(ref) 已有这些图片，没有再添加。"), "\(again.output)")
        #expect(try files() == before, "the photo and its thumbnail, once")
        let history = try Circledesk.run(["request", "show", ref] + common).output
        #expect(history.components(separatedBy: "添加图片").count == 2, "one attach in the history: \(history)")
        let stranger = try Circledesk.run(["photo", "get", id, "-o", folder.file("no.jpg"), "--as", "wuhao"] + common)
        #expect(stranger.status == 1 && stranger.error.contains("没有编号为 \(id) 的图片"), "\(stranger.error)")
    }

    @Test("a request's sheet prints its photos' thumbnails, numbered as photo get takes them")
    func printed() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let ref = try Circledesk.run(["request", "add", "--title", "屋顶漏雨", "--body", "台风后屋顶漏雨", "--category", "帮扶",
                                      "--town", "泗溪镇"] + common).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let files = try [(400, 300), (300, 400)].enumerated().map { try PhotoFiles.png($1.0, $1.1, in: folder, name: "屋顶\($0).png") }
        #expect(try Circledesk.run(["request", "attach", ref] + files + common).status == 0)
        let pdf = folder.file("sheet.pdf")
        #expect(try Circledesk.run(["request", "print", ref, "-o", pdf] + common).status == 0)
        let images = try Shell.run("/usr/bin/pdfimages", ["-list", pdf]).output.split(separator: "\n").dropFirst(2)
        #expect(images.count == 2, "\(images)")
        let text = try Shell.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
        #expect(text.contains("图片（2）") && text.contains("屋顶0.png") && text.contains("屋顶1.png"), "\(text)")
    }

    @Test("a phone form's export, as a zip or a folder: the diaries come in with the photos the list names")
    func phoneFormExport() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let phone = try Shell.run("/usr/bin/sqlite3", [common[1], "SELECT phone FROM cadre WHERE id = 1"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let picture = try PhotoFiles.png(200, 150, in: folder, name: "visit.png")
        // Made by Python's zipfile, as a form's server would: a folder inside, and a Mac's leftovers.
        let zip = folder.file("export.zip")
        let made = try Shell.python("""
            import sys, zipfile
            zip, phone, picture = sys.argv[1:4]
            with zipfile.ZipFile(zip, 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('export/diaries.csv', '团干部手机,走访日期,工作记录,图片\\n%s,2026-11-26,到村里走访,photos/1.jpg;photos/2.jpg;photos/3.jpg\\n' % phone)
                z.write(picture, 'export/photos/1.jpg')
                z.writestr('export/photos/3.jpg', bytes(41 << 20))
                z.writestr('__MACOSX/export/._diaries.csv', 'junk')
            """, [zip, phone, picture])
        #expect(made.status == 0, "\(made.error)")
        let imported = try Circledesk.run(["import", "diaries", zip] + common)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("新增 1") && imported.output.contains("图片：收入 1 张，2 张没有收入"), "\(imported.output)")
        #expect(imported.error.contains("图片“photos/3.jpg”没有收入：文件太大（41.0 MB，上限 40 MB）"), "\(imported.error)")
        #expect(imported.error.contains("export.zip:export/diaries.csv:2: 图片“photos/2.jpg”没有收入：找不到这个文件"), "\(imported.error)")

        // A folder holding the list and its photos.
        let export = folder.file("form")
        try FileManager.default.createDirectory(atPath: export + "/p", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: picture, toPath: export + "/p/a.png")
        try Data("团干部手机,走访日期,工作记录,图片\n\(phone),2026-11-25,又去走访,p/a.png\n".utf8).write(to: URL(fileURLWithPath: export + "/list.csv"))
        let fromFolder = try Circledesk.run(["import", "diaries", export] + common)
        #expect(fromFolder.status == 0 && fromFolder.output.contains("图片：收入 1 张，0 张没有收入"), "\(fromFolder.output)\(fromFolder.error)")

        let twoLists = folder.file("two.zip")
        _ = try Shell.python("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n z.writestr('a.csv', 'x')\n z.writestr('b.json', '[]')\n", [twoLists])
        let refused = try Circledesk.run(["import", "diaries", twoLists] + common)
        #expect(refused.status == 1 && refused.error.contains("里有几个表（a.csv、b.json）"), "\(refused.error)")
    }

    @Test("photo get on a terminal asks for a file; a missing photo file is said with what to do")
    func refusals() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let missing = try Circledesk.run(["photo", "get", "999999", "-o", folder.file("x.jpg")] + common + ["--lang", "en"])
        #expect(missing.status == 1 && missing.error.contains("no photo 999999"), "\(missing.error)")
    }
}
