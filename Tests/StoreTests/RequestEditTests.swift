import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

/// Correcting a request taken in: each field old → new in its history, the deadlines moved
/// with the urgency, and nothing written when the correction is refused.
@Suite struct RequestEditTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func row(_ id: Int64, _ database: AppDatabase) throws -> Row {
        try database.writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM help_request WHERE id = ?", arguments: [id])! }
    }

    private func edit(_ changes: [RequestField: String]) -> ActionInput {
        var input = ActionInput()
        input.changes = changes
        return input
    }

    @Test("a correction records each field before and after; a higher urgency brings the deadlines not yet met nearer by the difference")
    func recordsOldAndNew() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        // A published request, not yet contacted, of normal urgency, with a village.
        let id = try #require(try database.writer.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT id FROM help_request WHERE state = 'published' AND urgency = 0 AND first_contact_at IS NULL AND contact_point_id IS NOT NULL
                ORDER BY id LIMIT 1
                """)
        })
        let before = try row(id, database)
        let policy = try database.writer.read { try AppDatabase.slaPolicy($0) }
        let version = try database.requests.act("edit", on: id, version: before["version"], by: desk,
                                                input: edit([.title: "  生姜滞销，求销路  ", .urgency: "2"]), at: Self.now)
        let after = try row(id, database)
        #expect(after["title"] == "生姜滞销，求销路" && after["urgency"] == 2 && after["state"] == before["state"] as String)
        let nearer = policy.allowance(.normal, .firstContact).wholeSeconds - policy.allowance(.urgent, .firstContact).wholeSeconds
        #expect((after["first_contact_due"] as Int64) == (before["first_contact_due"] as Int64) - nearer)
        let resolutionNearer = policy.allowance(.normal, .resolution).wholeSeconds - policy.allowance(.urgent, .resolution).wholeSeconds
        #expect((after["resolution_due"] as Int64) == (before["resolution_due"] as Int64) - resolutionNearer)
        let last = try #require(try database.requests.requestDetail(id: id, now: Self.now)?.events.last)
        #expect(last.action == "edit" && last.actor == desk.name)
        #expect(last.changes == [.init(field: .title, before: before["title"], after: "生姜滞销，求销路"), .init(field: .urgency, before: "0", after: "2")])
        var search = QueueFilter()
        search.search = "求销路"
        #expect(try database.requests.queuePage(filter: search, sort: .priority, from: nil, direction: .after, limit: 5,
                                                now: Self.now).map(\.id) == [id], "the search finds the new title")

        // Another township: the village of the old one is forgotten.
        let township: Int64 = try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM township WHERE id != ? LIMIT 1",
                                                                                      arguments: [after["township_id"] as Int64])! }
        try database.requests.act("edit", on: id, version: version, by: desk, input: edit([.township: String(township)]), at: Self.now)
        let moved = try row(id, database)
        #expect(moved["township_id"] == township && (moved["contact_point_id"] as Int64?) == nil)
    }

    @Test("refused corrections write nothing: the same value, an empty title, an unknown category, a secretary moving a request away")
    func refusals() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let (id, version, township): (Int64, Int, Int64) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, version, township_id FROM help_request WHERE state = 'assigned' ORDER BY id LIMIT 1")!
            return (row["id"], row["version"], row["township_id"])
        }
        let title: String = try row(id, database)["title"]
        #expect(throws: EditError.nothingChanged) {
            try database.requests.act("edit", on: id, version: version, by: desk, input: edit([.title: title]), at: Self.now)
        }
        #expect(throws: EditError.empty(.title)) {
            try database.requests.act("edit", on: id, version: version, by: desk, input: edit([.title: "  "]), at: Self.now)
        }
        #expect(throws: EditError.unknown(.category, "99")) {
            try database.requests.act("edit", on: id, version: version, by: desk, input: edit([.category: "99"]), at: Self.now)
        }
        let townshipName: String = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT name FROM township WHERE id = ?", arguments: [township])! }
        try database.addOperator(login: "secretary", name: "书记", role: .townshipSecretary, township: townshipName, by: "tester", at: Self.now)
        let secretary = try #require(try database.operatorAccount(login: "secretary"))
        #expect(throws: EditError.townshipBySecretary) {
            try database.requests.act("edit", on: id, version: version, by: secretary, input: edit([.township: String(township == 1 ? 2 : 1)]), at: Self.now)
        }
        // Her own township's text she corrects.
        try database.requests.act("edit", on: id, version: version, by: secretary, input: edit([.body: "补充：已联系村委。"]), at: Self.now)
        #expect(try row(id, database)["version"] == version + 1, "only the secretary's own correction was written")
    }
}
