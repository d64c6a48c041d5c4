import Foundation
import LeagueCore
import Photos

extension PhotoProblem {
    /// Why the file was not kept, in the person's language: what to do instead where there
    /// is something to do.
    public func reason(_ language: Language) -> String {
        switch (self, language) {
        case let (.tooManyBytes(bytes), .zh): "文件太大（\(BackupFolder.sizeText(Int64(bytes)))，上限 \(PhotoLimits.bytes >> 20) MB），不像手机拍的照片"
        case let (.tooManyBytes(bytes), .en): "too large (\(BackupFolder.sizeText(Int64(bytes))); the limit is \(PhotoLimits.bytes >> 20) MB) for a phone's photo"
        case let (.tooManyPixels(width, height), .zh): "图片过大（\(width)×\(height) 像素，上限 \(PhotoLimits.pixels / 1_000_000) 百万像素）"
        case let (.tooManyPixels(width, height), .en): "too many pixels (\(width)×\(height); the limit is \(PhotoLimits.pixels / 1_000_000) megapixels)"
        case let (.unsupported(format), .zh): "是 \(format) 格式，只收 JPEG、PNG 和 HEIC 照片：请先另存为 JPEG"
        case let (.unsupported(format), .en): "a \(format) file; only JPEG, PNG and HEIC photos are taken: save it as JPEG first"
        case (.notAPicture, .zh): "不是图片"
        case (.notAPicture, .en): "not a picture"
        case (.unreadable, .zh): "图片读不完整（文件可能被截断或已损坏）"
        case (.unreadable, .en): "the picture cannot be read to its end (cut short or damaged)"
        case (.failed, .zh): "图片处理失败"
        case (.failed, .en): "the picture could not be processed"
        case let (.unavailable(why), .zh): "本机的照片功能未装好，请告知管理员（\(why)）"
        case let (.unavailable(why), .en): "photos cannot be processed on this machine; tell its administrator (\(why))"
        }
    }
}
