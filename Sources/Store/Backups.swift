import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// A folder of dated backups, `league-20261128-090000.sqlite`, kept as an office keeps
/// them: the newest of each of the last 7 days, of the last 4 weeks and of the last 12
/// months. Files not named so are never touched.
public struct BackupFolder: Sendable {
    /// A file's size as people read it in a listing or a message: `18.1 MB`.
    public static func sizeText(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

    public struct Entry: Equatable, Sendable {
        public let path: String
        public let takenAt: Date
        public let bytes: Int
    }

    public let path: String

    public init(path: String) { self.path = path }

    /// The backups in the folder, newest first.
    public func entries() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name in
            guard let takenAt = Self.takenAt(name) else { return nil }
            let file = path + "/" + name
            let bytes = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
            return Entry(path: file, takenAt: takenAt, bytes: bytes)
        }.sorted { $0.takenAt > $1.takenAt }
    }

    /// The file a backup taken at `moment` goes to.
    func file(at moment: Date) -> String {
        path + "/league-" + Self.stamp.string(from: moment) + ".sqlite"
    }

    /// Which of `entries` (newest first) to keep: the newest of each of the 7 latest days,
    /// 4 latest ISO weeks and 12 latest months that have one.
    public static func kept(_ entries: [Entry]) -> Set<String> {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        var kept = Set<String>()
        for (count, key) in [(7, { (date: Date) in calendar.dateComponents([.year, .month, .day], from: date) }),
                             (4, { calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: $0) }),
                             (12, { calendar.dateComponents([.year, .month], from: $0) })] {
            var seen: [DateComponents] = []
            for entry in entries {
                let period = key(entry.takenAt)
                guard !seen.contains(period) else { continue }
                guard seen.count < count else { break }
                seen.append(period)
                kept.insert(entry.path)
            }
        }
        return kept
    }

    /// Removes the backups the rotation no longer keeps; what was removed.
    @discardableResult
    public func prune() -> [Entry] {
        let all = entries(), kept = Self.kept(all)
        let removed = all.filter { !kept.contains($0.path) }
        for entry in removed { unlink(entry.path) }
        return removed
    }

    private static let stamp: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter
    }()

    /// Whether `name` is a dated backup's (`league-20261128-023000.sqlite`).
    static func isBackupName(_ name: String) -> Bool { takenAt(name) != nil }

    private static func takenAt(_ name: String) -> Date? {
        guard name.hasPrefix("league-"), name.hasSuffix(".sqlite") else { return nil }
        return stamp.date(from: String(name.dropFirst("league-".count).dropLast(".sqlite".count)))
    }
}

/// What a restore did: where the replaced database was kept, and the counts of the main
/// tables before and after, for the person to see that the right file came back; the photos
/// brought back with it, and those whose files the backup did not have.
public struct Restored: Sendable {
    public let keptAt: String
    public let counts: [(table: String, before: Int, after: Int)]
    public let photosCopied: Int
    public let photosMissing: Int
}

extension AppDatabase {
    /// A dated backup in `folder`, checked (integrity, references, schema), then the folder
    /// pruned to its rotation. Returns the new file; a backup that fails its check is removed
    /// and the problem thrown.
    public func backUp(into folder: String, at moment: Date) throws -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.backupFolderUnwritable(folder: folder)
        }
        let backups = BackupFolder(path: folder)
        let file = backups.file(at: moment)
        // The photos, shared by the folder's backups, first: only those it has not got are
        // copied, and a backup whose file is there has its photos.
        try photoFolder.copyMissing(to: PhotoFolder(path: folder + "/photos"), for: folder)
        try backup(to: file)
        let problems = try Self.checked(file)
        guard problems.isEmpty else {
            unlink(file)
            throw StoreError.corrupt(path: file, detail: problems.prefix(3).joined(separator: "; "))
        }
        backups.prune()
        return file
    }

    /// Puts the county in `backup` back in place of this database's: the backup is checked
    /// first (a CircleDesk database, not of a newer version, sound, the same county), the
    /// current one kept beside the file, and the backup copied in with SQLite's backup, so
    /// that the -wal beside the file cannot bring old pages back.
    public func restore(from backup: String, at moment: Date) throws -> Restored {
        guard FileManager.default.fileExists(atPath: backup) else { throw StoreError.noDatabase(path: backup) }
        let problems = try Self.checked(backup)
        guard problems.isEmpty else { throw StoreError.corrupt(path: backup, detail: problems.prefix(3).joined(separator: "; ")) }
        var readOnly = Self.baseConfiguration()
        readOnly.readonly = true
        let source = try StoreError.translating(path: backup) { try DatabaseQueue(path: backup, configuration: readOnly) }
        defer { try? source.close() }
        let theirs = try StoreError.translating(path: backup) { try source.read { db in try Self.countyName(db) } }
        let ours = try writer.read { db in try Self.countyName(db) }
        if let theirs, let ours, theirs != ours { throw StoreError.otherCounty(path: backup, county: theirs) }
        let before = try writer.read { db in try Self.mainCounts(db) }
        let kept = path + ".replaced-" + String(Int(moment.timeIntervalSince1970))
        try self.backup(to: kept)
        try StoreError.translating(path: path) { try source.backup(to: writer) }
        DamageMark.clear(for: path)
        let after = try writer.read { db in try Self.mainCounts(db) }
        // Photos only come: those of the replaced database stay (its keeping copy shows them).
        let copied = try PhotoFolder.of(file: backup).copyMissing(to: photoFolder)
        return Restored(keptAt: kept, counts: before.map { table, count in (table, count, after.first { $0.0 == table }?.1 ?? 0) },
                        photosCopied: copied, photosMissing: try missingPhotoFiles())
    }

    /// What is wrong with the file at `path`, opened read-only: not ours, newer, unsound.
    static func checked(_ path: String) throws -> [String] {
        var readOnly = baseConfiguration()
        readOnly.readonly = true
        return try StoreError.translating(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: readOnly)
            defer { try? queue.close() }
            let isOurs = try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID }
            guard isOurs else { throw StoreError.notCircleDesk(path: path) }
            let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
            let unknown = applied.subtracting(migrator.migrations)
            if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknownMigrations: unknown.sorted()) }
            return try queue.read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                    + (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in "\(try row.value("table") as String? ?? "?") refers to a missing row" })
            }
        }
    }

    private static func countyName(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'county_name'")
    }

    /// The tables a person would recognise, with their rows.
    private static func mainCounts(_ db: Database) throws -> [(String, Int)] {
        try ["help_request", "request_event", "cadre", "young_person", "diary", "survey_response", "suggestion", "photo"].map { table in
            (table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
        }
    }
}
