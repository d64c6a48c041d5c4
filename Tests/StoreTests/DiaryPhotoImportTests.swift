import Foundation
import GRDB
import LeagueCore
import Photos
import Store
import Synchronization
import Testing
import TestSupport

@Suite struct DiaryPhotoImportTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("a diary list's photos beside it are kept with the diary; missing, linked, outside and bad ones are listed and the diary is imported without them")
    func photosBeside() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let zhang = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        try FileManager.default.createDirectory(atPath: folder.file("photos"), withIntermediateDirectories: true)
        _ = try PhotoFiles.png(160, 120, in: folder, name: "photos/visit.jpg")
        try Data("not a picture".utf8).write(to: URL(fileURLWithPath: folder.file("photos/notes.jpg")))
        let csv = """
            团干部手机,走访日期,工作记录,图片
            \(zhang),2026-11-27,走访青年5名,photos/visit.jpg;photos/gone.jpg;https://form.example/p/1.jpg;../secret.jpg;photos/notes.jpg

            """
        var asked: [String] = []
        let read = { (name: String) -> Result<[UInt8], PhotoProblem>? in
            asked.append(name)
            return FileManager.default.contents(atPath: folder.file(name)).map { .success(Array($0)) }
        }
        let dry = try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: true, by: desk, at: Self.now, photoFiles: read)
        #expect(dry.photosKept == 1 && dry.photoNotes.count == 4)
        // A dry run reads the photos and keeps none.
        let keptBefore = (try? FileManager.default.subpathsOfDirectory(atPath: database.photoFolder.path)) ?? []

        let report = try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now, photoFiles: read)
        #expect(report.problems == [] && report.added == 1)
        let keptAfter = try FileManager.default.subpathsOfDirectory(atPath: database.photoFolder.path)
        #expect(keptAfter.filter { $0.hasSuffix(".jpg") }.count == keptBefore.filter { $0.hasSuffix(".jpg") }.count + 2,
                "the photo and its thumbnail, and nothing from the dry run before")
        #expect(report.photosKept == 1)
        #expect(report.photoNotes.map(\.reason) == [.missing, .link, .outsideFolder, .refused(.notAPicture)])
        #expect(report.photoNotes.allSatisfy { $0.line == 2 })
        #expect(report.photoNotes[1].reason(.zh).contains("是网址，不会去下载"))
        #expect(!asked.contains { $0.contains("..") || $0.contains("://") }, "nothing outside the folder is read: \(asked)")

        let row = try #require(try database.diaries.reviewQueue(for: desk, limit: 1000).filter { $0.cadreId == 1 && $0.visitOn == "2026-11-27" }
            .first { try database.diaries.diaryDetail(id: $0.id, for: desk)?.workLog == "走访青年5名" })
        let detail = try #require(try database.diaries.diaryDetail(id: row.id, for: desk))
        #expect(detail.photos.count == 5)
        #expect(detail.keptPhotos.map(\.name) == ["photos/visit.jpg"])
        #expect(detail.keptPhotos.first?.width == 160 && detail.keptPhotos.first?.height == 120)
        let bytes = try #require(database.photos.bytes(of: detail.keptPhotos[0]))
        #expect(bytes.starts(with: [0xFF, 0xD8]))

        // The same list again changes nothing; the missing photo put there later joins the diary.
        #expect(try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now,
                                                 photoFiles: read).unchanged == 1)
        _ = try PhotoFiles.png(120, 160, in: folder, name: "photos/gone.jpg")
        let later = try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: false, by: desk, at: Self.now, photoFiles: read)
        #expect(later.updated == 1 && later.photosKept == 2)
        #expect(try database.diaries.diaryDetail(id: row.id, for: desk)?.keptPhotos.map(\.name) == ["photos/visit.jpg", "photos/gone.jpg"])
    }
}

@Suite struct PhotoFolderLeftoverTests {
    @Test("a photo's half-written file left by a killed process goes when the next photo is kept in its folder")
    func leftover() throws {
        let folder = try TemporaryFolder()
        let shard = folder.file("league.sqlite-photos/ab")
        try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true)
        // A process id no process has (above the kernel's pid_max).
        // As this version names them (PID.N) and as earlier ones did (PID).
        let left = [shard + "/ab01.jpg.partial-4999999.17", shard + "/ab03.jpg.partial-4999999"]
        for file in left { _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8)) }
        let other = shard + "/notes.txt.partial-4999999.0"
        _ = FileManager.default.createFile(atPath: other, contents: Data("x".utf8))
        try FilePlacement.create(shard + "/ab02.jpg") { try $0(Data([0xFF, 0xD8])) }
        #expect(left.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
        #expect(FileManager.default.fileExists(atPath: other), "only photos' leftovers are the photo folder's to remove")
    }
}

@Suite struct PhotoFolderRaceTests {
    @Test("threads of one process keeping the same photos at the same moment each succeed, and each photo is kept whole once")
    func samePhotoAtOnce() throws {
        let folder = try TemporaryFolder()
        let shard = folder.file("league.sqlite-photos/ab")
        try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true)
        let photos = (0..<200).map { (file: shard + "/ab\($0).jpg", bytes: Data(repeating: UInt8($0 % 251), count: 4096 + $0)) }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for photo in photos {
                do {
                    try FilePlacement.create(photo.file) { try $0(photo.bytes) }
                } catch StoreError.alreadyExists {
                    // Another thread kept it first: the same bytes.
                } catch {
                    failures.withLock { $0.append("\(photo.file): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        for photo in photos { #expect(FileManager.default.contents(atPath: photo.file) == photo.bytes, "\(photo.file)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: shard).count == photos.count, "no partial file is left")
    }
}
