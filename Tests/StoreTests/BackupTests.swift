import Foundation
import GRDB
import LeagueCore
import Store
import Testing
import TestSupport

@Suite struct BackupTests {
    @Test("a backup is a whole, sound copy; an existing file is never replaced")
    func backup() throws {
        let folder = TemporaryFolder()
        let database = try AppDatabase.open(path: folder.file("league.sqlite"), mode: .createIfMissing)
        try database.ensureAdmin(login: "wangmin", at: Date(unixSeconds: 0))
        try database.backup(to: folder.file("copy.sqlite"))

        let copy = try AppDatabase.open(path: folder.file("copy.sqlite"), mode: .existing)
        #expect(try copy.operatorAccount(login: "wangmin")?.role == .admin)
        #expect(try copy.problems() == [])
        #expect(!folder.contents.contains { $0.contains("partial") })
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("copy.sqlite"))[.posixPermissions] as? Int
        #expect(mode == 0o600, "a copy of the county is its owner's alone")

        #expect(throws: StoreError.alreadyExists(path: folder.file("copy.sqlite"))) {
            try database.backup(to: folder.file("copy.sqlite"))
        }
    }

    @Test("check names a dropped append-only trigger, a dropped index and a changed trigger, and nothing on a sound file")
    func checkSeesTheSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        #expect(try AppDatabase.open(path: path, mode: .createIfMissing).problems() == [])
        let tampered = try DatabaseQueue(path: path)
        try tampered.write { db in
            try db.execute(sql: """
                DROP TRIGGER request_event_append_only_delete;
                DROP INDEX cadre_township;
                DROP TRIGGER request_event_append_only_update;
                CREATE TRIGGER request_event_append_only_update BEFORE UPDATE ON request_event BEGIN SELECT 1; END;
                """)
        }
        try tampered.close()
        #expect(try AppDatabase.open(path: path, mode: .existing).problems() == [
            "missing index cadre_township",
            "missing trigger request_event_append_only_delete",
            "trigger request_event_append_only_update is not as this version made it",
        ])
    }

    @Test("the first admin is whoever creates the database; a second call changes nothing")
    func firstAdmin() throws {
        let database = try AppDatabase.inMemory()
        let admin = try database.ensureAdmin(login: "chenjing", at: Date(unixSeconds: 10))
        #expect(admin.role == .admin)
        #expect(try database.ensureAdmin(login: "chenjing", at: Date(unixSeconds: 20)) == admin)
        #expect(try database.operatorAccount(login: "somebody") == nil)
    }
}
