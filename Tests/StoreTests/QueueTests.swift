import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// The sample county, shared by the queue tests that only read it.
private enum County {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!
    static let database: AppDatabase = try! SampleCountyTemplate.inMemory(now: now, creator: "tester")
}

@Suite struct QueueTests {
    let database = County.database

    /// Every row the filter shows, in `sort`'s order, worked out here the slow way.
    private func expected(_ filter: QueueFilter, _ sort: QueueSort) throws -> [QueueRow] {
        let all = try database.requests.queuePage(filter: filter, sort: .newest, from: nil, direction: .after, limit: 100_000, now: County.now)
        return all.sorted { a, b in
            switch sort {
            case .priority:
                if a.overdue != b.overdue { return a.overdue }
                if a.urgency != b.urgency { return a.urgency > b.urgency }
                return (a.createdAt, a.id) < (b.createdAt, b.id)
            case .newest: return (a.createdAt, a.id) > (b.createdAt, b.id)
            case .oldest: return (a.createdAt, a.id) < (b.createdAt, b.id)
            }
        }
    }

    /// The whole queue read page by page, forwards then backwards from the end.
    private func paged(_ filter: QueueFilter, _ sort: QueueSort, pageSize: Int) throws -> (forwards: [QueueRow], backwards: [QueueRow]) {
        func readAll(_ direction: QueueDirection) throws -> [QueueRow] {
            var rows: [QueueRow] = []
            while true {
                let page = try database.requests.queuePage(
                    filter: filter, sort: sort, from: rows.last?.position(in: sort), direction: direction, limit: pageSize, now: County.now)
                rows += page
                if page.count < pageSize { return rows }
            }
        }
        return (try readAll(.after), try readAll(.before))
    }

    @Test("paging forwards and backwards meets every row once, in order", arguments: QueueSort.allCases)
    func paging(sort: QueueSort) throws {
        let truth = try expected(QueueFilter(), sort)
        #expect(truth.count > 100)
        let (forwards, backwards) = try paged(QueueFilter(), sort, pageSize: 7)
        #expect(forwards.map(\.id) == truth.map(\.id))
        #expect(backwards.map(\.id) == truth.reversed().map(\.id))
    }

    @Test("a search in every state pages in order both ways; its overdue stretch reads the word's few open requests by id",
          arguments: ["台风过后", "青年", "村"])
    func searchEverywhere(word: String) throws {
        var filter = QueueFilter()
        filter.states = Set(RequestState.allCases)
        filter.search = word
        let truth = try expected(filter, .priority)
        #expect(Set(truth.map(\.state)).count > 1 && truth.contains(where: \.overdue), "\(word): \(truth.count) rows")
        let (forwards, backwards) = try paged(filter, .priority, pageSize: 7)
        #expect(forwards.map(\.id) == truth.map(\.id))
        #expect(backwards.map(\.id) == truth.reversed().map(\.id))
        // Not every request the word is in read and sorted: the overdue ones are open, and the
        // word is in fewer than a thousand open requests here, each read by its id.
        #expect(try overdueStretchPlan(filter, database).contains("SEARCH help_request USING INTEGER PRIMARY KEY (rowid=?)"))
    }

    /// How SQLite reads the first page's overdue stretch.
    private func overdueStretchPlan(_ filter: QueueFilter, _ database: AppDatabase) throws -> [String] {
        let overdueStretch = try #require(try database.requests.queuePageStatements(
            filter: filter, sort: .priority, from: nil, direction: .after, limit: 35, now: County.now).first)
        return try database.queryPlan(overdueStretch.sql, overdueStretch.arguments)
    }

    @Test("a word in a thousand open requests or more: the overdue stretch walks the open requests' priority index, and pages in order")
    func searchManyOpen() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: County.now)
        try database.copyRequests(rounds: 3)
        for states in [Set(RequestState.allCases), []] {
            var filter = QueueFilter()
            filter.states = states
            filter.search = "台风过后"
            #expect(try overdueStretchPlan(filter, database).first == "SCAN help_request USING INDEX help_request_open_priority")
            let all = try database.requests.queuePage(filter: filter, sort: .newest, from: nil, direction: .after, limit: 100_000, now: County.now)
            let first = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: 35, now: County.now)
            let second = try database.requests.queuePage(
                filter: filter, sort: .priority, from: first.last?.position(in: .priority), direction: .after, limit: 35, now: County.now)
            let truth = all.sorted { a, b in
                if a.overdue != b.overdue { return a.overdue }
                if a.urgency != b.urgency { return a.urgency > b.urgency }
                return (a.createdAt, a.id) < (b.createdAt, b.id)
            }
            #expect(all.count > QueueSQL.fewMatches && (first + second).map(\.id) == truth.prefix(70).map(\.id))
        }
    }

    @Test("a page after or before a row starts the index walk at that row, in every order: no page walks the rows it passes",
          arguments: QueueSort.allCases)
    func pageSeeks(sort: QueueSort) throws {
        let rows = try paged(QueueFilter(), sort, pageSize: 50).forwards
        // A row in the middle, and one at the first row of another urgency (where a page before
        // it reads the rest of the more urgent ones).
        let changing = rows.indices.dropFirst().first { rows[$0].urgency != rows[$0 - 1].urgency && rows[$0].overdue == rows[$0 - 1].overdue }
        for row in [rows[rows.count / 2]] + (changing.map { [rows[$0]] } ?? []) {
            for direction in [QueueDirection.after, .before] {
                let statements = try database.requests.queuePageStatements(
                    filter: QueueFilter(), sort: sort, from: row.position(in: sort), direction: direction, limit: 35, now: County.now)
                let plans = try statements.map { try database.queryPlan($0.sql, $0.arguments) }
                // The stretch holding the row is searched from it; the stretch after it, if one
                // is read, from its beginning.
                let first = try #require(plans.first)
                #expect(first.count == 1 && first[0].hasPrefix("SEARCH") && first[0].contains("created_at"), "\(sort) \(direction): \(plans)")
                #expect(plans.dropLast().allSatisfy { $0.allSatisfy { $0.hasPrefix("SEARCH") } }, "\(sort) \(direction): \(plans)")
            }
        }
    }

    @Test("the priority order puts every overdue request first, the most urgent of each first")
    func overdueFirst() throws {
        let rows = try paged(QueueFilter(), .priority, pageSize: 50).forwards
        let firstOnTime = try #require(rows.firstIndex { !$0.overdue })
        #expect(firstOnTime > 0)
        #expect(rows[firstOnTime...].allSatisfy { !$0.overdue })
        #expect(rows.first?.urgency == .urgent)
    }

    @Test("filters combine, and the counts agree with the rows")
    func filters() throws {
        var filter = QueueFilter()
        filter.townshipIds = [1]
        filter.urgencies = [.urgent, .high]
        let rows = try expected(filter, .priority)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.townshipId == 1 && $0.urgency >= .high && $0.state.isOpen })
        let counts = try database.requests.queueCounts(filter: filter, now: County.now)
        #expect(counts.total == rows.count)
        #expect(counts.overdue == rows.filter(\.overdue).count)

        var closed = QueueFilter()
        closed.states = [.closed]
        #expect(try database.requests.queueCounts(filter: closed, now: County.now).total == 275)
        var overdue = QueueFilter()
        overdue.overdueOnly = true
        #expect(try expected(overdue, .priority).allSatisfy(\.overdue))
    }

    @Test("search finds words of one, two and more characters, and parts of references", arguments: [
        "姜", "生姜", "生姜滞销", "万斤生姜滞销，求销售渠道", "QZ-2026", "\"引号", "%", "孤儿",
    ])
    func search(text: String) throws {
        var filter = QueueFilter()
        filter.states = Set(RequestState.allCases)
        filter.search = text
        let found = try expected(filter, .newest)
        let all: [Row] = try database.writer.read { db in try Row.fetchAll(db, sql: "SELECT id, ref, title, body FROM help_request") }
        let truth = all.filter { row in
            (row["title"] as String).contains(text) || (row["body"] as String).contains(text) || (row["ref"] as String).contains(text)
        }.map { $0["id"] as Int64 }
        #expect(Set(found.map(\.id)) == Set(truth), "\(text)")
        if text.contains("姜") { #expect(!found.isEmpty) }
    }

    @Test("the search index follows edits to a title")
    func searchFollowsEdits() throws {
        let database = try SampleCountyTemplate.inMemory(now: County.now, creator: "tester")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE help_request SET title = '独一无二的新标题' WHERE id = 5")
        }
        var filter = QueueFilter()
        filter.states = Set(RequestState.allCases)
        filter.search = "独一无二"
        let rows = try database.requests.queuePage(filter: filter, sort: .newest, from: nil, direction: .after, limit: 10, now: County.now)
        #expect(rows.map(\.id) == [5])
    }

    @Test("the open states the partial indexes were made for are still the open states; the waiting diaries' too")
    func frozenOpenStates() throws {
        #expect(RequestSQL.isOpen == Queue_v2.openStates)
        let waitingIndex = try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'diary_waiting'")
        }
        #expect(waitingIndex?.hasSuffix("WHERE state IN (\(DiaryState.waiting.sql))") == true, "\(waitingIndex ?? "")")
        #expect(DiaryState.waiting.sql == "'submitted', 'in_review'")
    }

    @Test("a value another program stored with the wrong type is a damaged file, said without the row's data")
    func mistypedValueIsDamage() throws {
        let database = try SampleCountyTemplate.inMemory(now: County.now, creator: "tester")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE help_request SET escalated_at = 'soon 13812345678' WHERE id = 5")
        }
        do {
            _ = try database.requests.requestDetail(id: 5, now: County.now)
            Issue.record("read a mistyped value")
        } catch let error as StoreError {
            guard case let .corrupt(_, detail) = error else { Issue.record("\(error)"); return }
            #expect(!detail.contains("13812345678") && !detail.contains("soon"))
        }
        #expect(try database.requests.requestDetail(id: 6, now: County.now) != nil)
    }

    @Test("overdue now and overdue as of now are the same requests")
    func overdueOnce() throws {
        let now = County.now.unixSeconds
        let (atNow, asOfNow) = try database.writer.read { db in
            (try Int64.fetchAll(db, sql: "SELECT id FROM help_request WHERE \(RequestSQL.deadlineMissed(at: now)) ORDER BY id"),
             try Int64.fetchAll(db, sql: "SELECT id FROM help_request WHERE \(RequestSQL.deadlineMissed(asOf: String(now))) ORDER BY id"))
        }
        #expect(!atNow.isEmpty)
        #expect(atNow == asOfNow)
    }

    @Test("a row with a column missing, mistyped or holding an unknown state is an error where it is read, not a trap")
    func rowsDecodeOrThrow() throws {
        let columns: [String: (any DatabaseValueConvertible)?] = [
            "id": 1, "ref": "QZ-2026-00001", "title": "t", "category_id": 1, "township_id": 1, "urgency": 2, "state": "published",
            "created_at": 10, "first_contact_due": 20, "first_contact_at": nil, "resolution_due": 30, "sla_paused_at": nil,
            "version": 1, "overdue": 0,
        ]
        #expect(try QueueRow(row: Row(columns)).state == .published)
        var unknown = columns
        unknown["state"] = "on_hold"
        #expect(throws: UnknownStoredValue.self) { try QueueRow(row: Row(unknown)) }
        var missing = columns
        missing.removeValue(forKey: "version")
        #expect(throws: (any Error).self) { try QueueRow(row: Row(missing)) }
        var null = columns
        null["created_at"] = .some(nil)
        #expect(throws: (any Error).self) { try QueueRow(row: Row(null)) }
    }

    @Test("the detail of a request has its names and its whole history")
    func detail() throws {
        let id: Int64 = try database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM help_request WHERE title = '台风后水稻绝收，陈粮被冲走'")!
        }
        let detail = try #require(try database.requests.requestDetail(id: id, now: County.now))
        #expect(detail.township == "三魁镇")
        #expect(detail.village == "庵前村")
        #expect(detail.assignee == "张传相")
        #expect(detail.events.first?.action == "collect")
        #expect(detail.events.last?.toState == .closed)
        #expect(try database.requests.requestDetail(id: 999_999, now: County.now) == nil)
    }
}
