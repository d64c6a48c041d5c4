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
        #expect(try Circledesk.run(["request", "attach", ref, picture] + common).status == 0)
        #expect(try files() == before, "the photo and its thumbnail, once")
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

    @Test("photo get on a terminal asks for a file; a missing photo file is said with what to do")
    func refusals() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: now)
        let missing = try Circledesk.run(["photo", "get", "999999", "-o", folder.file("x.jpg")] + common + ["--lang", "en"])
        #expect(missing.status == 1 && missing.error.contains("no photo 999999"), "\(missing.error)")
    }
}
