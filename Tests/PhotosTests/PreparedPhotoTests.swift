import Foundation
import LeagueCore
import Photos
import TestSupport
import Testing

@Suite struct PreparedPhotoTests {
    private func prepared(_ bytes: [UInt8], keepLocation: Bool = false) throws -> PreparedPhoto {
        try PreparedPhoto.prepare(bytes, keepLocation: keepLocation).get()
    }

    @Test("a phone's JPEG is kept upright by its EXIF orientation, its position dropped, its time read")
    func phoneJPEG() throws {
        let folder = TemporaryFolder()
        let jpeg = folder.file("visit.jpg")
        try Data(try #require(SamplePicture.jpeg(width: 400, height: 200, sky: 0x87ceeb, field: 0x3a7d2c, caption: "前岭村"))).write(to: URL(fileURLWithPath: jpeg))
        _ = try PhotoFiles.exiftool(["-overwrite_original", "-Orientation#=6", "-GPSLatitude=27.5", "-GPSLatitudeRef=N",
                                     "-GPSLongitude=120.1", "-GPSLongitudeRef=E", "-DateTimeOriginal=2026:11:20 10:31:02"], jpeg)
        let photo = try prepared(try PhotoFiles.bytes(jpeg))
        // Orientation 6 is "turn 90° clockwise": the landscape file is a portrait photo.
        #expect(photo.width == 200 && photo.height == 400)
        #expect(photo.hadLocation)
        #expect(photo.takenAt == CountyTime.parseInstant("2026-11-20 10:31:02"))
        let kept = folder.file("kept.jpg")
        try Data(photo.photo).write(to: URL(fileURLWithPath: kept))
        let tags = try PhotoFiles.exiftool(["-s", "-GPSLatitude", "-Orientation", "-ImageWidth", "-ImageHeight"], kept)
        #expect(!tags.contains("GPSLatitude"), "the kept photo still says where it was taken: \(tags)")
        #expect(tags.contains("ImageWidth                      : 200"))

        let withPosition = try prepared(try PhotoFiles.bytes(jpeg), keepLocation: true)
        try Data(withPosition.photo).write(to: URL(fileURLWithPath: kept))
        #expect(try PhotoFiles.exiftool(["-s", "-GPSLatitude"], kept).contains("GPSLatitude"))
    }

    @Test("a camera's time that is no time, or text meant for the terminal, is no time; nothing of it is kept")
    func hostileMetadata() throws {
        let folder = TemporaryFolder()
        let jpeg = folder.file("visit.jpg")
        try Data(try #require(SamplePicture.jpeg(width: 64, height: 48, sky: 0x87ceeb, field: 0x3a7d2c, caption: ""))).write(to: URL(fileURLWithPath: jpeg))
        for hostile in ["2026:13:45 99:00:00", "0000:00:00 00:00:00", "\u{1B}]0;pwned\u{07}\u{1B}[2J"] {
            _ = try PhotoFiles.exiftool(["-overwrite_original", "-DateTimeOriginal=\(hostile)", "-ImageDescription=\u{1B}[31mred"], jpeg)
            let photo = try prepared(try PhotoFiles.bytes(jpeg))
            #expect(photo.takenAt == nil, "\(hostile.debugDescription)")
            let kept = folder.file("kept.jpg")
            try Data(photo.photo).write(to: URL(fileURLWithPath: kept))
            #expect(!(try PhotoFiles.exiftool(["-s", "-ImageDescription", "-DateTimeOriginal"], kept)).contains("\u{1B}"))
        }
    }

    @Test("a large PNG is shrunk to the kept size, transparency on white, and gets a thumbnail")
    func pngShrunk() throws {
        let folder = TemporaryFolder()
        let photo = try prepared(try PhotoFiles.bytes(try PhotoFiles.png(2000, 1000, pattern: "alpha", in: folder)))
        #expect(photo.width == PhotoLimits.keptSide && photo.height == PhotoLimits.keptSide / 2)
        #expect(PhotoFormat(sniffing: photo.photo) == .jpeg && PhotoFormat(sniffing: photo.thumbnail) == .jpeg)
        #expect(photo.thumbnail.count < photo.photo.count)
        #expect(photo.takenAt == nil && !photo.hadLocation)
    }

    @Test("HEIC from an iPhone is read")
    func heic() throws {
        let folder = TemporaryFolder()
        let photo = try prepared(try PhotoFiles.bytes(try PhotoFiles.heic(from: try PhotoFiles.png(64, 48, in: folder), in: folder)))
        #expect(photo.width == 64 && photo.height == 48)
    }

    @Test("files that are not photos, too large or damaged are refused with their reason")
    func refused() throws {
        let folder = TemporaryFolder()
        #expect(PreparedPhoto.prepare(Array("客户名单,电话\n".utf8)).failure == .notAPicture)
        #expect(PreparedPhoto.prepare(Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 20)).failure == .unsupported("GIF"))
        // A 100-megapixel picture is refused from its header, before a byte of it is decoded.
        let bomb = try PhotoFiles.bytes(try PhotoFiles.png(10_000, 10_000, pattern: "header", in: folder))
        #expect(PreparedPhoto.prepare(bomb).failure == .tooManyPixels(width: 10_000, height: 10_000))
        let jpeg = try #require(SamplePicture.jpeg(width: 640, height: 480, sky: 0x87ceeb, field: 0x3a7d2c, caption: "前岭村"))
        #expect(PreparedPhoto.prepare(Array(jpeg.prefix(jpeg.count / 2))).failure == .unreadable)
        #expect(PreparedPhoto.prepare([UInt8](repeating: 0xFF, count: PhotoLimits.bytes + 1)).failure == .tooManyBytes(PhotoLimits.bytes + 1))
    }
}

extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
