import DemoCounty
import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

@Suite struct RosterTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private func sanKui(_ database: AppDatabase) throws -> Int64 {
        try database.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM township WHERE name = '三魁镇'")! }
    }

    @Test("the township table adds up to the county's figures")
    func townshipTable() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let summaries = try database.roster.townshipSummaries(now: Self.now)
        let stats = try database.stats(now: Self.now)
        #expect(summaries.count == 19)
        #expect(summaries.map(\.name) == stats.townships.map(\.name))
        #expect(summaries.map(\.activeCadres).reduce(0, +) == stats.county.activeCadres)
        #expect(summaries.map(\.communes).reduce(0, +) == 63)
        #expect(summaries.map(\.openRequests).reduce(0, +) == stats.county.openRequests)
        #expect(summaries.map(\.overdueRequests).reduce(0, +) == stats.county.overdueRequests)
        #expect(summaries.allSatisfy { $0.communes >= 1 })
        #expect(summaries.contains { $0.diariesThisMonth > 0 && $0.meanScore != nil })
        #expect(summaries.contains { $0.satisfaction.shown })
        // Youth in contact: each township's active cadres', counted one by one.
        let youth = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT township_id, youth_in_contact, active FROM cadre").reduce(into: [Int64: Int]()) {
                if $1["active"] as Bool { $0[$1["township_id"], default: 0] += $1["youth_in_contact"] as Int }
            }
        }
        #expect(summaries.allSatisfy { $0.youthInContact == youth[$0.id] ?? 0 })
    }

    @Test("the township table reads a row per township from its tallies, never the cadres or their diaries (24,500 and 3.4 million at a hundred times the county)")
    func townshipTableFromTallies() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let plans = try database.queryPlan(RosterStore.townshipCadres) + database.queryPlan(RosterStore.townshipDiaries, ["2026-11"])
        #expect(plans == [
            "SCAN \(Tallies.townshipCadres.table)",
            "SEARCH \(Tallies.townshipDiaries.table) USING PRIMARY KEY (month>?)", "USE TEMP B-TREE FOR GROUP BY",
        ], "\(plans)")
    }

    @Test("a township's cadres read their recent diaries' review totals from the index of reviews by diary, not the reviews' rows")
    func cadresRecentScoresFromTheIndex() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let township = try sanKui(database)
        let plan = try database.queryPlan("SELECT \(CadreRow.selection) FROM cadre c LEFT JOIN commune m ON m.id = c.commune_id WHERE c.township_id = ?2",
                                          ["2026-08-30", township])
        #expect(plan.contains { $0.hasPrefix("SEARCH r USING COVERING INDEX diary_review_diary_submitted (diary_id=?)") }, "\(plan)")
        let scored = try database.roster.cadres(CadreQuery(townshipId: township), now: Self.now).filter { $0.recentScore != nil }
        #expect(!scored.isEmpty)
    }

    @Test("a township's cadres' latest visits are their diaries' latest, none for a cadre with none, and after their latest diary is deleted")
    func cadresLatestVisits() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let township = try sanKui(database)
        func latest() throws -> [Int64: String] {
            try database.writer.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                    SELECT c.id, max(d.visit_on) AS day FROM cadre c JOIN diary d ON d.cadre_id = c.id WHERE c.township_id = ? GROUP BY c.id
                    """, arguments: [township]).map { (try $0.decode(Int64.self, atIndex: 0), try $0.decode(String.self, atIndex: 1)) })
            }
        }
        func shown() throws -> [Int64: String] {
            try Dictionary(uniqueKeysWithValues: database.roster.cadres(CadreQuery(townshipId: township, includeInactive: true), now: Self.now)
                .compactMap { cadre in cadre.lastDiaryOn.map { (cadre.id, $0) } })
        }
        let before = try latest(), shownBefore = try shown()
        #expect(!before.isEmpty && shownBefore == before)
        let (cadre, day) = try #require(before.max { $0.value < $1.value })
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM diary WHERE cadre_id = ? AND visit_on = ?", arguments: [cadre, day])
        }
        let after = try latest(), shownAfter = try shown()
        #expect(shownAfter == after && shownAfter[cadre] != day)
    }

    @Test("the township table follows cadres who move, leave, come back or meet more young people, and their diaries")
    func townshipTableFollowsCadres() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE cadre SET township_id = (SELECT max(id) FROM township) WHERE id IN (SELECT cadre_id FROM diary WHERE visit_on >= '2026-11' LIMIT 5);
                UPDATE cadre SET active = 0 WHERE id IN (SELECT cadre_id FROM diary WHERE visit_on >= '2026-11' ORDER BY id DESC LIMIT 3);
                UPDATE cadre SET youth_in_contact = youth_in_contact + 7 WHERE id % 5 = 0;
                UPDATE cadre SET active = 1 WHERE id = (SELECT min(id) FROM cadre WHERE NOT active);
                """)
        }
        let summaries = try database.roster.townshipSummaries(now: Self.now)
        let counted = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.id, (SELECT count(*) FROM cadre c WHERE c.township_id = t.id AND c.active) AS cadres,
                  (SELECT total(youth_in_contact) FROM cadre c WHERE c.township_id = t.id AND c.active) AS youth,
                  (SELECT count(*) FROM diary d JOIN cadre c ON c.id = d.cadre_id WHERE c.township_id = t.id AND d.visit_on >= '2026-11') AS diaries
                FROM township t ORDER BY t.position
                """)
        }
        #expect(summaries.map(\.id) == counted.map { $0["id"] as Int64 })
        #expect(summaries.map(\.activeCadres) == counted.map { $0["cadres"] as Int })
        #expect(summaries.map(\.youthInContact) == counted.map { Int($0["youth"] as Double) })
        #expect(summaries.map(\.diariesThisMonth) == counted.map { $0["diaries"] as Int })
        #expect(summaries.contains { $0.diariesThisMonth > 0 })
    }

    @Test("cadres are found by part of the name, by pinyin initials or reading, and by phone")
    func search() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        for query in ["zcx", "ZCX", "zhangchuan", "张传", "传相"] {
            let found = try database.roster.cadres(CadreQuery(search: query), now: Self.now)
            #expect(found.contains { $0.name == "张传相" }, "\(query)")
            #expect(found.allSatisfy { $0.name.contains(query) || Pinyin.matches(keys: Pinyin.searchKeys($0.name), query: query) }, "\(query)")
        }
        let zhang = try database.roster.cadres(CadreQuery(search: "zcx"), now: Self.now).first { $0.name == "张传相" }!
        #expect(try database.roster.cadres(CadreQuery(search: zhang.phone!), now: Self.now).map(\.id) == [zhang.id])
        #expect(try database.roster.cadres(CadreQuery(search: "%"), now: Self.now).isEmpty)
        let inTownship = try database.roster.cadres(CadreQuery(townshipId: try sanKui(database)), now: Self.now)
        #expect(inTownship.allSatisfy { $0.townshipId == zhang.townshipId && $0.active })
        let names = inTownship.map { Pinyin.searchKeys($0.name) }
        #expect(names == names.sorted())
    }

    @Test("a cadre's card holds their places, pairings, open requests, diaries and scores")
    func card() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let card = try #require(try database.roster.cadreCard(id: 1, now: Self.now))
        #expect(card.cadre.name == "张传相" && card.township == "三魁镇")
        #expect(!card.contactPoints.isEmpty)
        #expect(card.monthlyScores.count == 12)
        #expect(card.lastDiary != nil)
        #expect(card.openRequests.count == min(10, card.openRequestCount))
        #expect(try database.roster.cadreCard(id: 999_999, now: Self.now) == nil)
    }

    @Test("a bad form is refused field by field, and nothing is written")
    func validation() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let taken = try database.roster.cadreCard(id: 1, now: Self.now)!.cadre.phone!
        let before = try database.roster.cadres(CadreQuery(includeInactive: true), now: Self.now, limit: 10_000).count
        let draft = CadreDraft(name: "  ", phone: taken, townshipId: 999, communeId: 1, youthInContact: "-3", joinedOn: "2026-02-30")
        #expect(throws: CadreEditError.invalid([
            .name: .required, .phone: .phoneTaken(by: "张传相"), .township: .unknownTownship, .commune: .communeElsewhere,
            .youthInContact: .notCount, .joinedOn: .notDate,
        ])) { try database.roster.addCadre(draft, by: desk, at: Self.now) }
        #expect(throws: CadreEditError.invalid([.phone: .notMobile, .township: .required, .joinedOn: .inFuture])) {
            try database.roster.addCadre(CadreDraft(name: "李四", phone: "0577-1234567", joinedOn: "2027-01-01"), by: desk, at: Self.now)
        }
        #expect(throws: CadreEditError.invalid([.name: .controlCharacters])) {
            try database.roster.addCadre(CadreDraft(name: "李\u{1B}[2J", phone: "13900000001", townshipId: try sanKui(database)), by: desk, at: Self.now)
        }
        #expect(try database.roster.cadres(CadreQuery(includeInactive: true), now: Self.now, limit: 10_000).count == before)
    }

    @Test("adding, editing, moving and deactivating a cadre leaves a history, and a stale form is refused")
    func editing() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let township = try sanKui(database)
        let id = try database.roster.addCadre(
            CadreDraft(name: "曾小敏", phone: "+86 139 0000 0001", role: .volunteer, townshipId: township), by: desk, at: Self.now)
        var card = try database.roster.cadreCard(id: id, now: Self.now)!
        #expect(card.cadre.phone == "13900000001" && card.cadre.version == 1)
        #expect(try database.roster.cadres(CadreQuery(search: "zxm"), now: Self.now).map(\.id).contains(id))

        var draft = CadreDraft(card)
        draft.phone = "13900000002"
        try database.roster.updateCadre(id: id, version: 1, draft, by: desk, at: Self.now)
        // Saving the same values again writes nothing.
        try database.roster.updateCadre(id: id, version: 2, draft, by: desk, at: Self.now)
        #expect(throws: CadreEditError.changedMeanwhile(by: "王敏", at: Self.now.unixSeconds)) {
            try database.roster.updateCadre(id: id, version: 1, draft, by: desk, at: Self.now)
        }
        let other = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM township WHERE name = '罗阳镇'")! }
        draft.townshipId = other
        try database.roster.updateCadre(id: id, version: 2, draft, by: desk, at: Self.now)
        card = try database.roster.cadreCard(id: id, now: Self.now)!
        try database.roster.setCadreActive(id: id, false, version: card.cadre.version, by: desk, at: Self.now)
        card = try database.roster.cadreCard(id: id, now: Self.now)!
        #expect(!card.cadre.active && card.leftOn == "2026-11-28" && card.township == "罗阳镇")
        #expect(card.history.map(\.action) == ["deactivated", "moved", "edited", "added"])
        #expect(card.history[2].fields == [CadreCard.FieldChange(field: .phone, before: "139****0001", after: "139****0002")])
        // A move names the townships, not their numbers.
        let moved = try #require(card.history[1].fields.first { $0.field == .township })
        #expect(moved.after == "罗阳镇" && !moved.before.isEmpty && Int(moved.before) == nil, "\(card.history[1].fields)")
        #expect(!(try database.roster.cadres(CadreQuery(search: "zxm"), now: Self.now).map(\.id).contains(id)))
        #expect(try database.roster.cadres(CadreQuery(search: "zxm", includeInactive: true), now: Self.now).map(\.id).contains(id))
    }

    @Test("a township secretary keeps their own township's cadres only; reviewers keep none")
    func rights() throws {
        let folder = try TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let secretary = try database.operatorAccount(login: "wuhao")!
        let reviewer = try database.operatorAccount(login: "chenjing")!
        let draft = CadreDraft(name: "李四", phone: "13900000003", townshipId: try sanKui(database))
        #expect(throws: CadreEditError.notAllowed) { try database.roster.addCadre(draft, by: secretary, at: Self.now) }
        #expect(throws: CadreEditError.notAllowed) { try database.roster.addCadre(draft, by: reviewer, at: Self.now) }
        var own = draft
        own.townshipId = secretary.townshipId
        #expect(throws: Never.self) { try database.roster.addCadre(own, by: secretary, at: Self.now) }
        #expect(secretary.mayReadPhones(townshipId: secretary.townshipId!) && !reviewer.mayReadPhones(townshipId: 1))
    }

    @Test("contact points are named as people write them, checked against the township, and let go on a move")
    func contactPoints() throws {
        let folder = try TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        let township = try sanKui(database)
        var draft = CadreDraft(name: "李四", phone: "13900000004", townshipId: township, contactPoints: "高坞村、不存在村")
        #expect(throws: CadreEditError.invalid([.contactPoints: .unknownContactPoint("不存在村")])) {
            try database.roster.addCadre(draft, by: desk, at: Self.now)
        }
        draft.contactPoints = "高坞村 高源村"
        let id = try database.roster.addCadre(draft, by: desk, at: Self.now)
        var card = try database.roster.cadreCard(id: id, now: Self.now)!
        #expect(card.contactPoints.map(\.name) == ["高坞村", "高源村"])
        draft = CadreDraft(card)
        #expect(draft.contactPoints == "高坞村、高源村")
        draft.townshipId = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM township WHERE name = '罗阳镇'")! }
        #expect(throws: CadreEditError.invalid([.contactPoints: .unknownContactPoint("高坞村")])) {
            try database.roster.updateCadre(id: id, version: 1, draft, by: desk, at: Self.now)
        }
        draft.contactPoints = ""
        try database.roster.updateCadre(id: id, version: 1, draft, by: desk, at: Self.now)
        card = try database.roster.cadreCard(id: id, now: Self.now)!
        #expect(card.contactPoints.isEmpty && card.history.first?.action == "moved")
        let points = try #require(card.history.first?.fields.first { $0.field == .contactPoints })
        #expect(!points.before.isEmpty && points.after.isEmpty && Int(points.before.split(separator: "、")[0]) == nil, "\(points)")
    }
}
