import Foundation
import LeagueCore
import Photos
import ZIPFoundation

/// A phone form's export as one zip: the diaries' list (CSV, JSON or .xlsx) and the photos it
/// names, by paths relative to the list. Every part is unpacked no further than its limit,
/// whatever the archive's header claims.
public struct DiaryArchive {
    /// The list's path in the archive, for messages, and its bytes.
    public let listPath: String
    public let list: Data
    private let archive: Archive

    /// The largest list read.
    static let listLimit = 200 << 20

    public enum Problem: Error, Equatable, Sendable {
        /// Not a zip that can be read.
        case unreadable
        /// No CSV, JSON or workbook in it, or more than one (their paths).
        case noList
        case severalLists([String])
        /// A part larger than it may be unpacked to.
        case tooLarge(String)

        public func message(_ language: Language, file: String) -> String {
            switch (self, language) {
            case (.unreadable, .zh): "\(file) 不是能读的 zip 文件（可能没有传完整）"
            case (.unreadable, .en): "\(file) is not a zip that can be read (cut short?)"
            case (.noList, .zh): "\(file) 里没有日记表（.csv、.json 或 .xlsx）"
            case (.noList, .en): "\(file) holds no list of diaries (.csv, .json or .xlsx)"
            case let (.severalLists(paths), .zh): "\(file) 里有几个表（\(paths.joined(separator: "、"))）：请只留日记那一个"
            case let (.severalLists(paths), .en): "\(file) holds several lists (\(paths.joined(separator: ", "))): leave only the diaries'"
            case let (.tooLarge(path), .zh): "\(file) 里的 \(path) 解压后太大，不像日记或照片"
            case let (.tooLarge(path), .en): "\(path) in \(file) unpacks to more than a diary or a photo could be"
            }
        }
    }

    /// Whether `data` is a zip that is not a workbook (an .xlsx is a zip too).
    public static func isArchive(_ data: Data) -> Bool {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? Archive(data: data, accessMode: .read) else { return false }
        return archive["[Content_Types].xml"] == nil
    }

    public init(_ data: Data) throws(Problem) {
        guard let archive = try? Archive(data: data, accessMode: .read) else { throw .unreadable }
        let lists = archive.filter { entry in
            entry.type == .file && ["csv", "json", "xlsx"].contains((entry.path as NSString).pathExtension.lowercased())
                && !entry.path.hasPrefix("__MACOSX/") && !(entry.path as NSString).lastPathComponent.hasPrefix(".")
        }
        guard let only = lists.first else { throw .noList }
        guard lists.count == 1 else { throw .severalLists(lists.map(\.path).sorted()) }
        self.archive = archive
        listPath = only.path
        guard let bytes = Self.unpacked(only, from: archive, limit: Self.listLimit) else { throw .tooLarge(only.path) }
        list = bytes
    }

    /// The photo `name` (relative to the list) as its bytes, or nil when the archive has none;
    /// one that unpacks past a photo's limit is too large, whatever its header says.
    public func photo(_ name: String) -> Result<[UInt8], PhotoProblem>? {
        let folder = (listPath as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? name : folder + "/" + name
        guard let entry = archive[path], entry.type == .file else { return nil }
        guard let data = Self.unpacked(entry, from: archive, limit: PhotoLimits.bytes) else {
            return .failure(.tooManyBytes(Int(clamping: max(entry.uncompressedSize, UInt64(PhotoLimits.bytes + 1)))))
        }
        return .success(Array(data))
    }

    private static func unpacked(_ entry: Entry, from archive: Archive, limit: Int) -> Data? {
        guard entry.uncompressedSize <= UInt64(limit) else { return nil }
        var data = Data()
        struct TooLarge: Error {}
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw TooLarge() }
                data.append(chunk)
            }
        } catch {
            return nil
        }
        return data
    }
}
