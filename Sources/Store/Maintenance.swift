import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension AppDatabase {
    /// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find wrong, and every
    /// table, index, trigger and view this version needs that is missing or not as it made
    /// it (a dropped append-only trigger, say); empty when the file is sound.
    public func problems() throws -> [String] {
        let expected = try Self.inMemory().schemaObjects()
        return try StoreError.translating(path: path) {
            try writer.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                // Damage found marks the file as only to be read until a restore; none found lifts it.
                if let first = problems.first { DamageMark.set(for: path, detail: first) } else { DamageMark.clear(for: path) }
                let found = try Self.schemaObjects(db)
                for (name, object) in expected.sorted(by: { $0.key < $1.key }) {
                    guard let here = found[name] else {
                        problems.append("missing \(object.type) \(name)")
                        continue
                    }
                    if here != object { problems.append("\(object.type) \(name) is not as this version made it") }
                }
                problems += try EventChain.problems(db)
                problems += try Self.tallyProblems(db)
                problems += try OpenRequestWords.problems(db)
                problems += try Self.photoProblems(db, folder: photoFolder)
                let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                for orphan in orphans {
                    let table: String = try orphan.value("table") ?? "?"
                    let rowid: Int64? = try orphan.value("rowid")
                    let parent: String = try orphan.value("parent") ?? "?"
                    problems.append("\(table) row \(rowid.map(String.init) ?? "?") refers to a missing \(parent)")
                }
                return problems
            }
        }
    }

    /// The schema's tables, indexes, triggers and views by name, with their SQL (spaces
    /// squeezed), SQLite's and the migrator's own left out.
    func schemaObjects() throws -> [String: SchemaObject] {
        try writer.read { db in try Self.schemaObjects(db) }
    }

    static func schemaObjects(_ db: Database) throws -> [String: SchemaObject] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            """)
        var objects: [String: SchemaObject] = [:]
        for row in rows {
            let name: String = try row.value("name")
            let sql: String? = try row.value("sql")
            objects[name] = SchemaObject(type: try row.value("type"),
                                         sql: sql?.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        return objects
    }

    /// A number that changes when another connection (a colleague's desk, a script) commits
    /// to the database: `PRAGMA data_version`, always asked of the same connection.
    public func dataVersion() throws -> Int {
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// A number that changes when anyone commits, this process's writer included: the
    /// writer's `data_version` (other connections' commits) plus its own changed rows. A
    /// server that performs every desk's writes tells the others by it.
    public func commitMark() throws -> Int {
        try writer.writeWithoutTransaction { db in try (Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0) + db.totalChangesCount }
    }

    /// Closes the database with everything in the file itself: the WAL is checkpointed and
    /// emptied first (the pool closes its writer before its read-only readers, so closing
    /// alone leaves the last commits in the WAL).
    public func close() throws {
        try StoreError.translating(path: path) {
            try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try writer.close()
        }
    }

    /// Copies the database to a new file at `destination` with SQLite's online backup,
    /// which is safe while other processes write; a copy cut short by a full or read-only
    /// folder is said so, naming the folder.
    public func backup(to destination: String) throws {
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        do {
            try Self.copy(writer, to: destination)
        } catch StoreError.diskFull {
            throw StoreError.backupFolderFull(folder: folder, needed: try size(), free: FilePlacement.freeBytes(in: folder))
        } catch StoreError.readOnly, StoreError.cannotOpen {
            throw StoreError.backupFolderUnwritable(folder: folder)
        }
    }

    /// `source` copied to a new file at `destination`, whole or not at all: written beside
    /// it and moved into place when complete; a copy cut short leaves nothing behind. The
    /// copy is one file (no WAL), so that opening it later leaves nothing beside it either.
    static func copy(_ source: any DatabaseReader, to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.alreadyExists(path: destination)
        }
        let partial = PartialFile(for: destination)
        defer { partial.discard() }
        try StoreError.translating(path: destination) {
            try FilePlacement.createPrivate(partial.path)
            let copy = try DatabaseQueue(path: partial.path)
            try source.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        }
        try partial.place()
    }

    /// The database's size in bytes: what a copy of it needs.
    func size() throws -> Int64 {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()") ?? 0 }
    }
}

/// A file being made for `destination`: written beside it as `destination.partial-PID.N` and
/// put in place only when whole. What killed runs left in that folder (partial files of
/// processes that are gone, with their journals) is removed when the next one starts; a
/// running process's is left alone.
///
/// `N` counts the process's partial files: two threads of one process (a server's requests,
/// parallel imports) keeping the same photo at the same moment each write their own.
public struct PartialFile: Sendable {
    public let destination: String
    public let path: String

    private static let made = Atomic<Int>(0)

    public init(for destination: String) {
        self.destination = destination
        path = destination + ".partial-\(getpid()).\(Self.made.add(1, ordering: .relaxed).oldValue)"
        Self.removeLeftovers(near: destination)
    }

    /// Removes it and whatever SQLite kept beside it; nothing if it was placed.
    public func discard() {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Moves it into place; an existing destination is never replaced.
    public func place() throws { try FilePlacement.moveWithoutReplacing(path, to: destination) }

    static func removeLeftovers(near destination: String) {
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        // A photo folder's shard (`league.sqlite-photos/ab`, a backup's `photos/ab`) is ours whole.
        let shard = url.deletingLastPathComponent()
        let parent = shard.deletingLastPathComponent().lastPathComponent
        let inPhotoFolder = shard.lastPathComponent.count == 2 && (parent.hasSuffix("-photos") || parent == "photos")
        for name in names {
            // Ours only: this destination's, a database's (a backup folder's other days) or a
            // kept photo's. An export goes to someone's own folder, where other programs' files
            // may look alike.
            guard let marker = name.range(of: ".partial-") else { continue }
            let stem = name[..<marker.lowerBound]
            guard stem == url.lastPathComponent || stem.hasSuffix(".sqlite") || (inPhotoFolder && stem.hasSuffix(".jpg")) else { continue }
            // `PID.N` (`PID` alone from earlier versions), then SQLite's suffix if any.
            let rest = name[marker.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            var suffix = rest.dropFirst(digits.count)
            if suffix.first == "." { suffix = suffix.dropFirst().drop { $0.isASCII && $0.isNumber } }
            guard ["", "-journal", "-wal", "-shm"].contains(suffix), let pid = Int32(digits), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }
}

/// Putting finished files in place.
public enum FilePlacement {
    /// A new file at `path` holding what `produce` writes, whole or not at all: written
    /// beside it and moved into place; an existing file is never replaced. It is the
    /// writer's alone (0600): exports name young people, minors among them.
    public static func create(_ path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        if FileManager.default.fileExists(atPath: path) { throw StoreError.alreadyExists(path: path) }
        let partial = PartialFile(for: path)
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]), let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            try produce { try handle.write(contentsOf: $0) }
            try handle.close()
            try partial.place()
        } catch {
            try? handle.close()
            partial.discard()
            if (error as NSError).posixCode == ENOSPC { throw StoreError.diskFull(path: path) }
            throw error
        }
    }

    /// The bytes a non-root writer may still put in `folder`'s file system.
    public static func freeBytes(in folder: String) -> Int64 {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return 0 }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }

    /// An empty file only its owner may read (SQLite keeps its journal's mode the same): a
    /// copy of the county holds young people's names and numbers.
    public static func createPrivate(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        close(fd)
    }

    /// Moves a finished file to `destination` unless something is already there: `link`
    /// fails instead of replacing, which `rename` would do.
    public static func moveWithoutReplacing(_ source: String, to destination: String) throws {
        guard link(source, destination) == 0 else {
            if errno == EEXIST { throw StoreError.alreadyExists(path: destination) }
            throw StoreError.cannotOpen(path: destination, reason: String(cString: strerror(errno)))
        }
        unlink(source)
    }
}

/// One table, index, trigger or view as `sqlite_master` holds it.
struct SchemaObject: Equatable {
    let type: String
    let sql: String?
}

extension NSError {
    /// The POSIX error under a Foundation file error (ENOSPC for a full disk), if any.
    var posixCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.posixCode
    }
}
