import Crypto
import Foundation
import Photos
#if canImport(Glibc)
import Glibc
#endif

/// The kept photos as files named by the SHA-256 of their bytes, `ab/abcdef….jpg` with the
/// thumbnail beside it (`….thumb.jpg`), in a folder beside the database.
///
/// Not in the database: a year of the county is about 36,000 photos, 9 GB, and the nightly
/// backups copy the database whole. A file named by its content never changes, so a backup
/// copies only the photos it has not got, and the same photo sent twice is kept once.
public struct PhotoFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The folder for the database at `database`.
    public init(beside database: String) { path = database + "-photos" }

    /// The folder of the database file at `file`: beside it, or for a dated backup
    /// (`league-20261128-023000.sqlite`) without one, its backup folder's shared `photos`.
    static func of(file: String) -> PhotoFolder {
        let beside = PhotoFolder(beside: file)
        let url = URL(fileURLWithPath: file)
        let shared = PhotoFolder(path: url.deletingLastPathComponent().path + "/photos")
        guard !FileManager.default.fileExists(atPath: beside.path), BackupFolder.isBackupName(url.lastPathComponent),
              FileManager.default.fileExists(atPath: shared.path) else { return beside }
        return shared
    }

    /// The kept photo `sha256`, or its thumbnail.
    public func file(_ sha256: String, thumbnail: Bool = false) -> String {
        "\(path)/\(sha256.prefix(2))/\(sha256)\(thumbnail ? ".thumb" : "").jpg"
    }

    /// The name a photo is kept by: the SHA-256 of its bytes.
    static func address(of photo: PreparedPhoto) -> String { EventChain.hex(SHA256.hash(data: photo.photo)) }

    /// Writes `photo` and its thumbnail unless they are there; its SHA-256.
    func put(_ photo: PreparedPhoto) throws -> String {
        let sha256 = Self.address(of: photo)
        let shard = "\(path)/\(sha256.prefix(2))"
        do {
            try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotOpen(path: shard, reason: String(cString: strerror(errno)))
        }
        for (file, bytes) in [(file(sha256, thumbnail: true), photo.thumbnail), (file(sha256), photo.photo)] where !FileManager.default.fileExists(atPath: file) {
            do {
                try FilePlacement.create(file) { try $0(Data(bytes)) }
            } catch StoreError.alreadyExists {
                // Another process kept the same photo at the same moment: the same bytes.
            }
        }
        return sha256
    }

    /// The bytes of the kept photo `sha256` (or its thumbnail); nil when the file is missing.
    public func read(_ sha256: String, thumbnail: Bool = false) -> [UInt8]? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit),
              let data = FileManager.default.contents(atPath: file(sha256, thumbnail: thumbnail)) else { return nil }
        return Array(data)
    }

    /// The files of the folder, relative to it (`ab/ab….jpg`), for copying.
    func files() -> [String] {
        let shards = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return shards.filter { $0.count == 2 }.sorted().flatMap { shard in
            ((try? FileManager.default.contentsOfDirectory(atPath: "\(path)/\(shard)")) ?? [])
                .filter { $0.hasSuffix(".jpg") && !$0.contains(".partial-") }.sorted().map { "\(shard)/\($0)" }
        }
    }
}
