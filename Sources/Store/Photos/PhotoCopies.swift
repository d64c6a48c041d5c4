import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension PhotoFolder {
    /// Copies into `destination` the photos it lacks (a photo's file never changes, so one
    /// already there is the same); how many files were copied.
    @discardableResult
    func copyMissing(to destination: PhotoFolder) throws -> Int {
        var copied = 0
        for file in files() where !FileManager.default.fileExists(atPath: destination.path + "/" + file) {
            let shard = destination.path + "/" + file.prefix(2)
            do {
                try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: destination.path)
            } catch {
                throw StoreError.backupFolderUnwritable(folder: destination.path)
            }
            guard let data = FileManager.default.contents(atPath: path + "/" + file) else { continue }
            try FilePlacement.create(destination.path + "/" + file) { try $0(data) }
            copied += 1
        }
        return copied
    }
}

extension AppDatabase {
    /// A backup to the new file `destination` with its photos beside it (`FILE-photos`).
    public func backUp(to destination: String) throws {
        try backup(to: destination)
        try photoFolder.copyMissing(to: PhotoFolder(beside: destination))
    }

    /// The photos whose files are missing from the photo folder, or not of their size: each
    /// said as `check` says problems.
    static func photoProblems(_ db: Database, folder: PhotoFolder, limit: Int = 10) throws -> [String] {
        var problems: [String] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, sha256, bytes FROM photo ORDER BY id")
        var missing = 0
        while let row = try rows.next() {
            let (id, sha256, bytes): (Int64, String, Int) = (try row.value("id"), try row.value("sha256"), try row.value("bytes"))
            var status = stat()
            let file = folder.file(sha256)
            guard stat(file, &status) == 0, status.st_size == bytes, stat(folder.file(sha256, thumbnail: true), &status) == 0 else {
                missing += 1
                if missing <= limit { problems.append("photo \(id): its file \(file) is missing or not whole; restore it from a backup") }
                continue
            }
        }
        if missing > limit { problems.append("… and \(missing - limit) more photos whose files are missing") }
        return problems
    }

    /// How many photos of the database have no file in its photo folder.
    func missingPhotoFiles() throws -> Int {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT sha256 FROM photo").filter { !FileManager.default.fileExists(atPath: photoFolder.file($0)) }.count
        }
    }
}
