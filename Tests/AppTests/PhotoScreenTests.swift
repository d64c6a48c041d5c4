import App
import Foundation
import LeagueCore
import Photos
import Store
import TerminalKit
import TestSupport
import Testing

@Suite struct PhotoScreenTests {
    /// A sample county of its own with two photos attached to the queue's first request: a
    /// picture half black (left), half white (right), and a house with a caption.
    /// (A test that removes a photo's file gives sizes of its own: the folder is shared.)
    private func county(in folder: TemporaryFolder, size: (Int, Int) = (400, 300)) throws -> (AppDatabase, String) {
        let database = try Desk.ownCounty()
        let row = try #require(try database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 1, now: Desk.now).first)
        let admin = try #require(try database.operatorAccount(login: "wangmin"))
        let halves = try PhotoFiles.bytes(try PhotoFiles.png(size.0, size.1, in: folder))
        let house = try PhotoFiles.bytes(try PhotoFiles.png(300, 400, pattern: "alpha", in: folder, name: "b.png"))
        let attached = try database.photos.attach([("生姜地.png", halves), ("村口.png", house)], toRequest: row.id, version: row.version,
                                                  by: admin, at: Desk.now)
        #expect(attached.kept.count == 2)
        return (database, row.ref)
    }

    /// The share of the cells of `rect` drawn as a photo.
    private func painted(_ canvas: Canvas, _ rect: Rect) -> Double {
        var count = 0
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX where canvas[x, y].paint != nil { count += 1 } }
        return Double(count) / Double(max(1, rect.width * rect.height))
    }

    @Test("a request's photos at 80×24: a strip of thumbnails under its text; v shows each as large as the screen allows, dark where the photo is dark; Esc goes back")
    func viewer() throws {
        let folder = TemporaryFolder()
        let (database, ref) = try county(in: folder)
        let desk = try Desk(database: database)
        desk.press(.enter)
        #expect(desk.screen[2].hasPrefix(" \(ref)"))
        let strip = try #require(desk.screen.firstIndex { $0.contains("图片（2，v 看大图）") }, "\(desk.text)")
        #expect(strip >= 12, "the text keeps the top of the screen")
        #expect(painted(desk.canvas, Rect(x: 2, y: strip + 1, width: 28, height: 4)) > 0.3, "\(desk.text)")
        #expect(desk.screen[strip + 5].contains("1") && desk.screen[strip + 5].contains("2"), "numbered as v shows them")
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
        desk.press(.pageDown)
        #expect(desk.text.contains("王敏  添加图片 2 张"), "the history says who attached them: \(desk.text)")
        #expect(desk.text.contains("图片（2，v 看大图）"), "the strip stays while the text scrolls")

        desk.press(.character("v"))
        #expect(desk.screen[0].contains(ref) && desk.screen[0].contains("第 1/2 张") && desk.screen[0].contains("生姜地.png"), "\(desk.screen[0])")
        #expect(desk.screen[23].contains("→下一张") && desk.screen[23].contains("o存为文件"), "\(desk.screen[23])")
        // 400×300 at cells of 10×20 pixels in 80×20 cells: as wide as fits the height.
        let art = Rect(x: 0, y: 1, width: 80, height: 21)
        #expect(painted(desk.canvas, art) > 0.5)
        let row = 11
        let paintedColumns = (0..<80).filter { desk.canvas[$0, row].paint != nil }
        let left = try #require(paintedColumns.first), right = try #require(paintedColumns.last)
        func shade(_ x: Int) -> UInt8? {
            let cell = desk.canvas[x, row]
            return cell.text == " " ? cell.paint?.background : cell.paint?.foreground
        }
        // xterm's palette: 16 is black, 231 and 255 are white.
        #expect([16, 0, 232].contains(shade(left + 2) ?? 99), "left: \(String(describing: shade(left + 2)))")
        #expect([231, 15, 255].contains(shade(right - 2) ?? 0), "right: \(String(describing: shade(right - 2)))")

        desk.press(.right)
        #expect(desk.screen[0].contains("第 2/2 张") && desk.screen[0].contains("村口.png"))
        desk.press(.right)
        #expect(desk.screen[0].contains("第 2/2 张"), "the last stays")
        desk.press(.escape)
        #expect(desk.runtime.state.overlay == nil)
        #expect(desk.text.contains("王敏  添加图片 2 张") && desk.text.contains("图片（2，v 看大图）"), "back where it was: \(desk.text)")
    }

    @Test("more photos than the strip holds: those that fit, then how many more; v goes through them all")
    func longStrip() throws {
        let folder = TemporaryFolder()
        let (database, ref) = try county(in: folder)
        let row = try #require(try database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 1, now: Desk.now).first)
        let admin = try #require(try database.operatorAccount(login: "wangmin"))
        let more = try (0..<4).map { (name: "\($0).png", bytes: try PhotoFiles.bytes(try PhotoFiles.png(160 + $0, 120, in: folder, name: "\($0).png"))) }
        _ = try database.photos.attach(more, toRequest: row.id, version: row.version, by: admin, at: Desk.now)
        let desk = try Desk(database: database)
        desk.press(.enter)
        #expect(desk.screen[2].hasPrefix(" \(ref)"))
        let strip = try #require(desk.screen.firstIndex { $0.contains("图片（6，v 看大图）") }, "\(desk.text)")
        #expect(desk.screen[strip + 3].hasSuffix("另有 2 张"), "four fit with the words after them: \(desk.screen[strip + 3])")
        desk.press(.character("v"))
        for _ in 0..<5 { desk.press(.right) }
        #expect(desk.screen[0].contains("第 6/6 张"), "\(desk.screen[0])")
    }

    @Test("in a terminal that speaks sixel the viewer hands it a picture, and none is left when it closes")
    func sixel() throws {
        let folder = TemporaryFolder()
        let (database, _) = try county(in: folder)
        let desk = try Desk(database: database)
        desk.backend.pictures = PictureSupport(colors: 256, graphics: .sixel)
        desk.runtime.start()
        desk.press(.enter, .character("v"))
        let picture = try #require(desk.canvas.picture)
        #expect(picture.bytes.starts(with: [0x1B, 0x50]), "ESC P starts a sixel image")
        #expect(picture.rect.width > 40 && picture.rect.height > 10)
        desk.press(.escape)
        #expect(desk.canvas.picture == nil)
    }

    @Test("o writes the photo shown to the file named, as the person; a photo whose file is gone is said so")
    func saveAndMissing() throws {
        let folder = TemporaryFolder()
        let (database, _) = try county(in: folder, size: (402, 298))
        let desk = try Desk(database: database)
        desk.press(.enter, .character("v"), .character("o"))
        let photo = try #require(desk.runtime.state.review.open == nil ? desk.runtime.state.queue.detail?.detail?.photos.first : nil)
        #expect(desk.screen[23].contains("把图片存为：图片-\(photo.id).jpg"), "\(desk.screen[23])")
        for _ in 0..<20 { desk.press(.backspace) }
        desk.type(folder.file("看看.jpg"))
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix(" 图片已存到 \(folder.path)"), "\(desk.screen[23])")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("看看.jpg"))).prefix(2) == Data([0xFF, 0xD8]))

        try FileManager.default.removeItem(atPath: database.photoFolder.file(photo.sha256))
        let again = try Desk(database: database)
        again.press(.enter, .character("v"))
        #expect(again.text.contains("图片文件缺失"), "\(again.text)")
    }

    @Test("a diary's photos beside its text as the reviewer scores it, with the ones that did not come said so; v shows them")
    func diary() throws {
        let folder = TemporaryFolder()
        let database = try Desk.ownCounty()
        let admin = try #require(try database.operatorAccount(login: "wangmin"))
        let phone = try #require(try database.roster.cadreCard(id: 1, now: Desk.now)?.cadre.phone)
        _ = try PhotoFiles.png(400, 300, in: folder, name: "visit.jpg")
        // Submitted before every other diary: first in the reviewer's queue.
        let csv = "团干部手机,走访日期,工作记录,图片,提交时间\n\(phone),2025-01-02,到高坞村走访青年,visit.jpg、lost.jpg,2025-01-02 20:00\n"
        let report = try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: false, by: admin, at: Desk.now,
                                                     photoFiles: { FileManager.default.contents(atPath: folder.file($0)).map { .success(Array($0)) } })
        #expect(report.added == 1 && report.photosKept == 1)
        let desk = try Desk(database: database, login: "chenjing")
        desk.press(.character("3"), .enter)
        #expect(desk.text.contains("到高坞村走访青年"), "\(desk.text)")
        #expect(desk.text.contains("lost.jpg  （未随日记导入，看不到）"), "\(desk.text)")
        let strip = try #require(desk.screen.firstIndex { $0.contains("图片（1，v 看大图）") }, "\(desk.text)")
        #expect(painted(desk.canvas, Rect(x: 1, y: strip + 1, width: 14, height: 4)) > 0.3)
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
        desk.press(.character("v"))
        #expect(desk.screen[0].contains("第 1/1 张") && desk.screen[0].contains("visit.jpg"), "\(desk.screen[0])")
        desk.press(.escape)
        #expect(desk.text.contains("评分（每项 0-5，满分 100）"), "back to scoring")
    }

    @Test("t → 添加图片 reads the files named, as the person, and attaches the photos among them; the others are said")
    func attachAtTheDesk() throws {
        let folder = TemporaryFolder()
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        let ref = try #require(desk.runtime.state.queue.selectedRow?.ref)
        let photo = try PhotoFiles.png(240, 180, in: folder, name: "屋 顶.png")
        try Data("名单".utf8).write(to: URL(fileURLWithPath: folder.file("名单.txt")))
        desk.press(.enter, .character("t"))
        desk.type("添加图片")
        desk.press(.enter)
        #expect(desk.screen[23].hasPrefix("图片文件（多个用空格分开）："), "\(desk.screen[23])")
        desk.type("\"\(photo)\" \(folder.file("名单.txt")) \(folder.file("没有.jpg"))")
        desk.press(.enter)
        #expect(desk.screen[23].contains("\(ref) 已添加图片 1 张"), "\(desk.screen[23])")
        let detail = try #require(desk.runtime.state.queue.detail?.detail)
        #expect(detail.photos.map(\.name) == ["屋 顶.png"])
        #expect(detail.events.last?.action == "attach" && detail.events.last?.actor == "王敏")
        #expect(desk.text.contains("图片（1，v 看大图）"), "\(desk.text)")
        let flash = try #require(desk.runtime.state.flash)
        #expect(flash.contains("名单.txt：不是图片") && flash.contains("没有.jpg：找不到这个文件"), "\(flash)")
    }
}
