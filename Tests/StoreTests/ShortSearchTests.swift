import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

/// One- and two-character words, found through the index of the requests' two-character
/// pieces: the same requests as reading every title and body, as requests are edited,
/// closed and reopened, among the open ones and in every state; and counts that stop at 999+.
@Suite struct ShortSearchTests {
    private static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// The open requests whose title or body holds `word` (a Latin letter in either case),
    /// or, for letters and digits, whose reference does: read one by one.
    private func holding(_ word: String, _ database: AppDatabase) throws -> Set<String> {
        try database.writer.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT ref FROM help_request WHERE \(RequestSQL.isOpen)
                  AND (instr(lower(title), lower(?1)) > 0 OR instr(lower(body), lower(?1)) > 0 OR (?2 AND instr(ref, upper(?1)) > 0))
                """, arguments: [word, word.allSatisfy(\.isASCII)]))
        }
    }

    private func found(_ word: String, _ database: AppDatabase) throws -> Set<String> {
        var filter = QueueFilter()
        filter.search = word
        return Set(try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: 10_000, now: Self.now).map(\.ref))
    }

    private let words = ["生姜", "姜", "生", "青年", "病", "就业", "2", "20", "工作", "猕猴", "桃", "a", "Z"]

    @Test("each short word finds exactly the open requests whose title or body holds it, before and after edits, closing and reopening")
    func sameAsReading() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        for word in words {
            #expect(try found(word, database) == holding(word, database), "\(word)")
        }
        #expect(try found("生姜", database).count >= 1 && found("青", database).count > 10)

        let admin = try #require(try database.operatorAccount(login: "tester"))
        let (id, version) = try database.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, version FROM help_request WHERE state = 'in_progress' ORDER BY id LIMIT 1")!
            return (row["id"] as Int64, row["version"] as Int)
        }
        var edit = ActionInput()
        edit.changes[.title] = "蜂蜜滞销求助"
        let edited = try database.requests.act("edit", on: id, version: version, by: admin, input: edit, at: Self.now)
        let ref = try #require(try database.writer.read { try String.fetchOne($0, sql: "SELECT ref FROM help_request WHERE id = ?", arguments: [id]) })
        #expect(try found("蜂蜜", database).contains(ref) && found("滞", database).contains(ref))

        var resolve = ActionInput()
        resolve.resolution = "已联系收购商"
        let resolved = try database.requests.act("resolve", on: id, version: edited, by: admin, input: resolve, at: Self.now)
        #expect(try !found("蜂蜜", database).contains(ref), "a resolved request is not among the open")
        var reopen = ActionInput()
        reopen.reason = "收购商没来"
        try database.requests.act("reopen", on: id, version: resolved, by: admin, input: reopen, at: Self.now)
        #expect(try found("蜂蜜", database).contains(ref), "reopened, it is found again")
        for word in words + ["蜂蜜", "蜜"] {
            #expect(try found(word, database) == holding(word, database), "\(word) after the changes")
        }
        #expect(try database.problems().isEmpty)
    }

    @Test("a word searched in every state is found in every state; one with a mark in it, by reading the texts")
    func everyState() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        var filter = QueueFilter()
        filter.search = "生姜"
        filter.states = Set(RequestState.allCases)
        let everywhere = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: 10_000, now: Self.now)
        let all = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM help_request WHERE instr(title, '生姜') > 0 OR instr(body, '生姜') > 0")
        }
        let open = try found("生姜", database)
        #expect(everywhere.count == all && everywhere.count > open.count)
        let marked = try holding("，", database), markedFound = try found("，", database)
        #expect(!marked.isEmpty && markedFound == marked)
    }

    @Test("counts stop at 999+; the monitoring's count is exact")
    func counts() throws {
        #expect(QueueCounts.shown(999) == "999" && QueueCounts.shown(1000) == "999+" && QueueCounts.shown(4) == "4")
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        try database.copyRequests(rounds: 3)
        let shown = try database.requests.queueCounts(filter: QueueFilter(), now: Self.now)
        let exact = try database.requests.queueCounts(filter: QueueFilter(), now: Self.now, exact: true)
        #expect(shown.total == QueueCounts.enough && exact.total > 1000)
        #expect(exact.overdue > 1000 && shown.overdue == QueueCounts.enough)
        #expect(shown.newToday == exact.newToday)
        // A search in every state and among the open requests (a plain one's matches counted in
        // the word's index alone; the open ones' overdue from their own index; in one township,
        // or of one category, through the requests): each count along its own index, the same
        // figures as counted exactly, as far as enough.
        var reachedEnough = 0, fewer = 0
        let cases: [(String, Int64?, Int64?)] = [
            ("青年", nil, nil), ("青年", 3, nil), ("青年", nil, 2), ("青", nil, nil), ("台风过后", nil, nil),
            ("台风过后", 5, nil), ("生姜", nil, nil), ("姜", nil, nil), ("希望", nil, nil), ("没有这个词", nil, nil), ("，", nil, nil),
        ]
        for (words, township, category) in cases {
            for states in [Set(RequestState.allCases), []] {
                var filter = QueueFilter(scope: township)
                filter.states = states
                filter.search = words
                if let category { filter.categoryIds = [category] }
                let wide = try database.requests.queueCounts(filter: filter, now: Self.now)
                let wideExact = try database.requests.queueCounts(filter: filter, now: Self.now, exact: true)
                let capped = QueueCounts(total: min(wideExact.total, QueueCounts.enough), overdue: min(wideExact.overdue, QueueCounts.enough),
                                         newToday: min(wideExact.newToday, QueueCounts.enough))
                #expect(wide == capped, "\(words) in \(township.map(String.init) ?? "the county"), category \(category.map(String.init) ?? "any"), \(states.isEmpty ? "open" : "every state")")
                if wideExact.total > QueueCounts.enough { reachedEnough += 1 } else if wideExact.total > 0 { fewer += 1 }
            }
        }
        #expect(reachedEnough >= 8 && fewer >= 8, "\(reachedEnough) past enough, \(fewer) fewer")
    }
}
