import CPhotoAPI
import Foundation
import LeagueCore

/// A photo as the county keeps it: upright, at most `PhotoLimits.keptSide` pixels on its
/// longer side, re-encoded as JPEG without the phone's metadata (its position among them)
/// unless asked to keep it, and a thumbnail made once.
public struct PreparedPhoto: Sendable {
    public let photo: [UInt8]
    public let thumbnail: [UInt8]
    public let width: Int
    public let height: Int
    /// When the camera says it was taken (EXIF DateTimeOriginal, read as county time).
    public let takenAt: Date?
    /// Whether the file carried a GPS position (dropped unless kept).
    public let hadLocation: Bool
}

/// The limits a photo from outside is held to.
public enum PhotoLimits {
    /// A phone's JPEG is 2–8 MB, a 50-megapixel PNG screenshot less than 40.
    public static let bytes = 40 << 20
    /// 50 megapixels: what phones' main cameras write; a decompression bomb claims more.
    public static let pixels: Int64 = 50_000_000
    /// The kept photo's longer side: a reviewer sees a visit at this size, and a year of the
    /// county (≈36,000 photos) stays near 9 GB.
    public static let keptSide = 1600
    public static let thumbnailSide = 320
}

extension PreparedPhoto {
    /// Reads `bytes` from outside into a kept photo, or says why not.
    public static func prepare(_ bytes: [UInt8], keepLocation: Bool = false) -> Result<PreparedPhoto, PhotoProblem> {
        guard bytes.count <= PhotoLimits.bytes else { return .failure(.tooManyBytes(bytes.count)) }
        let code: Int32
        switch PhotoFormat(sniffing: bytes) {
        case .jpeg: code = Int32(CD_PHOTO_JPEG.rawValue)
        case .png: code = Int32(CD_PHOTO_PNG.rawValue)
        case .heif: code = Int32(CD_PHOTO_HEIF.rawValue)
        case .other(let name): return .failure(.unsupported(name))
        case .unknown: return .failure(.notAPicture)
        }
        let library: cd_photo_api
        switch PhotoLibrary.loaded {
        case .success(let table): library = table.api.pointee
        case .failure(let problem): return .failure(problem)
        }
        var made = cd_photo()
        let status = bytes.withUnsafeBytes { raw in
            library.prepare(raw.baseAddress, raw.count, code, PhotoLimits.pixels, Int32(PhotoLimits.keptSide),
                            Int32(PhotoLimits.thumbnailSide), keepLocation ? 1 : 0, &made)
        }
        defer { library.release(&made) }
        switch UInt32(status) {
        case CD_PHOTO_OK.rawValue: break
        case CD_PHOTO_TOO_LARGE.rawValue: return .failure(.tooManyPixels(width: Int(made.source_width), height: Int(made.source_height)))
        case CD_PHOTO_UNREADABLE.rawValue: return .failure(.unreadable)
        default: return .failure(.failed)
        }
        let taken = withUnsafeBytes(of: made.taken) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        return .success(PreparedPhoto(
            photo: Array(UnsafeBufferPointer(start: made.photo, count: made.photo_length)),
            thumbnail: Array(UnsafeBufferPointer(start: made.thumb, count: made.thumb_length)),
            width: Int(made.photo_width), height: Int(made.photo_height),
            takenAt: Self.exifMoment(taken), hadLocation: made.had_location != 0))
    }

    /// "2026:11:20 10:31:02" as county time; nil for anything else (cameras write zeros
    /// and blanks when they do not know).
    static func exifMoment(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 19, bytes[4] == UInt8(ascii: ":"), bytes[7] == UInt8(ascii: ":") else { return nil }
        return CountyTime.parseInstant(String(text.prefix(4)) + "-" + text.dropFirst(5).prefix(2) + "-" + text.dropFirst(8))
    }
}
