import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// The weekly summary's figures against a replay of the sample county's history written here,
/// apart from the summary's own queries: every week of the year, and a moment in the middle of
/// a week when a request was just resolved.
@Suite struct WeeklyReplayTests {
    private static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    /// One request's history: when it came, and its events in order.
    private struct Replayed {
        var id: Int64
        var created: Int64
        var township: Int64
        /// The deadlines and pause on file now, which the summary reads a past week by.
        var firstContactDue: Int64, firstContactAt: Int64?, resolutionDue: Int64, pausedAt: Int64?
        var events: [(at: Int64, action: String, to: RequestState?)] = []

        /// Its state just before `moment`: its last change of state before then.
        func state(before moment: Int64) -> RequestState {
            events.last { $0.at < moment && $0.to != nil }?.to ?? .collected
        }

        func did(_ action: String, in range: Range<Int64>) -> Bool {
            events.contains { $0.action == action && range.contains($0.at) }
        }

        /// Seconds past the deadline it missed as `moment` came, its clock running then (not
        /// paused, or paused only later; not waiting on its requester); nil when not overdue.
        func late(at moment: Int64) -> Int64? {
            let state = state(before: moment)
            guard state.isOpen, state != .needsInfo, pausedAt.map({ $0 >= moment }) ?? true else { return nil }
            let contactPending = firstContactAt.map { $0 >= moment } ?? true
            guard (contactPending && firstContactDue < moment) || resolutionDue < moment else { return nil }
            return max(moment - (contactPending && firstContactDue < resolutionDue ? firstContactDue : resolutionDue), 0)
        }
    }

    private func history(_ database: AppDatabase) throws -> [String: Replayed] {
        try database.writer.read { db in
            var requests: [Int64: (String, Replayed)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, ref, created_at, township_id, first_contact_due, first_contact_at, resolution_due, sla_paused_at FROM help_request
                """) {
                requests[row["id"]] = (row["ref"], Replayed(
                    id: row["id"], created: row["created_at"], township: row["township_id"], firstContactDue: row["first_contact_due"],
                    firstContactAt: row["first_contact_at"], resolutionDue: row["resolution_due"], pausedAt: row["sla_paused_at"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT request_id, at, action, to_state FROM request_event ORDER BY id") {
                let id: Int64 = row["request_id"]
                requests[id]?.1.events.append((row["at"], row["action"], (row["to_state"] as String?).flatMap(RequestState.init(rawValue:))))
            }
            return Dictionary(uniqueKeysWithValues: requests.values.map { ($0.0, $0.1) })
        }
    }

    /// The summary's request figures, held to the replay, for `week` seen at `now` (for one
    /// township's secretary when `township` is given: 需要关注 names only its requests).
    private func compare(_ summary: WeeklySummary, _ history: [String: Replayed], now: Date, township: Int64? = nil) {
        let whole = summary.week.instants
        let end = min(whole.upperBound, now.unixSeconds + 1)
        let span = whole.lowerBound..<end
        let known = history.values.filter { $0.created < end }
        let h = summary.headline
        let week = summary.week.description
        #expect(h.received == known.filter { span.contains($0.created) }.count, "\(week) received")
        #expect(h.published == known.filter { $0.did("township_approve", in: span) }.count, "\(week) published")
        #expect(h.resolved == known.filter { $0.did("resolve", in: span) }.count, "\(week) resolved")
        #expect(h.closed == known.filter { $0.did("close", in: span) }.count, "\(week) closed")
        #expect(h.openAtEnd == known.filter { $0.state(before: end).isOpen }.count, "\(week) open at the end")
        #expect(h.overdueAtEnd == known.filter { $0.late(at: end) != nil }.count, "\(week) overdue at the end")
        // How long first contacts and resolutions in the week took, every one of them sorted here.
        let contacts = known.compactMap { request in request.firstContactAt.flatMap { span.contains($0) ? $0 - request.created : nil } }
        #expect(h.firstContactMedian == Percentile.of(contacts, 0.5) && h.firstContactP90 == Percentile.of(contacts, 0.9),
                "\(week) first contacts (\(contacts.count))")
        let resolutions = known.flatMap { request in
            request.events.filter { $0.action == "resolve" && span.contains($0.at) }.map { $0.at - request.created }
        }
        #expect(h.resolutionMedian == Percentile.of(resolutions, 0.5) && h.resolutionP90 == Percentile.of(resolutions, 0.9),
                "\(week) resolutions (\(resolutions.count))")
        // The thirty latest: overdue the longest first, then escalated ones not overdue.
        let named = history.filter { $0.value.created < end && (township == nil || $0.value.township == township) }
            .compactMap { ref, request -> (ref: String, late: Int64, id: Int64)? in
                let escalated = request.did("escalate", in: Int64.min..<end)
                guard request.state(before: end).isOpen, request.late(at: end) != nil || escalated else { return nil }
                return (ref, request.late(at: end) ?? 0, request.id)
            }.sorted { ($1.late, $0.id) < ($0.late, $1.id) }.prefix(30).map(\.ref)
        #expect(summary.attention.map(\.ref) == Array(named), "\(week) needing attention")
        #expect(summary.solvedSinceLaunch == known.filter { $0.state(before: end).isSolved }.count, "\(week) solved since launch")
        for item in summary.attention {
            guard let request = history[item.ref] else {
                Issue.record("\(week): \(item.ref) is not in the history")
                continue
            }
            let then = request.state(before: end)
            #expect(then.isOpen, "\(week): \(item.ref) listed, \(then) at the end")
            #expect(!(item.overdue && then == .needsInfo), "\(week): \(item.ref) waits on its requester, yet listed overdue")
            #expect(item.escalated == request.did("escalate", in: Int64.min..<end), "\(week): \(item.ref) escalated?")
            #expect(item.overdue || item.escalated, "\(week): \(item.ref) neither overdue nor escalated")
            #expect(item.overdue || item.daysOverdue == 0, "\(week): \(item.ref) days late without being late")
        }
    }

    @Test("every week of the sample county's year: received, published, resolved, closed, open at the end, how long first contacts and resolutions took, solved since launch and who needs attention agree with the history")
    func everyWeek() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let history = try history(database)
        var week = CountyWeek(containing: Self.now)
        var weeks = 0, attention = 0
        while week.end > Self.now.addingTimeInterval(-370 * 86_400) {
            let summary = try database.summary.weeklySummary(week, now: Self.now)
            compare(summary, history, now: Self.now)
            // A township's secretary: the same figures, and only that township's requests named.
            let township = Int64(1 + weeks % 19)
            compare(try database.summary.weeklySummary(week, now: Self.now, township: township), history, now: Self.now, township: township)
            weeks += 1
            attention += summary.attention.count
            week = week.previous
        }
        #expect(weeks >= 52 && attention > 20, "\(weeks) weeks, \(attention) requests needing attention")
    }

    @Test("a past week's requests changed since are found along an index of when each was changed and made, and each one's state then is read from an index of its events alone")
    func replayFromIndexes() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let plan = try database.queryPlan(WeeklySummaryReading.openAtEnd, [Self.now.unixSeconds - 7 * 86_400])
        // Those made since are left out in the index, which holds what the summary reads of the others (v18): no row is read.
        #expect(plan.contains { $0.hasPrefix("SEARCH r USING COVERING INDEX help_request_changes (updated_at>?)") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH e USING COVERING INDEX request_event_states (request_id=?)") }, "\(plan)")
        // Judging them reads each one's history once: the judging's condition on the state then is not copied into the replay.
        let judging = try database.queryPlan("SELECT count(*) FROM (\(WeeklySummaryReading.judged(WeeklySummaryReading.openAtEnd)))",
                                             [Self.now.unixSeconds - 7 * 86_400])
        #expect(judging.filter { $0.hasPrefix("CORRELATED SCALAR SUBQUERY") }.count == 1, "\(judging)")
    }

    @Test("a week's first contacts are read at the percentiles' ranks within the bucket of the time they took that the week's buckets name, along an index of the week's first contacts by that time")
    func contactTimesByRank() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        let plan = try database.queryPlan(WeeklySummaryReading.contactTime, [WeekEnds.number(week), 3, Tallies.timeBucket, Self.now.unixSeconds, 10])
        // One line: no sort, and only the bucket's stretch of the index. The rows skipped are judged on the index's columns.
        #expect(plan == ["SEARCH help_request USING INDEX help_request_contact_week (<expr>=? AND <expr>>? AND <expr><?)"])
        // The week's buckets hold its first contacts: as many as the index has.
        let (buckets, indexed) = try database.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT total(contacts) FROM contact_time_tally WHERE week = ?", arguments: [WeekEnds.number(week.previous)]),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM help_request WHERE first_contact_at >= ? AND first_contact_at < ?",
                              arguments: [week.previous.start.unixSeconds, week.start.unixSeconds]))
        }
        #expect(buckets == indexed && (indexed ?? 0) > 10)
        // A count edited by hand past what a week can hold is said, not summed into a trap.
        try database.writer.write { db in
            try db.execute(sql: "UPDATE contact_time_tally SET contacts = 9223372036854775807 WHERE week = ? AND bucket = (SELECT min(bucket) FROM contact_time_tally WHERE week = ?)",
                           arguments: [WeekEnds.number(week), WeekEnds.number(week)])
        }
        #expect(throws: (any Error).self) { try database.summary.weeklySummary(week, now: Self.now) }
    }

    @Test("a week's resolutions are read at the percentiles' ranks in the tally of the week's resolutions by the time they took: no request looked up, nothing sorted")
    func resolutionTimesByRank() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        for descending in [false, true] {
            let plan = try database.queryPlan(WeeklySummaryReading.resolutionTime(descending: descending), [WeekEnds.number(week), Self.now.unixSeconds, 3])
            #expect(plan == ["SEARCH resolution_time_tally USING PRIMARY KEY (week=?)"])
        }
    }

    @Test("diaries waiting over a week are counted from the waiting index alone; only the diaries the tallies of waiting diaries' reviews and of late reviews name are looked up")
    func waitingFromTheTally() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let plan = try database.queryPlan(WeeklySummaryReading.waitingOverAWeek, [Self.now.unixSeconds])
        #expect(plan.contains { $0.hasPrefix("SEARCH d USING COVERING INDEX diary_waiting (submitted_at<?)") }, "\(plan)")
        #expect(plan.contains("SCAN w"), "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH l USING PRIMARY KEY (submitted_at>?)") }, "\(plan)")
        // No walk of every diary in before the week (3.4 million at a hundred times the county),
        // nor of every review since it.
        #expect(!plan.contains { $0.contains("INDEX diary_submitted ") || $0 == "SCAN d" || $0.contains("diary_review_submitted") }, "\(plan)")
    }

    /// The cadres silent for a month as the week ending at `end` saw them, counted from every
    /// cadre and diary: active, joined before the month, and no visit written up in it.
    private func silentCadres(_ database: AppDatabase, end: Int64) throws -> [String] {
        let month = CountyTime.dayString(Date(unixSeconds: end - 30 * 86_400)), endDay = CountyTime.dayString(Date(unixSeconds: end))
        return try database.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.name FROM cadre c WHERE c.active AND (c.joined_on IS NULL OR c.joined_on < ?1)
                  AND NOT EXISTS (SELECT 1 FROM diary d WHERE d.cadre_id = c.id AND d.visit_on >= ?1 AND d.visit_on < ?2)
                ORDER BY c.township_id, c.id
                """, arguments: [month, endDay])
        }
    }

    @Test("the cadres silent for a month are those counted from every diary, this week and weeks gone by, after diaries go, move and are dated again")
    func silentCadres() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        func compareWeeks(_ moment: String) throws {
            var week = CountyWeek(containing: Self.now)
            for _ in 0..<8 {
                let summary = try database.summary.weeklySummary(week, now: Self.now)
                let end = min(week.instants.upperBound, Self.now.unixSeconds + 1)
                #expect(summary.diaries.silentCadres == (try silentCadres(database, end: end)), "\(moment), \(week)")
                week = week.previous
            }
        }
        try compareWeeks("as built")
        let before = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now).diaries.silentCadres
        #expect(!before.isEmpty)
        // Each of a few cadres' latest diaries taken away, dated a month earlier, or given to another cadre; a new cadre.
        try database.writer.write { db in
            try db.execute(sql: """
                DELETE FROM diary_review WHERE diary_id IN (SELECT max(id) FROM diary GROUP BY cadre_id ORDER BY cadre_id LIMIT 4);
                DELETE FROM diary WHERE id IN (SELECT max(id) FROM diary GROUP BY cadre_id ORDER BY cadre_id LIMIT 4);
                UPDATE diary SET visit_on = date(visit_on, '-40 days') WHERE id IN (SELECT max(id) FROM diary GROUP BY cadre_id ORDER BY cadre_id DESC LIMIT 4);
                UPDATE diary SET cadre_id = (SELECT min(id) FROM cadre) WHERE id IN (SELECT max(id) FROM diary GROUP BY cadre_id ORDER BY cadre_id DESC LIMIT 4 OFFSET 10);
                INSERT INTO cadre (name, role, township_id, active, joined_on) VALUES ('新来的', 'volunteer', 1, 1, '2025-01-01');
                """)
        }
        try compareWeeks("after the edits")
        let after = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now).diaries.silentCadres
        #expect(after.contains("新来的") && after != before)
        // A visit written up late in the middle of a silent cadre's month; another cadre's visits since before the month taken away.
        let silent = try #require(after.first)
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO diary (cadre_id, visit_on, submitted_at, work_log, state)
                SELECT id, '2026-11-10', ?, '补写的走访', 'submitted' FROM cadre WHERE name = ? LIMIT 1;
                DELETE FROM diary_review WHERE diary_id IN (SELECT id FROM diary WHERE cadre_id = (SELECT max(cadre_id) FROM diary) AND visit_on >= '2026-10-20');
                DELETE FROM diary WHERE cadre_id = (SELECT max(cadre_id) FROM diary) AND visit_on >= '2026-10-20';
                """, arguments: [Self.now.unixSeconds - 86_400, silent])
        }
        try compareWeeks("after a visit written up late")
        let last = try database.summary.weeklySummary(CountyWeek(containing: Self.now), now: Self.now).diaries.silentCadres
        #expect(!last.contains(silent) && last != after)
    }

    @Test("a week's diaries reviewed count a diary reviewed twice once, and their mean score is over every review submitted in the week, up to the moment read")
    func reviewedDiaries() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let reviews = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT diary_id, total, submitted_at FROM diary_review WHERE state = 'submitted'")
                .map { (diary: $0["diary_id"] as Int64, total: $0["total"] as Double?, at: $0["submitted_at"] as Int64) }
        }
        var twice = 0
        func mean(_ totals: [Double]) -> Double { totals.isEmpty ? -1 : totals.reduce(0, +) / Double(totals.count) }
        /// The summary of `week` read at `now` against the reviews submitted in it up to then.
        func compare(_ week: CountyWeek, now: Date) throws {
            let end = min(week.instants.upperBound, now.unixSeconds + 1)
            let inWeek = reviews.filter { $0.at >= week.instants.lowerBound && $0.at < end }
            let lastWeek = reviews.filter { week.previous.instants.contains($0.at) }.compactMap(\.total)
            let diaries = try database.summary.weeklySummary(week, now: now).diaries
            #expect(diaries.reviewed == Set(inWeek.map(\.diary)).count, "\(week) at \(now)")
            #expect(abs((diaries.meanScore ?? -1) - mean(inWeek.compactMap(\.total))) < 1e-9, "\(week) at \(now)")
            #expect(abs((diaries.meanScoreLastWeek ?? -1) - mean(lastWeek)) < 1e-9, "\(week) at \(now)")
            twice += inWeek.count - Set(inWeek.map(\.diary)).count
        }
        var week = CountyWeek(containing: Self.now)
        for back in 0..<12 {
            try compare(week, now: Self.now)
            // Read as of a moment within the week: the reviews after it are not yet.
            if back > 0 { try compare(week, now: Date(unixSeconds: week.instants.lowerBound + 3 * 86400 + 12 * 3600 + Int64(back) * 600)) }
            week = week.previous
        }
        // A week read before it began has nothing reviewed.
        try compare(CountyWeek(containing: Self.now), now: Date(unixSeconds: CountyWeek(containing: Self.now).instants.lowerBound - 3600))
        // Some diary of these weeks was reviewed twice within one.
        #expect(twice > 0)
    }

    @Test("a week's suggestions received, answered, unanswered past their week and received since launch agree with every suggestion counted, at each week's end and within it")
    func suggestions() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        // One answered before it came (a hand edit), one entered ahead of its time.
        try database.writer.write { db in
            try db.execute(sql: "UPDATE suggestion SET answered_at = received_at - 86400 WHERE id = (SELECT min(id) FROM suggestion WHERE answered_at IS NOT NULL)")
            try db.execute(sql: "UPDATE suggestion SET received_at = ? WHERE id = (SELECT max(id) FROM suggestion)", arguments: [Self.now.unixSeconds + 86400])
        }
        let suggestions = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT received_at, answered_at FROM suggestion").map { (received: $0[0] as Int64, answered: $0[1] as Int64?) }
        }
        var week = CountyWeek(containing: Self.now), overdueSeen = 0
        for back in 0..<20 {
            for now in [Self.now, Date(unixSeconds: week.instants.lowerBound + 2 * 86400 + Int64(back) * 3700)] where now.unixSeconds >= week.instants.lowerBound {
                let end = min(week.instants.upperBound, now.unixSeconds + 1), due = end - Suggestions.answerWithin
                let summary = try database.summary.weeklySummary(week, now: now)
                let figures = summary.suggestions
                #expect(figures.received == suggestions.filter { $0.received >= week.instants.lowerBound && $0.received < end }.count, "\(week) at \(now)")
                #expect(figures.answered == suggestions.filter { ($0.answered ?? .max) >= week.instants.lowerBound && ($0.answered ?? .max) < end }.count,
                        "\(week) at \(now)")
                let overdue = suggestions.filter { $0.received < due && ($0.answered ?? .max) >= end }.count
                #expect(figures.overdue == overdue, "\(week) at \(now)")
                #expect(summary.suggestionsSinceLaunch == suggestions.filter { $0.received < end }.count, "\(week) at \(now)")
                overdueSeen += overdue
            }
            week = week.previous
        }
        #expect(overdueSeen > 0)
    }

    @Test("a county loaded in bulk has every week since its first request recorded, and each record says what replaying the week from the history says")
    func everyWeekRecorded() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let (first, recorded) = try database.writer.read { db in
            (try Int64.fetchOne(db, sql: "SELECT min(created_at) FROM help_request")!,
             try Set(Int64.fetchAll(db, sql: "SELECT week FROM \(WeekEnds.table)")))
        }
        var week = CountyWeek(containing: Self.now).previous, compared = 0
        while week.instants.upperBound > first {
            #expect(recorded.contains(WeekEnds.number(week)), "\(week)")
            // Every fourth week: the record against the replay with the record gone.
            if WeekEnds.number(week) % 4 == 0 {
                let fromRecord = try database.summary.weeklySummary(week, now: Self.now)
                try database.writer.write { db in
                    try db.execute(sql: "DELETE FROM \(WeekEnds.table) WHERE week = ?", arguments: [WeekEnds.number(week)])
                    try db.execute(sql: "DELETE FROM \(WeekEnds.attentionTable) WHERE week = ?", arguments: [WeekEnds.number(week)])
                }
                let replayed = try database.summary.weeklySummary(week, now: Self.now)
                #expect(fromRecord.headline == replayed.headline && fromRecord.attention == replayed.attention, "\(week)")
                compared += 1
            }
            week = week.previous
        }
        #expect(compared >= 10)
    }

    @Test("a week's diaries reviewed and scores are read from the tally by week; only reviews after the moment read are looked at")
    func reviewsFromTheTally() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let week = CountyWeek(containing: Self.now)
        let plan = try database.queryPlan(WeeklySummaryReading.weekReviews, [
            WeekEnds.number(week), week.instants.lowerBound, Self.now.unixSeconds + 1, week.instants.upperBound,
        ])
        #expect(plan.filter { $0.hasPrefix("SEARCH review_week_tally USING PRIMARY KEY (week=?)") }.count == 3, "\(plan)")
        #expect(plan.filter { $0.contains("diary_review_submitted (submitted_at>? AND submitted_at<?)") }.count == 3, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") && $0 != "SCAN CONSTANT ROW" }, "\(plan)")
    }

    @Test("the cadres silent for a month are read along the indexes of each cadre's latest visit and of their long stretches without one, not by looking cadres up among their visits")
    func silentFromLatestVisits() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let plan = try database.queryPlan(WeeklySummaryReading.silentCadres, ["2026-10-29", "2026-11-28"])
        #expect(plan.contains { $0.hasPrefix("SEARCH cadre_last_visit USING COVERING INDEX cadre_last_visit_day (last_visit<?)") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH cadre_silence USING COVERING INDEX cadre_silence_until (until>?)") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH c USING INTEGER PRIMARY KEY") }, "\(plan)")
        // Nothing walked whole but the few cadres found, and no cadre's diaries read.
        #expect(plan.filter { $0.hasPrefix("SCAN") } == ["SCAN s"], "\(plan)")
        #expect(!plan.contains { $0.contains("diary") }, "\(plan)")
    }

    @Test("at the very second a request is resolved, the week counts it resolved and no longer open")
    func resolvedThisSecond() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let history = try history(database)
        let resolutions = history.values.flatMap { $0.events.filter { $0.action == "resolve" }.map(\.at) }.sorted()
        #expect(resolutions.count > 50)
        for moment in resolutions.suffix(40) {
            let now = Date(unixSeconds: moment)
            let week = CountyWeek(containing: now)
            compare(try database.summary.weeklySummary(week, now: now), history, now: now)
        }
    }
}
