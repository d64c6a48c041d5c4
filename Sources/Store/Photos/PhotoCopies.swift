import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension PhotoFolder {
    /// Copies into `destination` the photos it lacks (a photo's file never changes, so one
    /// already there is the same), all or none: a copy cut short (a full disk) takes back
    /// what it copied. How many files were copied. A backup's `folder` is the one its
    /// errors name.
    @discardableResult
    func copyMissing(to destination: PhotoFolder, for folder: String? = nil) throws -> Int {
        let missing = files().filter { !FileManager.default.fileExists(atPath: destination.path + "/" + $0) }
        guard !missing.isEmpty else { return 0 }
        var made: [String] = [], madeFolders: [String] = []
        func takeBack() {
            for file in made { unlink(file) }
            for folder in madeFolders.reversed() { rmdir(folder) }
        }
        do {
            for file in missing {
                for folder in [destination.path, destination.path + "/" + file.prefix(2)] where !FileManager.default.fileExists(atPath: folder) {
                    guard mkdir(folder, 0o700) == 0 else { throw StoreError.cannotOpen(path: folder, reason: String(cString: strerror(errno))) }
                    madeFolders.append(folder)
                }
                guard let data = FileManager.default.contents(atPath: path + "/" + file) else { continue }
                try FilePlacement.create(destination.path + "/" + file) { try $0(data) }
                made.append(destination.path + "/" + file)
            }
        } catch StoreError.diskFull {
            takeBack()
            let folder = folder ?? destination.path
            let needed = missing.reduce(Int64(0)) { $0 + Int64(((try? FileManager.default.attributesOfItem(atPath: path + "/" + $1))?[.size] as? Int) ?? 0) }
            throw StoreError.backupFolderFull(folder: folder, needed: needed, free: FilePlacement.freeBytes(in: folder))
        } catch {
            takeBack()
            throw StoreError.backupFolderUnwritable(folder: folder ?? destination.path)
        }
        return made.count
    }
}

extension AppDatabase {
    /// A backup to the new file `destination` with its photos beside it (`FILE-photos`):
    /// the photos first, so that a backup whose file is there has its photos too.
    public func backUp(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.alreadyExists(path: destination) }
        let photos = PhotoFolder(beside: destination)
        try photoFolder.copyMissing(to: photos, for: URL(fileURLWithPath: destination).deletingLastPathComponent().path)
        do {
            try backup(to: destination)
        } catch {
            // The file did not come: neither do its photos.
            try? FileManager.default.removeItem(atPath: photos.path)
            throw error
        }
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
