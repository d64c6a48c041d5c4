import DemoCounty
import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

@Suite struct TransitionTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func request(in state: RequestState, _ database: AppDatabase) throws -> (id: Int64, version: Int) {
        try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, version FROM help_request WHERE state = ? ORDER BY id LIMIT 1",
                                       arguments: [state.rawValue])!
            return (row["id"], row["version"])
        }
    }

    private func events(_ id: Int64, _ database: AppDatabase) throws -> [Row] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM request_event WHERE request_id = ? ORDER BY id", arguments: [id])
        }
    }

    @Test("two levels of review are two people: one operator's second approval is refused, unless an admin allowed it for the township, and the history says so")
    func fourEyes() throws {
        let folder = TemporaryFolder()
        let (database, wangmin) = try folder.sampleCountyAndDesk(now: Self.now)
        let zhoujie = try #require(try database.operatorAccount(login: "zhoujie"))
        let (id, version) = try request(in: .villageReview, database)
        var forBranch = ActionInput()
        forBranch.onBehalfOf = " 中垟村团支部 "
        let approved = try database.requests.act("village_approve", on: id, version: version, by: wangmin, input: forBranch, at: Self.now)
        #expect(throws: TransitionError.sameReviewer) {
            try database.requests.act("township_approve", on: id, version: approved, by: wangmin, input: ActionInput(), at: Self.now)
        }
        #expect(try database.requests.requestDetail(id: id, now: Self.now)?.row.state == .townshipReview, "nothing written")
        // A colleague makes the second approval.
        #expect(try database.requests.act("township_approve", on: id, version: approved, by: zhoujie, input: ActionInput(), at: Self.now) == approved + 1)
        let events = try #require(try database.requests.requestDetail(id: id, now: Self.now)?.events)
        #expect(events.suffix(2).map(\.onBehalfOf) == ["中垟村团支部", nil] && events.allSatisfy { !$0.oneReviewer })

        // A township with one secretary: an admin allows one person, and the history says so.
        let (other, otherVersion) = try request(in: .villageReview, database)
        let township = try #require(try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT t.name FROM help_request r JOIN township t ON t.id = r.township_id WHERE r.id = ?", arguments: [other])
        })
        #expect(throws: OperatorError.notAnAdmin(login: "zhoujie")) { try database.allowOneReviewer(township: township, true, by: "zhoujie", at: Self.now) }
        try database.allowOneReviewer(township: township, true, by: "tester", at: Self.now)
        #expect(try database.oneReviewerTownships() == [township])
        let first = try database.requests.act("village_approve", on: other, version: otherVersion, by: wangmin, input: ActionInput(), at: Self.now)
        try database.requests.act("township_approve", on: other, version: first, by: wangmin, input: ActionInput(), at: Self.now)
        let last = try #require(try database.requests.requestDetail(id: other, now: Self.now)?.events.last)
        #expect(last.action == "township_approve" && last.oneReviewer)
        try database.allowOneReviewer(township: township, false, by: "tester", at: Self.now)
        #expect(try database.oneReviewerTownships().isEmpty)
    }

    @Test("an action moves the request, bumps its version and records who, when and why")
    func records() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let (id, version) = try request(in: .published, database)
        var input = ActionInput()
        input.assigneeCadreId = 1
        let later = Self.now.addingTimeInterval(60)
        #expect(try database.requests.act("assign", on: id, version: version, by: desk, input: input, at: later) == version + 1)
        let detail = try #require(try database.requests.requestDetail(id: id, now: later))
        #expect(detail.row.state == .assigned)
        #expect(detail.assignee == "张传相")
        let last = try #require(try events(id, database).last)
        #expect(last["action"] == "assign")
        #expect(last["operator_id"] == desk.id)
        #expect(last["actor"] == "王敏")
        #expect(last["from_state"] == "published")
        #expect(last["to_state"] == "assigned")
        #expect(last["at"] == later.unixSeconds)
        // The history names whom: the cadre assigned, and for a merge the request it went into.
        #expect(detail.events.last?.target == "张传相")
        let (other, otherVersion) = try request(in: .villageReview, database)
        var merge = ActionInput()
        merge.target = detail.row.ref.lowercased()
        #expect(try database.requests.act("merge", on: other, version: otherVersion, by: desk, input: merge, at: later) == otherVersion + 1)
        #expect(try database.requests.requestDetail(id: other, now: later)?.events.last?.target == detail.row.ref)
        // The surviving request names the duplicate, and lists its requester to call back too.
        let survivor = try #require(try database.requests.requestDetail(id: id, now: later))
        let otherRef = try #require(try database.requests.requestDetail(id: other, now: later)?.row.ref)
        #expect(survivor.events.last?.mergedFrom == otherRef && survivor.row.version == version + 1, "its state and version stay")
        #expect(survivor.merged.map(\.ref) == [otherRef])
        let otherRequester = try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT y.name FROM help_request r JOIN young_person y ON y.id = r.requester_id WHERE r.id = ?", arguments: [other])
        }
        #expect(survivor.merged.first?.requester == otherRequester)
        // A target typed by its number alone is this year's request of that number.
        let (third, thirdVersion) = try request(in: .villageReview, database)
        let thisYear = try #require(try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT ref FROM help_request WHERE ref LIKE 'QZ-2026-%' AND id != ? ORDER BY id LIMIT 1", arguments: [third])
        })
        var short = ActionInput()
        short.target = String(Int(thisYear.suffix(5))!)
        #expect(try database.requests.act("merge", on: third, version: thirdVersion, by: desk, input: short, at: later) == thirdVersion + 1)
        #expect(try database.requests.requestDetail(id: third, now: later)?.events.last?.target == thisYear)
        let (fourth, fourthVersion) = try request(in: .villageReview, database)
        short.target = "99999"
        #expect(throws: TransitionError.noSuchTarget("99999")) {
            try database.requests.act("merge", on: fourth, version: fourthVersion, by: desk, input: short, at: later)
        }
    }

    @Test("acting on a version someone else changed is refused with who and when, and writes nothing")
    func staleVersion() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let (id, version) = try request(in: .inProgress, database)
        var note = ActionInput()
        note.note = "已电话联系"
        try database.requests.act("note", on: id, version: version, by: desk, input: note, at: Self.now)
        let before = try events(id, database).count
        #expect(throws: TransitionError.changedMeanwhile(by: "王敏", at: Self.now.unixSeconds, state: .inProgress, version: version + 1)) {
            try database.requests.act("note", on: id, version: version, by: desk, input: note, at: Self.now)
        }
        #expect(try events(id, database).count == before)
    }

    @Test("what the workflow refuses is not written, and the reason says what is missing")
    func refused() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let (id, version) = try request(in: .villageReview, database)
        #expect(throws: TransitionError.refused(.missing(action: "return", [.reason]))) {
            try database.requests.act("return", on: id, version: version, by: desk, input: ActionInput(), at: Self.now)
        }
        #expect(try request(in: .villageReview, database) == (id, version))
        let reader = try database.operatorAccount(login: "jiqing")!
        #expect(throws: TransitionError.refused(.roleMayNot(action: "submit", role: .readOnly))) {
            try database.requests.act("submit", on: try request(in: .collected, database).id, version: try request(in: .collected, database).version,
                             by: reader, input: ActionInput(), at: Self.now)
        }
    }

    @Test("time spent waiting on the requester does not count against the deadlines")
    func pausedClock() throws {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let (id, version) = try request(in: .villageReview, database)
        let due: (Int64, Int64) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT first_contact_due, resolution_due FROM help_request WHERE id = ?", arguments: [id])!
            return (row[0], row[1])
        }
        var reason = ActionInput()
        reason.reason = "请补充联系方式"
        try database.requests.act("return", on: id, version: version, by: desk, input: reason, at: Self.now)
        try database.requests.act("resubmit", on: id, version: version + 1, by: desk, input: ActionInput(), at: Self.now.addingTimeInterval(7200))
        let after: (Int64, Int64, Int64?) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT first_contact_due, resolution_due, sla_paused_at FROM help_request WHERE id = ?",
                                       arguments: [id])!
            return (row[0], row[1], row[2])
        }
        #expect(after.0 == due.0 + 7200)
        #expect(after.1 == due.1 + 7200)
        #expect(after.2 == nil)
    }

    @Test("two connections racing on the same requests lose no update: every success is one event and one version")
    func racing() throws {
        let folder = TemporaryFolder()
        let (first, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let second = try AppDatabase.open(path: folder.file("league.sqlite"), mode: .existing)
        let ids: [Int64] = try first.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM help_request WHERE state = 'in_progress' ORDER BY id LIMIT 3")
        }
        func versionsAndEvents() throws -> [Int64: (Int, Int)] {
            try first.writer.read { db in
                var result: [Int64: (Int, Int)] = [:]
                for id in ids {
                    result[id] = (try Int.fetchOne(db, sql: "SELECT version FROM help_request WHERE id = ?", arguments: [id])!,
                                  try Int.fetchOne(db, sql: "SELECT count(*) FROM request_event WHERE request_id = ?", arguments: [id])!)
                }
                return result
            }
        }
        let before = try versionsAndEvents()
        let successes = Successes()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let database = worker % 2 == 0 ? first : second
            var note = ActionInput()
            note.note = "worker \(worker)"
            for round in 0..<60 {
                let id = ids[round % ids.count]
                guard let version = try? database.writer.read({ db in
                    try Int.fetchOne(db, sql: "SELECT version FROM help_request WHERE id = ?", arguments: [id])
                }) ?? nil else { continue }
                if (try? database.requests.act("note", on: id, version: version, by: desk, input: note, at: Self.now)) != nil {
                    successes.add(id)
                }
            }
        }
        let after = try versionsAndEvents()
        for id in ids {
            let won = successes.count(id)
            #expect(won > 0)
            #expect(after[id]!.0 == before[id]!.0 + won)
            #expect(after[id]!.1 == before[id]!.1 + won)
        }
    }
}

/// Successful actions per request, counted from several threads.
private final class Successes: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int64: Int] = [:]

    func add(_ id: Int64) { lock.withLock { counts[id, default: 0] += 1 } }
    func count(_ id: Int64) -> Int { lock.withLock { counts[id] ?? 0 } }
}

@Suite struct UndoTests {
    private let later = TransitionTests.now.addingTimeInterval(3600)

    /// The sample county, 王敏 (desk), and the first published request, which she assigned an hour later.
    private func assigned(_ folder: TemporaryFolder) throws -> (AppDatabase, Operator, id: Int64, version: Int) {
        let database = try folder.sampleCounty(now: TransitionTests.now)
        let desk = try database.operatorAccount(login: "wangmin")!
        let (id, version): (Int64, Int) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, version FROM help_request WHERE state = 'published' ORDER BY id LIMIT 1")!
            return (row["id"], row["version"])
        }
        var input = ActionInput()
        input.assigneeCadreId = 1
        try database.requests.act("assign", on: id, version: version, by: desk, input: input, at: later)
        return (database, desk, id, version)
    }

    @Test("an assignment taken back: published again, no assignee, and the history says so")
    func undoAssign() throws {
        let folder = TemporaryFolder()
        let (database, desk, id, version) = try assigned(folder)
        let undone = try database.requests.undoLast(by: desk, at: later.addingTimeInterval(120))
        #expect(undone.action == "assign")
        let detail = try #require(try database.requests.requestDetail(id: id, now: later))
        #expect(detail.row.state == .published)
        #expect(detail.assignee == nil)
        #expect(detail.row.version == version + 2)
        #expect(detail.events.suffix(2).map(\.action) == ["assign", "undo"])
        #expect(detail.events.last?.toState == .published)
    }

    @Test("a first contact made by mistake is taken back, and with it the stopped clock; a start after an earlier contact leaves that contact")
    func undoContact() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: TransitionTests.now)
        let desk = try #require(try database.operatorAccount(login: "wangmin"))
        let id = try #require(try database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM help_request WHERE state = 'assigned' AND first_contact_at IS NULL ORDER BY id LIMIT 1")
        })
        func firstContact() throws -> Int64? { try database.requests.requestDetail(id: id, now: later)?.row.firstContactAt }
        let before = try firstContact()
        #expect(before == nil)
        var byPhone = ActionInput()
        byPhone.channel = ContactChannel.phone.rawValue
        let version = try #require(try database.requests.requestDetail(id: id, now: later)?.row.version)
        try database.requests.act("contact", on: id, version: version, by: desk, input: byPhone, at: later)
        #expect(try firstContact() == later.unixSeconds)
        #expect(try database.requests.undoLast(by: desk, at: later.addingTimeInterval(60)).action == "contact")
        #expect(try firstContact() == nil)
        let detail = try #require(try database.requests.requestDetail(id: id, now: later))
        #expect(detail.row.state == .assigned && detail.events.suffix(2).map(\.action) == ["contact", "undo"])
        // Contacted, then started later: taking back the start keeps the contact.
        let contacted = later.addingTimeInterval(120), started = later.addingTimeInterval(240)
        try database.requests.act("contact", on: id, version: detail.row.version, by: desk, input: byPhone, at: contacted)
        try database.requests.act("start", on: id, version: detail.row.version + 1, by: desk, input: ActionInput(), at: started)
        #expect(try database.requests.undoLast(by: desk, at: started.addingTimeInterval(60)).action == "start")
        #expect(try firstContact() == contacted.unixSeconds)
        #expect(try database.requests.requestDetail(id: id, now: started)?.row.state == .assigned)
    }

    @Test("no undo after a colleague acted, after the window, or of what is not a plain move")
    func refusals() throws {
        let folder = TemporaryFolder()
        let (database, desk, id, version) = try assigned(folder)
        #expect(throws: UndoError.tooLate(ref: try database.requests.requestDetail(id: id, now: later)!.row.ref, action: "assign")) {
            try database.requests.undoLast(by: desk, at: later.addingTimeInterval(31 * 60))
        }
        var note = ActionInput()
        note.note = "同事补充"
        try database.requests.act("note", on: id, version: version + 1, by: try database.operatorAccount(login: "zhoujie")!, input: note, at: later)
        #expect {
            try database.requests.undoLast(by: desk, at: later)
        } throws: { error in
            if case let .changedSince(_, by, _) = error as? UndoError { return by == "周杰" }
            return false
        }
        try database.requests.act("note", on: id, version: version + 2, by: desk, input: note, at: later)
        #expect {
            try database.requests.undoLast(by: desk, at: later)
        } throws: { error in
            if case let .notUndoable(_, action) = error as? UndoError { return action == "note" }
            return false
        }
    }
}

@Suite struct DeadlineSettingTests {
    @Test("an admin's change of the deadlines applies to requests collected afterwards; others may not change them")
    func configurable() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: TransitionTests.now, creator: "boss")
        #expect(throws: OperatorError.notAnAdmin(login: "wangmin")) {
            try database.setSLA(.urgent, .firstContact, hours: 2, by: "wangmin")
        }
        try database.setSLA(.urgent, .firstContact, hours: 2, by: "boss")
        let ref = try database.requests.addRequest(
            NewRequest(title: "孤儿求助", body: "急需帮助", category: "健康", township: "筱村镇", urgency: .urgent),
            by: try database.operatorAccount(login: "wangmin")!, at: TransitionTests.now)
        let due: (Int64, Int64, Int64) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT created_at, first_contact_due, resolution_due FROM help_request WHERE ref = ?", arguments: [ref])!
            return (row[0], row[1], row[2])
        }
        #expect(due.1 - due.0 == 7200)
        #expect(due.2 - due.0 == 3 * 86400)
    }
}
