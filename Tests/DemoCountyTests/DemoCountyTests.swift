import DemoCounty
import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

/// The sample county at scale 1, seen at Saturday 28 November 2026, 09:00 in the county.
enum SampleCounty {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    static func make(seed: UInt64 = 2016) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try DemoCounty.fill(database, options: DemoOptions(seed: seed, now: now, creatorLogin: "tester"))
        return database
    }

    /// Built once and shared by the tests that only read it.
    nonisolated(unsafe) static let shared: AppDatabase = try! make()
}

@Suite struct DemoFiguresTests {
    let database = SampleCounty.shared

    private func fetch<T: DatabaseValueConvertible>(_ sql: String) throws -> T? {
        try database.writer.read { db in try T.fetchOne(db, sql: sql) }
    }

    @Test("the county's published figures hold at scale 1")
    func publishedFigures() throws {
        let county = try database.stats(now: SampleCounty.now).county
        #expect(county.townships == 19)
        #expect(county.cadres == 245)
        #expect(county.communes == 63)
        #expect(county.youthInContact == 75_215)
        #expect(county.solvedRequests == 283)
        #expect(county.suggestions == 149)
    }

    @Test("every township has at least one youth commune and its cadres")
    func everyTownshipCovered() throws {
        for township in try database.stats(now: SampleCounty.now).townships {
            #expect(township.figures.communes >= 1, "\(township.name)")
            #expect(township.figures.cadres >= 1, "\(township.name)")
            #expect(township.figures.contactPoints >= 3, "\(township.name)")
        }
    }

    @Test("open requests stand in every open state, some of them overdue at now")
    func openQueue() throws {
        let states: [String] = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT state FROM help_request ORDER BY state")
        }
        for state in RequestState.allCases {
            #expect(states.contains(state.rawValue), "no request in \(state)")
        }
        let county = try database.stats(now: SampleCounty.now).county
        #expect(county.overdueRequests > 0)
        #expect(county.overdueRequests < county.openRequests)
    }

    @Test("the article's own cases are there, in their townships")
    func articleCases() throws {
        let cases: [Row] = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT title, township.name AS township, state FROM help_request
                JOIN township ON township.id = help_request.township_id
                WHERE title IN ('万斤生姜滞销，求销售渠道', '孤儿身患重病，请大家接力', '27岁会计专业女生求职', '台风后水稻绝收，陈粮被冲走')
                """)
        }
        #expect(cases.count == 4)
        let found = Dictionary(uniqueKeysWithValues: cases.map { ($0["title"] as String, $0["township"] as String) })
        #expect(found["孤儿身患重病，请大家接力"] == "筱村镇")
        #expect(found["27岁会计专业女生求职"] == "罗阳镇")
        #expect(found["台风后水稻绝收，陈粮被冲走"] == "三魁镇")
        #expect(found["万斤生姜滞销，求销售渠道"] == "泗溪镇")
    }

    @Test("the typhoon farmer: reached at once by 张传相, visited twice, rice, oil and relief money, closed")
    func typhoonCase() throws {
        let (state, assignee, day, notes, answer): (String?, String?, String?, [String], String?) = try database.writer.read { db in
            let request = try Row.fetchOne(db, sql: """
                SELECT help_request.id, state, cadre.name AS assignee, created_at FROM help_request
                JOIN cadre ON cadre.id = assignee_cadre_id WHERE title LIKE '台风后水稻绝收%' ORDER BY created_at LIMIT 1
                """)!
            let id: Int64 = request["id"]
            return (request["state"], request["assignee"],
                    CountyTime.dayString(Date(unixSeconds: request["created_at"])),
                    try String.fetchAll(db, sql: "SELECT note FROM request_event WHERE request_id = ? AND action = 'note' ORDER BY id", arguments: [id]),
                    try String.fetchOne(db, sql: """
                        SELECT text FROM survey_answer JOIN survey_response ON survey_response.id = response_id
                        WHERE request_id = ? AND text IS NOT NULL
                        """, arguments: [id]))
        }
        #expect(state == "closed")
        #expect(assignee == "张传相")
        #expect(day == "2016-09-16")
        #expect(notes.count == 2)
        #expect(notes.last?.contains("米、油和慰问金") == true)
        #expect(answer == "我的联系人是青公社的张传相，很感激他。")
    }

    @Test("diaries come with and without reviews; the oldest waiting ones are over a week old")
    func diaries() throws {
        let county = try database.stats(now: SampleCounty.now).county
        #expect(county.diaries > 25_000)
        #expect(county.reviewedDiaries > 0)
        #expect(county.reviewedDiaries < county.diaries)
        let waitingLong: Int? = try fetch("""
            SELECT count(*) FROM diary WHERE state = 'submitted' AND submitted_at < \(SampleCounty.now.unixSeconds - 7 * 86400)
            """)
        #expect((waitingLong ?? 0) > 0)
        let doubleReviewed: Int? = try fetch("SELECT count(*) FROM (SELECT diary_id FROM diary_review GROUP BY diary_id HAVING count(*) = 2)")
        #expect((doubleReviewed ?? 0) > 0)
    }

    @Test("survey answers are there, periodic and follow-up, one follow-up per closed request")
    func surveys() throws {
        let periodic: Int? = try fetch("SELECT count(*) FROM survey_response JOIN survey ON survey.id = survey_id WHERE kind = 'periodic'")
        let followUps: Int? = try fetch("SELECT count(*) FROM survey_response WHERE request_id IS NOT NULL")
        let closed: Int? = try fetch("SELECT count(*) FROM help_request WHERE state = 'closed'")
        #expect((periodic ?? 0) > 1000)
        #expect(followUps == closed)
    }

    @Test("every request's events replay to its stored state and version")
    func eventsReplay() throws {
        let rows: [Row] = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT help_request.id, state, version, created_at, updated_at,
                       group_concat(coalesce(from_state, '-') || '>' || coalesce(to_state, '-'), ' ') AS path,
                       count(request_event.id) AS events, min(at) AS first, max(at) AS last
                FROM help_request JOIN (SELECT * FROM request_event ORDER BY request_id, id) AS request_event
                  ON request_id = help_request.id
                GROUP BY help_request.id ORDER BY help_request.id
                """)
        }
        #expect(rows.count == 428)
        for row in rows {
            let steps = (row["path"] as String).split(separator: " ").map { $0.split(separator: ">").map(String.init) }
            var state = "-"
            for step in steps {
                #expect(step[0] == state, "request \(row["id"] as Int64): \(row["path"] as String)")
                state = step[1]
            }
            #expect(state == row["state"], "request \(row["id"] as Int64)")
            #expect(row["version"] == row["events"] as Int)
            #expect(row["first"] == row["created_at"] as Int64)
            #expect(row["last"] == row["updated_at"] as Int64)
            #expect((row["last"] as Int64) <= SampleCounty.now.unixSeconds)
        }
    }

    @Test("every request's history is a path the workflow allows, ending in its stored state")
    func historiesFollowTheWorkflow() throws {
        let histories: [Row] = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT help_request.id, state, group_concat(action, ' ') AS actions
                FROM help_request JOIN (SELECT * FROM request_event ORDER BY request_id, id) ON request_id = help_request.id
                GROUP BY help_request.id ORDER BY help_request.id
                """)
        }
        var input = ActionInput()
        input.reason = "r"; input.resolution = "r"; input.assigneeCadreId = 1; input.target = "QZ"; input.note = "n"; input.channel = "phone"
        input.photos = ["ab"]
        for history in histories {
            let actions = (history["actions"] as String).split(separator: " ").map(String.init)
            #expect(actions.first == "collect")
            var state = Workflow.helpRequest.initial
            for action in actions.dropFirst() {
                switch Workflow.helpRequest.apply(action, to: state, by: Actor(role: .admin), input: input) {
                case let .success(step): state = step.to
                case let .failure(error): Issue.record("request \(history["id"] as Int64): \(action) from \(state): \(error)")
                }
            }
            #expect(state.rawValue == history["state"] as String)
        }
    }

    @Test("reference codes count up within each year in the order requests came in")
    func referenceCodes() throws {
        let refs: [String] = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT ref FROM help_request ORDER BY created_at, id")
        }
        var last: [Int: Int] = [:]
        for ref in refs {
            let code = try #require(ReferenceCode(ref))
            #expect(code.number == (last[code.year] ?? 0) + 1, "\(ref)")
            last[code.year] = code.number
        }
    }

    @Test("nothing is dangling: integrity and foreign keys hold")
    func sound() throws {
        #expect(try database.problems() == [])
    }
}

@Suite struct DemoDeterminismTests {
    @Test("the same seed and now give the same county; another seed another one")
    func deterministic() throws {
        let content = """
            SELECT (SELECT group_concat(ref || title || state || created_at, '|') FROM help_request)
                || (SELECT group_concat(name || coalesce(phone, ''), '|') FROM cadre)
                || (SELECT group_concat(work_log || visit_on, '|') FROM diary)
            """
        let first = try SampleCounty.make()
        let second = try SampleCounty.make()
        let other = try SampleCounty.make(seed: 7)
        func read(_ database: AppDatabase) throws -> String? {
            try database.writer.read { db in try String.fetchOne(db, sql: content) }
        }
        #expect(try read(first) == read(second))
        #expect(try first.stats(now: SampleCounty.now) == second.stats(now: SampleCounty.now))
        #expect(try read(first) != read(other))
        // The published figures do not depend on the seed.
        #expect(try other.stats(now: SampleCounty.now).county.solvedRequests == 283)
    }

    @Test("a moment before the plan's history could unfold, or a silly scale, is refused")
    func badOptions() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: DemoError.nowBeforeLaunch) {
            try DemoCounty.fill(database, options: DemoOptions(now: CountyTime.parseInstant("2016-08-01")!, creatorLogin: "x"))
        }
        #expect(throws: DemoError.scaleOutOfRange(0)) {
            try DemoCounty.fill(database, options: DemoOptions(scale: 0, now: SampleCounty.now, creatorLogin: "x"))
        }
    }
}

@Suite struct DemoFileTests {
    @Test("a disk that fills up leaves no file behind, and says so")
    func diskFull() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        #expect(throws: StoreError.diskFull(path: path)) {
            try DemoCounty.build(at: path, options: DemoOptions(now: SampleCounty.now, creatorLogin: "x", pageLimit: 200))
        }
        #expect(folder.contents == [])
    }

    @Test("an existing file is never replaced")
    func existing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("league.sqlite")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.alreadyExists(path: path)) {
            try DemoCounty.build(at: path, options: DemoOptions(now: SampleCounty.now, creatorLogin: "x"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mine".utf8))
    }
}
