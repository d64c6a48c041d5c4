import Foundation
import CSQLiteSetup
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import LeagueCore

/// The county's database: a SQLite file in WAL mode, opened and migrated in one place.
///
/// Reads and writes are named for their purpose, each feature's beside it (Queue/, Roster/,
/// …), and each write runs in one transaction that keeps the invariants. The connection
/// itself is not public: nothing outside the store reaches SQLite but through them.
public struct AppDatabase: Sendable {
    /// `PRAGMA application_id` of every CircleDesk database ("CDK1"): files of other
    /// programs are refused instead of being migrated.
    static let applicationID: Int32 = 0x4344_4B31

    let writer: any DatabaseWriter
    /// The file, or ":memory:".
    public let path: String
    /// Where the kept photos are: beside the file (`league.sqlite-photos`); for a database in
    /// memory, beside the file it copies or in a folder of the process's own.
    public let photoFolder: PhotoFolder

    /// The same database, its photos kept beside `file` (a database built under another name
    /// and moved into place when whole).
    public func withPhotos(beside file: String) -> AppDatabase {
        AppDatabase(writer: writer, path: path, photosOf: file)
    }

    /// Where the file was kept as it was, when this opening migrated it.
    public private(set) var keptBeforeMigration: String?

    init(writer: any DatabaseWriter, path: String, photosOf file: String? = nil) {
        self.writer = writer
        self.path = path
        photoFolder = file.map(PhotoFolder.of(file:)) ?? (path == ":memory:" ? PhotoFolder(beside: NSTemporaryDirectory() + "circledesk-\(getpid())")
                                                               : PhotoFolder.of(file: path))
    }

    /// All migrations, in order. Landed migrations are never edited.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(Schema_v1.identifier, migrate: Schema_v1.migrate)
        migrator.registerMigration(Seed_v1.identifier, migrate: Seed_v1.migrate)
        migrator.registerMigration(Queue_v2.identifier, migrate: Queue_v2.migrate)
        migrator.registerMigration(Roster_v3.identifier, migrate: Roster_v3.migrate)
        migrator.registerMigration(Review_v4.identifier, migrate: Review_v4.migrate)
        migrator.registerMigration(Summary_v5.identifier, migrate: Summary_v5.migrate)
        migrator.registerMigration(Service_v6.identifier, migrate: Service_v6.migrate)
        migrator.registerMigration(Chain_v7.identifier, migrate: Chain_v7.migrate)
        migrator.registerMigration(Pinyin_v8.identifier, migrate: Pinyin_v8.migrate)
        migrator.registerMigration(DayLog_v9.identifier, migrate: DayLog_v9.migrate)
        migrator.registerMigration(Photos_v10.identifier, migrate: Photos_v10.migrate)
        migrator.registerMigration(Tallies_v11.identifier, migrate: Tallies_v11.migrate)
        migrator.registerMigration(ShortSearch_v12.identifier, migrate: ShortSearch_v12.migrate)
        migrator.registerMigration(Summary_v13.identifier, migrate: Summary_v13.migrate)
        migrator.registerMigration(Roster_v14.identifier, migrate: Roster_v14.migrate)
        migrator.registerMigration(Changes_v15.identifier, migrate: Changes_v15.migrate)
        migrator.registerMigration(Satisfaction_v16.identifier, migrate: Satisfaction_v16.migrate)
        migrator.registerMigration(TownshipFigures_v17.identifier, migrate: TownshipFigures_v17.migrate)
        migrator.registerMigration(Changes_v18.identifier, migrate: Changes_v18.migrate)
        migrator.registerMigration(WeeklyFigures_v19.identifier, migrate: WeeklyFigures_v19.migrate)
        migrator.registerMigration(TownshipTable_v20.identifier, migrate: TownshipTable_v20.migrate)
        migrator.registerMigration(LastVisits_v21.identifier, migrate: LastVisits_v21.migrate)
        migrator.registerMigration(Calibration_v22.identifier, migrate: Calibration_v22.migrate)
        migrator.registerMigration(WeekEnds_v23.identifier, migrate: WeekEnds_v23.migrate)
        migrator.registerMigration(OpenWords_v24.identifier, migrate: OpenWords_v24.migrate)
        migrator.registerMigration(SatisfactionByCadre_v25.identifier, migrate: SatisfactionByCadre_v25.migrate)
        migrator.registerMigration(TallyTriggers_v26.identifier, migrate: TallyTriggers_v26.migrate)
        migrator.registerMigration(Silences_v27.identifier, migrate: Silences_v27.migrate)
        migrator.registerMigration(ContactTimes_v28.identifier, migrate: ContactTimes_v28.migrate)
        migrator.registerMigration(ResolutionTimes_v29.identifier, migrate: ResolutionTimes_v29.migrate)
        migrator.registerMigration(SuggestionList_v30.identifier, migrate: SuggestionList_v30.migrate)
        migrator.registerMigration(ReviewsByDiary_v31.identifier, migrate: ReviewsByDiary_v31.migrate)
        migrator.registerMigration(LateReviews_v32.identifier, migrate: LateReviews_v32.migrate)
        migrator.registerMigration(WeekReviews_v33.identifier, migrate: WeekReviews_v33.migrate)
        migrator.registerMigration(Suggestions_v34.identifier, migrate: Suggestions_v34.migrate)
        migrator.registerMigration(EveryWeekEnd_v35.identifier, migrate: EveryWeekEnd_v35.migrate)
        migrator.registerMigration(TableRows_v36.identifier, migrate: TableRows_v36.migrate)
        return migrator
    }

    public enum OpenMode: Sendable {
        /// Fail with `StoreError.noDatabase` when there is no file, and with
        /// `StoreError.needsMigration` when it was written by an older version.
        case existing
        /// An existing file, brought up to this version after a backup beside it
        /// (`circledesk migrate`, and the server).
        case migrating
        /// An existing file, an older one included, opened only to be read and copied (a
        /// backup; the package backs up before the server migrates): never migrated, never
        /// written, so that a colleague's long write does not stand in its way.
        case copying
        /// Create the file (and its folders) when there is none.
        case createIfMissing
        /// An existing file about to be replaced whole by a backup (`restore`): written even
        /// when marked damaged.
        case replacing
    }

    /// Opens the database file at `path` for everyday use: WAL, foreign keys, a busy
    /// timeout, and every migration applied. Files that are not CircleDesk databases, or
    /// were written by a newer version, are refused before anything is written to them.
    public static func open(path: String, mode: OpenMode) throws -> AppDatabase {
        try open(path: path, mode: mode) { configuration in
            try DatabasePool(path: path, configuration: configuration)
        }
    }

    /// An empty, migrated database in memory, for tests and benchmarks.
    public static func inMemory() throws -> AppDatabase {
        let queue = try DatabaseQueue(configuration: baseConfiguration())
        try migrator.migrate(queue)
        return AppDatabase(writer: queue, path: ":memory:")
    }

    /// A copy in memory of the county in the file at `path` (which is only read), migrated:
    /// a sample county built once and given to each test that changes it.
    public static func inMemory(copyOf path: String) throws -> AppDatabase {
        try StoreError.translating(path: path) {
            var readOnly = Configuration()
            readOnly.readonly = true
            // Readers opening the file at once may find its WAL index being rebuilt: wait.
            readOnly.busyMode = .timeout(10)
            let file = try DatabaseQueue(path: path, configuration: readOnly)
            let queue = try DatabaseQueue(configuration: baseConfiguration())
            try file.backup(to: queue)
            try file.close()
            try migrator.migrate(queue)
            return AppDatabase(writer: queue, path: ":memory:", photosOf: path)
        }
    }

    /// Opens `path` with a writer made by `makeWriter`, validated and migrated under the
    /// folder lock so that concurrent starts cannot race on a new file.
    static func open(
        path: String, mode: OpenMode, configure: (inout Configuration) -> Void = { _ in },
        makeWriter: (Configuration) throws -> any DatabaseWriter
    ) throws -> AppDatabase {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "is a folder")
        }
        // A file that is there but not ours to read is not "no database", nor "cannot open".
        if exists, access(path, R_OK) != 0, errno == EACCES { throw StoreError.permissionDenied(path: path) }
        var status = stat()
        if exists, stat(path, &status) == 0 {
            // SQLite would take /dev/null for an empty database and write a journal beside it.
            guard status.st_mode & S_IFMT == S_IFREG else { throw StoreError.notARegularFile(path: path) }
            if status.st_size == 0, mode != .createIfMissing { throw StoreError.emptyFile(path: path) }
        }
        if !exists, mode != .createIfMissing {
            // A file that is there but not ours to see is not "no database".
            if stat(path, &status) != 0, errno == EACCES { throw StoreError.permissionDenied(path: path) }
            throw StoreError.noDatabase(path: path)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !exists { try createFolder(folder, for: path) }
        var configuration = baseConfiguration()
        // A file this login may read but not write is still read; a change says read-only.
        // So is one found damaged: a change says so, and points to a restore.
        let damaged = exists && DamageMark.isSet(for: path) && mode != .replacing
        if damaged, mode == .migrating { throw StoreError.damaged(path: path) }
        if exists { ReaderLeftovers.clearStale(path) }
        let mayNotWrite = exists && access(path, W_OK) != 0
        configuration.readonly = mode == .copying || damaged || mayNotWrite
        if mayNotWrite { ReaderLeftovers.note(path) }
        configure(&configuration)
        do {
            return try openLocked(path: path, folder: folder, mode: mode, configuration: configuration, makeWriter: makeWriter)
        } catch StoreError.readOnly where configuration.readonly && access(folder, W_OK) != 0 {
            // Reading a WAL database needs its -shm beside it, which cannot be made here.
            throw StoreError.readOnlyFolder(path: path)
        }
    }

    private static func openLocked(
        path: String, folder: String, mode: OpenMode, configuration: Configuration, makeWriter: (Configuration) throws -> any DatabaseWriter
    ) throws -> AppDatabase {
        try FolderLock.withLock(folder: folder) {
            try StoreError.translating(path: path) {
                let pending = FileManager.default.fileExists(atPath: path) ? try probe(path) : []
                var kept: String?
                // Before any migration: a backup, or a refusal where this opening may not migrate.
                func prepare(for pending: [String]) throws {
                    guard !pending.isEmpty, kept == nil else { return }
                    switch mode {
                    case .migrating: kept = try backUpBeforeMigrating(path)
                    case .copying: break
                    case .existing, .createIfMissing, .replacing: throw StoreError.needsMigration(path: path, pending: pending)
                    }
                }
                try prepare(for: pending)
                let writer = try makeWriter(configuration)
                // On the writer, whose schema is read already: a reader opens at the first read.
                // It finds what a header taken at its word would hide (a migration's row deleted).
                try prepare(for: writer.writeWithoutTransaction { db in try validate(db, path: path) })
                if mode != .copying {
                    try migrator.migrate(writer)
                    // Where this opening may write and wait: a desk's everyday opening writes nothing,
                    // nor waits behind a colleague's import to (an unmarked file is read the slower way
                    // until `migrate`, the server or the package's upgrade opens it).
                    if [.migrating, .createIfMissing].contains(mode), !configuration.readonly { try stampVersion(writer) }
                }
                var database = AppDatabase(writer: writer, path: path)
                database.keptBeforeMigration = kept
                return database
            }
        }
    }

    /// SQLite's process-wide options (CSQLiteSetup), set before this process's first connection.
    private static let sqliteSetUp: Void = { _ = circledesk_sqlite_setup() }()

    static func baseConfiguration() -> Configuration {
        sqliteSetUp
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(LockWait.handler)
        // The history's seals are made by triggers that call it (see EventChain).
        configuration.prepareDatabase { db in db.add(function: EventChain.function) }
        return configuration
    }

    /// Looks at an existing file read-only before anything writes to it: opening a pool
    /// would switch a stranger's file to WAL. (A read-only look at a file already in WAL
    /// mode may leave the usual -wal and -shm beside it; its data is untouched.) Not
    /// `immutable`: another process may be writing the file at this moment.
    /// Returns the migrations an older file still needs (none for an empty one). A file whose
    /// header says it is this version's is taken at its word without reading its schema; the
    /// writer validates it again once opened.
    private static func probe(_ path: String) throws -> [String] {
        var applicationID: Int32 = 0, userVersion: Int32 = 0
        if circledesk_sqlite_header(path, &applicationID, &userVersion) == 0, applicationID == Self.applicationID {
            // Schema read skipped: 7 ms at v35, once more for every connection a process opens.
            if userVersion == migrator.migrations.count { return [] }
            if userVersion > migrator.migrations.count { throw newerVersion(userVersion: Int(userVersion), path: path) }
        }
        var readOnly = baseConfiguration()
        readOnly.readonly = true
        let probe = try DatabaseQueue(path: path, configuration: readOnly)
        defer { try? probe.close() }
        return try probe.read { db in try validate(db, path: path) }
    }

    /// Refuses other programs' SQLite files and files written by a newer CircleDesk;
    /// returns the migrations an older file still needs.
    private static func validate(_ db: Database, path: String) throws -> [String] {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let isEmpty = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
        if applicationID != Self.applicationID {
            guard applicationID == 0, isEmpty else { throw StoreError.notCircleDesk(path: path) }
            return []
        }
        let applied = try migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(migrator.migrations)
        if !unknown.isEmpty {
            throw StoreError.newerVersion(path: path, unknownMigrations: unknown.sorted())
        }
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if userVersion > migrator.migrations.count { throw newerVersion(userVersion: userVersion, path: path) }
        return migrator.migrations.filter { !applied.contains($0) }
    }

    /// SQLite's user_version is the number of migrations the file has (0 before this was
    /// kept): a file of this version says so in its header, and a newer version's says more.
    /// Set after migrating (and on a file made here), in one place, so that no migration has
    /// to remember it.
    private static func stampVersion(_ writer: any DatabaseWriter) throws {
        let count = migrator.migrations.count
        // Without a transaction: opening a file of this version takes no lock to write.
        try writer.writeWithoutTransaction { db in
            if try Int.fetchOne(db, sql: "PRAGMA user_version") != count {
                try db.execute(sql: "PRAGMA user_version = \(count)")
            }
        }
    }

    private static func newerVersion(userVersion: some BinaryInteger, path: String) -> StoreError {
        StoreError.newerVersion(path: path, unknownMigrations: ["user_version \(userVersion)"])
    }

    /// The file as it was, kept beside it before any migration touches it:
    /// `league.sqlite.before-v1-<unix time>`.
    private static func backUpBeforeMigrating(_ path: String) throws -> String {
        var readOnly = baseConfiguration()
        readOnly.readonly = true
        let source = try DatabaseQueue(path: path, configuration: readOnly)
        defer { try? source.close() }
        let applied = try source.read { db in try migrator.appliedIdentifiers(db) }
        // Named by the version it holds: `v1`, the first word of its last migration.
        let version = migrator.migrations.last { applied.contains($0) }?.split(separator: " ").first.map(String.init) ?? "v0"
        let destination = path + ".before-\(version)-\(Int(Date().timeIntervalSince1970))"
        try copy(source, to: destination)
        return destination
    }

    private static func createFolder(_ folder: String, for path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "cannot create the folder \(folder)")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) is not writable")
        }
    }
}

extension StoreError {
    /// Runs `body`, turning SQLite's errors about the file into errors a user can act on.
    public static func translating<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(fault: error, path: path) ?? error
        } catch let error as UnknownStoredValue {
            throw StoreError.corrupt(path: path, detail: error.description)
        } catch let error as MissingStoredValue {
            throw StoreError.corrupt(path: path, detail: error.description)
        } catch is RowDecodingError {
            // Its own description shows the whole row, personal data and all.
            throw StoreError.corrupt(path: path, detail: "a stored value has a type this version cannot read")
        }
    }
}
