import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct OpeningTests {
    @Test("a new file is created in WAL mode, with its folders, every migration applied")
    func createsNewFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a/b/league.sqlite")
        let database = try AppDatabase.open(path: path, mode: .createIfMissing)
        let (journal, foreignKeys, migrated, categories, rubrics) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try AppDatabase.migrator.hasCompletedMigrations(db),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM category"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM rubric"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(migrated)
        #expect(categories == 8)
        #expect(rubrics == 1)
        #expect(try database.problems() == [])
    }

    @Test("opening with .existing never creates a file")
    func existingOnly() {
        let folder = TemporaryFolder()
        let path = folder.file("missing.sqlite")
        #expect(throws: StoreError.noDatabase(path: path)) { try AppDatabase.open(path: path, mode: .existing) }
        #expect(folder.contents == [])
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func notSQLite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.sqlite")
        let text = Data("这不是数据库 — just some notes\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notSQLite(path: path)) { try AppDatabase.open(path: path, mode: .existing) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
        #expect(folder.contents == ["notes.sqlite"])
    }

    @Test("another program's SQLite file is refused and left as it was")
    func otherProgram() throws {
        let folder = TemporaryFolder()
        let path = folder.file("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notCircleDesk(path: path)) { try AppDatabase.open(path: path, mode: .createIfMissing) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database written by a newer version is refused, untouched")
    func newerVersion() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        let database = try AppDatabase.open(path: path, mode: .createIfMissing)
        // What a newer version leaves: a migration this one does not know, counted in the header.
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
            try db.execute(sql: "PRAGMA user_version = \(AppDatabase.migrator.migrations.count + 1)")
        }
        try database.writer.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerVersion(path: path, unknownMigrations: ["user_version \(AppDatabase.migrator.migrations.count + 1)"])) {
            try AppDatabase.open(path: path, mode: .existing)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a migration this version does not know is refused even when the header does not count it")
    func unknownMigration() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        let database = try AppDatabase.open(path: path, mode: .createIfMissing)
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9 from the future')")
        }
        try database.writer.close()
        #expect(throws: StoreError.newerVersion(path: path, unknownMigrations: ["v9 from the future"])) {
            try AppDatabase.open(path: path, mode: .existing)
        }
    }

    @Test("a header that counts a migration the file lacks is not taken at its word: the file is not migrated without a backup")
    func headerOverCounts() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        let last = try #require(AppDatabase.migrator.migrations.last)
        let database = try AppDatabase.open(path: path, mode: .createIfMissing)
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [last])
        }
        try database.writer.close()
        #expect(throws: StoreError.needsMigration(path: path, pending: [last])) { try AppDatabase.open(path: path, mode: .existing) }
    }

    @Test("the header counts the migrations: set on a new file and by a migrating opening, never by a desk's")
    func headerCountsMigrations() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        let count = AppDatabase.migrator.migrations.count
        func userVersion(_ path: String) throws -> Int? {
            let file = try DatabaseQueue(path: path)
            defer { try? file.close() }
            return try file.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        }
        let fresh = folder.file("fresh.sqlite")
        try AppDatabase.open(path: fresh, mode: .createIfMissing).writer.close()
        #expect(try userVersion(fresh) == count)
        // As a version before the count left its file: one migration short, the header 0.
        let migrations = AppDatabase.migrator.migrations
        let (last, beforeLast) = (migrations[count - 1], migrations[count - 2])
        let older = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(older, upTo: beforeLast)
        try older.close()
        #expect(throws: StoreError.needsMigration(path: path, pending: [last])) { try AppDatabase.open(path: path, mode: .existing) }
        #expect(try userVersion(path) == 0)
        let migrated = try AppDatabase.open(path: path, mode: .migrating)
        try migrated.writer.close()
        #expect(try userVersion(path) == count)
        try AppDatabase.open(path: path, mode: .existing).writer.close()
        #expect(try userVersion(path) == count)
        // A file of this version unmarked (as v35 left it): a desk's opening writes nothing to
        // it, the migrating opening marks it.
        let unmarked = try DatabaseQueue(path: fresh)
        try unmarked.write { db in try db.execute(sql: "PRAGMA user_version = 0") }
        try unmarked.close()
        try AppDatabase.open(path: fresh, mode: .existing).writer.close()
        #expect(try userVersion(fresh) == 0)
        try AppDatabase.open(path: fresh, mode: .migrating).writer.close()
        #expect(try userVersion(fresh) == count)
    }

    @Test("a path that cannot be created says why", arguments: ["file/league.sqlite", "folder"])
    func unwritable(relative: String) throws {
        let folder = TemporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file("file")))
        try FileManager.default.createDirectory(atPath: folder.file("folder"), withIntermediateDirectories: false)
        let path = folder.file(relative)
        #expect {
            try AppDatabase.open(path: path, mode: .createIfMissing)
        } throws: { error in
            guard case let .cannotOpen(errorPath, reason) = error as? StoreError else { return false }
            return errorPath == path && !reason.isEmpty
        }
    }

    @Test("a database made by any earlier set of migrations is brought up to date by a migrating opening only, its data kept")
    func upgradesOlderDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.sqlite")
        let migrations = AppDatabase.migrator.migrations
        for (index, earlier) in migrations.dropLast().enumerated() {
            let file = path + "\(index)"
            let old = try DatabasePool(path: file)
            try AppDatabase.migrator.migrate(old, upTo: earlier)
            try old.write { db in
                try db.execute(sql: "INSERT INTO township (name, name_en, kind, position) VALUES ('罗阳镇', 'Luoyang', 'town', 0)")
            }
            try old.close()
            #expect(throws: StoreError.needsMigration(path: file, pending: Array(migrations.dropFirst(index + 1)))) {
                try AppDatabase.open(path: file, mode: .existing)
            }
            let database = try AppDatabase.open(path: file, mode: .migrating)
            #expect(database.keptBeforeMigration?.hasPrefix(file + ".before-") == true)
            let (migrated, township) = try database.writer.read { db in
                (try AppDatabase.migrator.hasCompletedMigrations(db), try String.fetchOne(db, sql: "SELECT name FROM township"))
            }
            #expect(migrated)
            #expect(township == "罗阳镇")
        }
    }

    @Test("the schema saved when v1 landed is refused for everyday use, then migrated after a backup of it as it was")
    func savedSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.file("saved.sqlite")
        let sql = try String(contentsOf: try #require(Bundle.module.url(forResource: "schema-v1", withExtension: "sql", subdirectory: "Fixtures")),
                             encoding: .utf8)
        let saved = try DatabaseQueue(path: path)
        try saved.writeWithoutTransaction { db in try db.execute(sql: sql) }
        let v1 = try schema(of: saved)
        try saved.close()
        // The fixture holds v1's two migrations; every later one is pending.
        let pending = Array(AppDatabase.migrator.migrations.dropFirst(2))
        #expect(pending.first == "v2 queue indexes and search")
        #expect(throws: StoreError.needsMigration(path: path, pending: pending)) {
            try AppDatabase.open(path: path, mode: .existing)
        }
        #expect(folder.contents == ["saved.sqlite"], "a refused opening leaves the file as it was")
        let database = try AppDatabase.open(path: path, mode: .migrating)
        #expect(try database.problems() == [])
        #expect(try schema(of: database) == schema(of: try AppDatabase.inMemory()))
        let kept = try #require(database.keptBeforeMigration)
        #expect(kept.hasPrefix(path + ".before-"))
        #expect(try schema(of: DatabaseQueue(path: kept)) == v1)
        let again = try AppDatabase.open(path: path, mode: .migrating)
        #expect(again.keptBeforeMigration == nil, "an up-to-date file is not copied again")
    }

    @Test("a tally's trigger kept in an earlier, equivalent text is made again by the migration, and check finds the file sound")
    func tallyTriggersMadeAgain() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        try AppDatabase.open(path: path, mode: .createIfMissing).writer.close()
        // The cadres' last visits' trigger as a file migrated to v21 before its parts were
        // rewritten holds it.
        let earlier = """
            CREATE TRIGGER cadre_last_visit_diary_insert AFTER INSERT ON diary BEGIN INSERT INTO cadre_last_visit (cadre_id, last_visit)
            SELECT cadre_id, last_visit FROM (SELECT new.cadre_id AS cadre_id, new.visit_on AS last_visit) WHERE true
            ON CONFLICT (cadre_id) DO UPDATE SET last_visit = max(last_visit, excluded.last_visit); END
            """
        let saved = try DatabaseQueue(path: path)
        try saved.write { db in
            try db.execute(sql: "DROP TRIGGER cadre_last_visit_diary_insert")
            try db.execute(sql: earlier)
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [TallyTriggers_v26.identifier])
        }
        let expected = try AppDatabase.inMemory().schemaObjects()["cadre_last_visit_diary_insert"]
        #expect(try saved.read { try AppDatabase.schemaObjects($0)["cadre_last_visit_diary_insert"] } != expected)
        try saved.close()
        let database = try AppDatabase.open(path: path, mode: .migrating)
        #expect(try database.schemaObjects()["cadre_last_visit_diary_insert"] == expected)
        #expect(try database.problems() == [])
    }

    @Test("request events cannot be changed or deleted")
    func appendOnlyEvents() throws {
        let database = try AppDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO township (id, name, name_en, kind, position) VALUES (1, '罗阳镇', 'Luoyang', 'town', 0);
                INSERT INTO help_request (id, ref, title, body, category_id, urgency, township_id, source, state,
                  created_at, updated_at, first_contact_due, resolution_due)
                VALUES (1, 'QZ-2026-00001', 't', 'b', 1, 0, 1, 'moments', 'collected', 0, 0, 0, 0);
                INSERT INTO request_event (request_id, at, actor, action, to_state) VALUES (1, 0, '陈', 'collect', 'collected');
                """)
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in try db.execute(sql: "UPDATE request_event SET actor = '王'") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in try db.execute(sql: "DELETE FROM request_event") }
        }
    }

    @Test("two connections creating the same new file at once both succeed")
    func concurrentCreation() async throws {
        for round in 0..<10 {
            let folder = TemporaryFolder()
            let path = folder.file("race\(round).sqlite")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask { _ = try AppDatabase.open(path: path, mode: .createIfMissing) }
                }
                try await group.waitForAll()
            }
            let database = try AppDatabase.open(path: path, mode: .existing)
            #expect(try database.problems() == [])
        }
    }

    private func schema(of database: AppDatabase) throws -> [String] { try schema(of: database.writer) }

    private func schema(of reader: any DatabaseReader) throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name != 'grdb_migrations' ORDER BY name")
        }
    }
}
