import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct StatsTests {
    /// One township, one cadre, and requests whose deadlines fall either side of `now`.
    private func county() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO township (id, name, name_en, kind, position) VALUES (1, '罗阳镇', 'Luoyang', 'town', 0),
                  (2, '东溪乡', 'Dongxi', 'township', 1);
                INSERT INTO cadre (id, name, role, township_id, youth_in_contact, active) VALUES
                  (1, '张传相', 'league_cadre', 1, 300, 1), (2, '陈敏', 'volunteer', 2, 12, 0);
                """)
            // (ref, state, first contact due, first contact at, resolution due, paused)
            let requests: [(String, String, Int, Int?, Int, Int?)] = [
                ("QZ-2026-00001", "published", 900, nil, 5000, nil),    // no contact in time: overdue
                ("QZ-2026-00002", "in_progress", 900, 800, 999, nil),   // past resolution: overdue
                ("QZ-2026-00003", "in_progress", 900, 950, 5000, nil),  // contacted late, but contacted
                ("QZ-2026-00004", "needs_info", 900, nil, 999, 950),    // clock paused
                ("QZ-2026-00005", "closed", 900, nil, 999, nil),        // done
                ("QZ-2026-00006", "resolved", 900, 800, 999, nil),      // solved, awaiting follow-up
            ]
            for (ref, state, contactDue, contactAt, resolutionDue, paused) in requests {
                try db.execute(sql: """
                    INSERT INTO help_request (ref, title, body, category_id, urgency, township_id, source, state,
                      created_at, updated_at, first_contact_due, first_contact_at, resolution_due, sla_paused_at)
                    VALUES (?, '标题', '正文', 1, 0, 1, 'moments', ?, 0, 0, ?, ?, ?, ?)
                    """, arguments: [ref, state, contactDue, contactAt, resolutionDue, paused])
            }
        }
        return database
    }

    @Test("overdue means open, clock running, and past a deadline")
    func overdue() throws {
        let stats = try county().stats(now: Date(unixSeconds: 1000))
        #expect(stats.county.requests == 6)
        #expect(stats.county.openRequests == 4)
        #expect(stats.county.overdueRequests == 2)
        #expect(stats.county.solvedRequests == 2)
    }

    @Test("before any deadline nothing is overdue")
    func notYet() throws {
        #expect(try county().stats(now: Date(unixSeconds: 100)).county.overdueRequests == 0)
    }

    @Test("townships come in the county's order, with their own counts, and add up to the county")
    func perTownship() throws {
        let stats = try county().stats(now: Date(unixSeconds: 1000))
        #expect(stats.townships.map(\.name) == ["罗阳镇", "东溪乡"])
        #expect(stats.townships[0].figures.requests == 6)
        #expect(stats.townships[1].figures.requests == 0)
        #expect(stats.townships[1].figures.cadres == 1)
        #expect(stats.townships[1].figures.activeCadres == 0)
        #expect(stats.county.youthInContact == 312)
        #expect(stats.tables["help_request"] == 6)
        #expect(stats.tables["category"] == 8)
    }

    @Test("an empty database counts zeros, not errors")
    func empty() throws {
        let stats = try AppDatabase.inMemory().stats(now: Date())
        #expect(stats.county == CountyStats.Figures())
        #expect(stats.townships.isEmpty)
    }
}

@Suite struct StatsFromTalliesTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// Each township's figures counted from every row, as `stats` did before the tallies.
    private func counted(_ db: Database, now: Int64) throws -> [Int64: [Int]] {
        var figures: [Int64: [Int]] = [:]
        func add(_ sql: String, at offset: Int) throws {
            for row in try Row.fetchAll(db, sql: sql) {
                let township: Int64 = row[0]
                for column in 1..<row.count {
                    figures[township, default: Array(repeating: 0, count: 9)][offset + column - 1] += row[column] ?? 0
                }
            }
        }
        try add("""
            SELECT township_id, count(*), sum(\(RequestSQL.isOpen)), sum(\(RequestSQL.isOverdue(at: now))), sum(\(RequestSQL.isSolved))
            FROM help_request GROUP BY township_id
            """, at: 0)
        try add("""
            SELECT cadre.township_id, count(*), sum(diary.state IN (\(DiaryState.reviewed.sql)))
            FROM diary JOIN cadre ON cadre.id = diary.cadre_id GROUP BY cadre.township_id
            """, at: 4)
        try add("SELECT township_id, count(*) FROM survey_response GROUP BY township_id", at: 6)
        try add("SELECT township_id, count(*), count(answered_at) FROM suggestion WHERE township_id IS NOT NULL GROUP BY township_id", at: 7)
        return figures
    }

    @Test("each township's requests, diaries, responses and suggestions are those counted from every row, after moves by hand")
    func townshipsAsCounted() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let edits = [
            "UPDATE cadre SET township_id = (SELECT max(id) FROM township) WHERE id IN (SELECT cadre_id FROM diary ORDER BY id LIMIT 3)",
            "UPDATE survey_response SET township_id = 2 WHERE id % 7 = 0",
            "UPDATE suggestion SET township_id = NULL WHERE id % 5 = 0",
            "UPDATE suggestion SET answered_at = NULL WHERE id % 3 = 0",
            "UPDATE diary SET state = 'reviewed' WHERE id IN (SELECT id FROM diary WHERE state = 'submitted' LIMIT 4)",
            "UPDATE diary SET cadre_id = (SELECT min(id) FROM cadre) WHERE id % 11 = 0",
            "UPDATE help_request SET township_id = 3, state = 'closed' WHERE id % 13 = 0",
            "DELETE FROM suggestion WHERE id % 17 = 0",
        ]
        for edit in [nil] + edits {
            if let edit { try database.writer.write { try $0.execute(sql: edit) } }
            let stats = try database.stats(now: Self.now)
            let expected = try database.writer.read { try counted($0, now: Self.now.unixSeconds) }
            let ids = try database.writer.read { try Int64.fetchAll($0, sql: "SELECT id FROM township ORDER BY position") }
            for (id, township) in zip(ids, stats.townships) {
                let f = township.figures
                let shown = [f.requests, f.openRequests, f.overdueRequests, f.solvedRequests, f.diaries, f.reviewedDiaries,
                             f.surveyResponses, f.suggestions, f.answeredSuggestions]
                #expect(shown == expected[id] ?? Array(repeating: 0, count: 9), "\(edit ?? "as built"): \(township.name)")
            }
            #expect(stats.county.requests == stats.tables["help_request"] && stats.county.diaries == stats.tables["diary"])
        }
    }
}

@Suite struct StatsTablesTests {
    @Test("the rows of the tables that grow with the history, read from their tally, are those counted after rows are added and deleted")
    func grownTablesCounted() throws {
        let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!
        let database = try SampleCountyTemplate.inMemory(now: now, creator: "tester")
        let desk = try #require(try database.operatorAccount(login: "wangmin"))
        let edits = [
            "DELETE FROM diary_comment WHERE id % 3 = 0 AND id NOT IN (SELECT parent_id FROM diary_comment WHERE parent_id IS NOT NULL)",
            "DELETE FROM survey_answer WHERE response_id % 4 = 0 AND question_id % 2 = 0",
            """
            DELETE FROM survey_answer WHERE response_id % 5 = 0;
            DELETE FROM survey_response WHERE id % 5 = 0;
            """,
            """
            INSERT INTO diary_comment (diary_id, author_kind, author_name, body, created_at)
            SELECT diary_id, author_kind, author_name, body || '（再）', created_at + 1 FROM diary_comment WHERE id % 7 = 1
            """,
        ]
        for edit in [nil] + edits {
            if let edit { try database.writer.write { try $0.execute(sql: edit) } }
            _ = try database.requests.addRequest(NewRequest(title: "又一件", body: "新来的", category: "创业", township: "罗阳镇", requesterName: "李小梅",
                                                                            requesterPhone: "13900000000"),
                                                 by: desk, at: now)
            let tables = try database.stats(now: now).tables
            for table in Tallies.grownTables {
                let counted = try database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") }
                #expect(tables[table] == counted && counted ?? 0 > 0, "\(edit ?? "as built"): \(table)")
            }
        }
        // A tally row edited in by hand names no table of the county's.
        try database.writer.write { try $0.execute(sql: "INSERT INTO \(Tallies.tableRows.table) (name, rows) VALUES ('sqlite_master', 5)") }
        #expect(try database.stats(now: now).tables["sqlite_master"] == nil)
    }


    @Test("stats counts the county's tables, not the search index or SQLite's own")
    func ownTablesOnly() throws {
        let tables = try AppDatabase.inMemory().stats(now: Date()).tables.keys
        #expect(tables.contains("help_request"))
        #expect(!tables.contains { $0.hasPrefix("help_request_fts") || $0.hasPrefix("sqlite_") || $0 == "grdb_migrations" })
    }
}
