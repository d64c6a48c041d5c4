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

        #expect(throws: StoreError.alreadyExists(path: folder.file("copy.sqlite"))) {
            try database.backup(to: folder.file("copy.sqlite"))
        }
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
