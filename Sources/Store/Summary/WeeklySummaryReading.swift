import Foundation
import GRDB
import LeagueCore

extension SummaryStore {
    /// The summary of `week` seen at `now`. Open and overdue "as the week ended" are read from
    /// its record (`WeekEnds`, deadlines as on file then), or counted from the clocks when
    /// nothing changed since, or else replayed from each request's history with the deadlines
    /// on file now (a pause that has ended since is not undone). A week not over yet ends, for
    /// those figures, at `now`, so they match the queue's. `township` holds the requests it names (需要关注) to one
    /// township: a township secretary's summary names no other township's requests.
    public func weeklySummary(_ week: CountyWeek, now: Date, township: Int64? = nil) throws -> WeeklySummary {
        try StoreError.translating(path: path) {
            try writer.read { db in try WeeklySummaryReading(db: db, week: week, now: now, township: township).summary() }
        }
    }
}

/// The weekly summary read section by section, each along its indexes, in one read
/// transaction.
struct WeeklySummaryReading {
    let db: Database
    let week: CountyWeek
    /// The week as far as it has gone (to `end`), and the whole week before it.
    let span: Range<Int64>, last: Range<Int64>
    /// The week's end, or just after now if it is not over yet: what is recorded before it is
    /// what "as the week ended" sees, and what the week's counts count — so a request
    /// resolved at this very second is counted resolved, and not still open.
    let end: Int64
    /// Whether the week is over.
    let isOver: Bool
    /// The one township whose requests may be named, if any.
    let township: Int64?

    /// The moment the summary is made.
    let now: Int64

    init(db: Database, week: CountyWeek, now: Date, township: Int64?) {
        self.db = db
        self.now = now.unixSeconds
        self.week = week
        self.township = township
        let whole = week.instants
        end = min(whole.upperBound, now.unixSeconds + 1)
        isOver = end == whole.upperBound
        span = whole.lowerBound..<max(whole.lowerBound, end)
        last = week.previous.instants
    }

    func summary() throws -> WeeklySummary {
        // The week's requests by township and category, read once: the headline sums them.
        let steps = try Tallies.requests.read(over: span, by: ["township_id", "category_id"], db)
        let (categories, townships) = try breakdowns(steps)
        let (satisfaction, lowest) = try satisfaction()
        let (open, overdue, attention) = try recorded() ?? (try standsAsNow() ? try fromTheClocks() : try replayed())
        let headline = try headline(steps, openAtEnd: open, overdueAtEnd: overdue)
        let nextServiceDay = CountyTime.dayString(ServiceDay.next(onOrAfter: week.start))
        let (suggestions, suggestionsSinceLaunch) = try suggestions()
        return WeeklySummary(
            week: week, county: try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = 'county_name'")) ?? "", madeAt: now,
            asOf: isOver ? nil : end - 1, headline: headline, categories: categories, townships: townships,
            attention: attention, diaries: try diaries(), satisfaction: satisfaction, lowestTownships: lowest,
            suggestions: suggestions, nextServiceDay: nextServiceDay, service: try service(nextServiceDay: nextServiceDay),
            holidaysNextWeek: Holiday.between(week.end, week.next.end).map {
                WeeklySummary.HolidayDay(holiday: $0.holiday, day: CountyTime.dayString($0.date))
            },
            solvedSinceLaunch: try Tallies.standing.read(over: Int64.min..<end, db).first?.tallied("solved") ?? 0,
            suggestionsSinceLaunch: suggestionsSinceLaunch,
            historySeal: try EventChain.head(db, before: end))
    }

    /// A count by `sql`, whose text is fixed (its values bound): prepared once per connection.
    private func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0
    }

    private static let openStates = RequestState.allCases.filter(\.isOpen).sql

    /// Each open request's state as the week ended (`state_then`): its last change before
    /// then. Only requests changed since (updated_at is the time of the last change) need
    /// their history read; the others stand as they are now, and of those only the open ones
    /// matter, read from the index that holds what is needed of them (v11). `?1` is the
    /// week's end. (`LIMIT -1` keeps SQLite from copying a condition on `state_then` into the
    /// second part, where it read each request's history a second time.)
    static let openAtEnd = """
        SELECT \(standing), r.state AS state_then FROM help_request r INDEXED BY help_request_open_standing
        WHERE \(RequestSQL.isOpen) AND r.created_at < ?1 AND r.updated_at < ?1
        UNION ALL
        SELECT \(standing), coalesce((SELECT e.to_state FROM request_event e WHERE e.request_id = r.id AND e.at < ?1
          AND e.to_state IS NOT NULL ORDER BY e.id DESC LIMIT 1), \(RequestState.collected.sql)) AS state_then
        FROM help_request r WHERE r.updated_at >= ?1 AND r.created_at < ?1 LIMIT -1
        """

    /// Whether no request was made or changed at or after the end (each change sets
    /// `updated_at`): then every request stands as the week ended as it stands now, and the
    /// clocks' tally and index (v13) say what the replay would.
    private func standsAsNow() throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT NOT EXISTS (SELECT 1 FROM help_request WHERE updated_at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM help_request WHERE created_at >= ?1)
            """), arguments: [end]) ?? false
    }

    /// Open requests whose clock ran out before the end, of one township or all: the clocks'
    /// tally, when requests stand as they do now.
    private func overdueNow(township: Int64?) throws -> Int {
        let rows = try Tallies.clocks.read(over: Int64.min..<end, where: township.map { "township_id = \($0)" } ?? "1", db)
        return try rows.first?.tallied("open") ?? 0
    }

    /// `openAtEnd`'s rows that 需要关注 can name, when requests stand as they do now: the
    /// thirty whose clocks ran out first, along the clock index; and, if fewer than thirty
    /// are overdue, the escalated ones not overdue. `?1` is the week's end, `?2` the township.
    private static func attentionCandidates(escalatedToo: Bool) -> String {
        let running = """
            SELECT \(standing), r.state AS state_then FROM (SELECT id FROM help_request INDEXED BY help_request_clock
              WHERE \(RequestSQL.isOpen) AND \(Tallies.runsOut) < ?1 AND (?2 IS NULL OR township_id = ?2)
              ORDER BY \(Tallies.runsOut), id LIMIT 30) c JOIN help_request r ON r.id = c.id
            """
        let escalated = """
            SELECT \(standing), r.state AS state_then FROM help_request r
            WHERE \(RequestSQL.isOpen) AND r.escalated_at < ?1 AND (\(Tallies.runsOut) IS NULL OR \(Tallies.runsOut) >= ?1)
              AND (?2 IS NULL OR r.township_id = ?2)
            """
        return escalatedToo ? "\(running) UNION ALL \(escalated)" : running
    }

    /// What judging a request standing open reads of it: its township and the columns its
    /// deadlines are judged by, all held by `help_request_open_standing` and `help_request_changes`.
    static let standing = ["id", "township_id", "first_contact_due", "first_contact_at", "resolution_due", "sla_paused_at", "escalated_at"]
        .map { "r.\($0)" }.joined(separator: ", ")

    /// Past a deadline as the week ended (`end`), its clock running: a request waiting on its
    /// requester then (its state then 待补充, or paused since before then) is paused, as the
    /// queue counts it. Read on `openAtEnd`'s rows.
    private static func overdueThen(_ end: String) -> String {
        "(state_then != \(RequestState.needsInfo.sql) AND \(RequestSQL.deadlineMissed(asOf: end)))"
    }

    /// 一、本周概况: arrivals, steps taken, open and overdue at the end, and how fast.
    private func headline(_ steps: [Row], openAtEnd: Int, overdueAtEnd: Int) throws -> WeeklySummary.Headline {
        var headline = WeeklySummary.Headline()
        func sum(_ measure: String) throws -> Int { try steps.reduce(0) { $0 + (try $1.tallied(measure)) } }
        headline.received = try sum("received")
        headline.published = try sum("published")
        headline.resolved = try sum("resolved")
        headline.closed = try sum("closed")
        headline.openAtEnd = openAtEnd
        headline.overdueAtEnd = overdueAtEnd
        (headline.firstContactMedian, headline.firstContactP90) = try firstContactTimes()
        (headline.resolutionMedian, headline.resolutionP90) = try resolutionTimes()
        let due = try Tallies.contactDeadlines.read(over: span, db).first
        headline.contactDue = try due?.tallied("due") ?? 0
        headline.contactedInTime = try due?.tallied("met") ?? 0
        return headline
    }

    /// The median and 90th percentile of the time from arrival to resolution of the
    /// resolutions in the span, each read at its rank in the week's resolutions in the order of
    /// the time they took (v29), from whichever end is nearer.
    private func resolutionTimes() throws -> (median: Int64?, p90: Int64?) {
        let weekNumber = WeekEnds.number(week)
        let count = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(Tallies.resolutionTimes.table) WHERE week = ? AND at < ?"),
                                     arguments: [weekNumber, end]) ?? 0
        func at(_ fraction: Double) throws -> Int64? {
            guard let rank = Percentile.rank(fraction, among: count) else { return nil }
            let fromBelow = rank - 1 <= count - rank
            return try Int64.fetchOne(db.cachedStatement(sql: Self.resolutionTime(descending: !fromBelow)),
                                      arguments: [weekNumber, end, fromBelow ? rank - 1 : count - rank])
        }
        return (try at(0.5), try at(0.9))
    }

    /// The time a resolution took `?3` places from the quickest (or the slowest) of week
    /// `?1`'s resolutions made before `?2`.
    static func resolutionTime(descending: Bool) -> String {
        """
        SELECT seconds FROM \(Tallies.resolutionTimes.table) WHERE week = ?1 AND at < ?2
        ORDER BY seconds\(descending ? " DESC" : "") LIMIT 1 OFFSET ?3
        """
    }

    /// The median and 90th percentile of the time to first contact of the requests first
    /// contacted in the span: the bucket each falls in found by adding up the week's buckets
    /// (v28), then the value read at its place in that bucket along the index of the week's
    /// first contacts by the time they took (v19).
    private func firstContactTimes() throws -> (median: Int64?, p90: Int64?) {
        let weekNumber = WeekEnds.number(week)
        // A count no week can hold (a file edited by hand) is said where it is read: summed, it
        // could overflow.
        var buckets: [(bucket: Int64, contacts: Int)] = try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT bucket, contacts FROM \(Tallies.contactTimes.table) WHERE week = ? AND contacts != 0 ORDER BY bucket
            """), arguments: [weekNumber]).map { (try $0.decode(Int64.self, atIndex: 0), try $0.tallied(atIndex: 1)) })
        if !isOver {
            // A week not over, read at a moment before some of its first contacts (`--now`): those
            // are among the requests changed since, and left out.
            let later = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT \(WeeklyFigures_v19.contactTime) / \(Tallies.timeBucket) FROM help_request INDEXED BY help_request_changes
                WHERE updated_at >= ?2 AND first_contact_at >= ?2 AND \(WeeklyFigures_v19.contactWeek) = ?1
                """), arguments: [weekNumber, end])
            for bucket in later { if let at = buckets.firstIndex(where: { $0.bucket == bucket }) { buckets[at].contacts -= 1 } }
        }
        let count = buckets.reduce(0) { $0 + $1.contacts }
        func at(_ fraction: Double) throws -> Int64? {
            guard let rank = Percentile.rank(fraction, among: count) else { return nil }
            var before = 0
            for (bucket, contacts) in buckets {
                if before + contacts >= rank {
                    return try Int64.fetchOne(db.cachedStatement(sql: Self.contactTime),
                                              arguments: [weekNumber, bucket, Tallies.timeBucket, end, rank - 1 - before])
                }
                before += contacts
            }
            return nil
        }
        return (try at(0.5), try at(0.9))
    }

    /// The time to first contact `?5` places from the quickest in bucket `?2` (of `?3` seconds)
    /// of week `?1`'s first contacts made before `?4`. (A bucket is the time divided by its
    /// width, rounded towards zero: the range read is two buckets wide, the exact one kept.)
    static let contactTime: String = {
        let time = WeeklyFigures_v19.contactTime
        return """
            SELECT \(time) FROM help_request INDEXED BY help_request_contact_week
            WHERE \(WeeklyFigures_v19.contactWeek) = ?1 AND \(time) > (?2 - 1) * ?3 AND \(time) < (?2 + 1) * ?3 AND \(time) / ?3 = ?2
              AND first_contact_at IS NOT NULL AND first_contact_at < ?4
            ORDER BY \(time) LIMIT 1 OFFSET ?5
            """
    }()

    /// 二、按类别 and 三、按乡镇: the week's and last week's arrivals, and the week's resolutions, from
    /// the request tally by township and category, then counted by each here.
    private func breakdowns(_ now: [Row]) throws -> (categories: [WeeklySummary.Breakdown], townships: [WeeklySummary.Breakdown]) {
        let before = try Tallies.requests.read(over: last, by: ["township_id", "category_id"], db)
        func breakdown(_ column: String, _ names: String) throws -> [WeeklySummary.Breakdown] {
            func tally(_ rows: [Row], _ measure: String) throws -> [Int64: Int] {
                try rows.reduce(into: [:]) { counts, row in counts[try row.value(column) as Int64, default: 0] += try row.tallied(measure) }
            }
            let received = try tally(now, "received"), receivedBefore = try tally(before, "received"), solved = try tally(now, "resolved")
            return try Row.fetchAll(db.cachedStatement(sql: names)).map { row in
                let id: Int64 = try row.value("id")
                return try WeeklySummary.Breakdown(name: BilingualName(zh: row.value("name"), en: row.value("name_en")), received: received[id] ?? 0,
                                               receivedLastWeek: receivedBefore[id] ?? 0, resolved: solved[id] ?? 0, sensitive: try row.value("sensitive"))
            }
        }
        return (try breakdown("category_id", "SELECT id, name_zh AS name, name_en, sensitive FROM category ORDER BY position"),
                try breakdown("township_id", "SELECT id, name, name_en, 0 AS sensitive FROM township ORDER BY position"))
    }

    /// Open and overdue as the week ended, and 四、需要关注 (requests overdue or escalated then,
    /// the latest first; how late is said only of a request overdue then, its clock running;
    /// escalated only of one escalated by then), when every request stands as it does now:
    /// counted from the clocks' tally, the thirty read from the clock index's first rows.
    private func fromTheClocks() throws -> (open: Int, overdue: Int, attention: [WeeklySummary.Attention]) {
        let overdue = try overdueNow(township: nil)
        // The county's overdue is the headline's; a township's is counted for it.
        let overdueNamed = try township.map { try overdueNow(township: $0) } ?? overdue
        let chosen = """
            SELECT t.* FROM (\(Self.judged(Self.attentionCandidates(escalatedToo: overdueNamed < 30)))) t
            WHERE (t.overdue OR t.escalated) AND (?2 IS NULL OR t.township_id = ?2) ORDER BY t.late DESC, t.id LIMIT 30
            """
        let rows = try Row.fetchAll(db.cachedStatement(sql: Self.named(chosen, order: "t.late DESC, t.id")), arguments: [end, township])
        let open = try Row.fetchOne(db.cachedStatement(sql: "SELECT total(open) FROM clock_tally"))?.tallied(atIndex: 0) ?? 0
        return (open, overdue, try rows.map(Self.attention))
    }

    /// Open and overdue as the week ended, and 需要关注, as recorded when it ended (`WeekEnds`),
    /// if it is over and was.
    private func recorded() throws -> (open: Int, overdue: Int, attention: [WeeklySummary.Attention])? {
        let number = WeekEnds.number(week)
        guard isOver, let row = try Row.fetchOne(db.cachedStatement(sql: WeekEnds.recorded), arguments: [number]) else { return nil }
        let rows = try Row.fetchAll(db.cachedStatement(sql: Self.named(WeekEnds.chosen, order: "t.late DESC, t.id")), arguments: [number, township])
        return (try row.value("open"), try row.value("overdue"), try rows.map(Self.attention))
    }

    /// The same replayed from each request's history, once: every request open then is judged
    /// into a table of its own (a few columns each), which is counted and from which the first
    /// thirty 需要关注 may name are chosen; only those leave SQLite. With none to name, one row
    /// still brings the counts.
    private func replayed() throws -> (open: Int, overdue: Int, attention: [WeeklySummary.Attention]) {
        let chosen = """
            SELECT t.* FROM judged t WHERE (t.overdue OR t.escalated) AND (?2 IS NULL OR t.township_id = ?2) ORDER BY t.late DESC, t.id LIMIT 30
            """
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            WITH judged AS MATERIALIZED (\(Self.judged(Self.openAtEnd)))
            SELECT counted.*, named.* FROM (SELECT count(*) AS open_then, total(overdue) AS overdue_then FROM judged) counted
            LEFT JOIN (\(Self.named(chosen, order: "t.late DESC, t.id"))) named ON true ORDER BY named.late DESC, named.id
            """), arguments: [end, township])
        return (try rows.first?.value("open_then") ?? 0, try rows.first?.tallied("overdue_then") ?? 0,
                try rows.filter { $0["id"] != nil }.map(Self.attention))
    }

    /// `source`'s rows (`openAtEnd`'s columns) open as the week ended (`end`, `?1` unless
    /// said): each one's id and township, whether it was escalated and overdue then, and how
    /// late (seconds past the deadline it missed).
    static func judged(_ source: String, end: String = "?1") -> String {
        """
        SELECT t.id, t.township_id, t.escalated_at IS NOT NULL AND t.escalated_at < \(end) AS escalated, \(overdueThen(end)) AS overdue,
          CASE WHEN \(overdueThen(end)) THEN max(\(end) - CASE WHEN (t.first_contact_at IS NULL OR t.first_contact_at >= \(end))
            AND t.first_contact_due < t.resolution_due THEN t.first_contact_due ELSE t.resolution_due END, 0) ELSE 0 END AS late
        FROM (\(source)) t WHERE t.state_then IN (\(openStates))
        """
    }

    /// The `chosen` rows (at most thirty, `judged`'s columns) with what the summary says of each:
    /// its reference, township, title, category and assignee, in `order`.
    private static func named(_ chosen: String, order: String) -> String {
        """
        SELECT t.*, h.ref, tw.name AS township_name, tw.name_en AS township_en, h.title, c.name_zh AS category,
          c.name_en AS category_en, c.sensitive, coalesce(ca.name, co.name) AS assignee
        FROM (\(chosen)) t
        JOIN help_request h ON h.id = t.id JOIN township tw ON tw.id = t.township_id JOIN category c ON c.id = h.category_id
        LEFT JOIN cadre ca ON ca.id = h.assignee_cadre_id LEFT JOIN commune co ON co.id = h.assignee_commune_id
        ORDER BY \(order)
        """
    }

    private static func attention(_ row: Row) throws -> WeeklySummary.Attention {
        WeeklySummary.Attention(
            ref: try row.value("ref"), township: BilingualName(zh: try row.value("township_name"), en: try row.value("township_en")),
            title: try row.value("sensitive") ? nil : try row.value("title"), category: BilingualName(zh: try row.value("category"), en: try row.value("category_en")),
            overdue: try row.value("overdue"), daysOverdue: Int((try row.value("late") as Int64) / 86400), escalated: try row.value("escalated"),
            assignee: try row.value("assignee"))
    }

    /// 五、工作日记: submitted, reviewed and their scores; waiting over a week; cadres silent
    /// for a month.
    private func diaries() throws -> WeeklySummary.Diaries {
        var diaries = WeeklySummary.Diaries()
        diaries.submitted = try count("SELECT count(*) FROM diary WHERE submitted_at >= ? AND submitted_at < ?", [span.lowerBound, span.upperBound])
        func scores(_ week: CountyWeek, upTo end: Int64) throws -> (Int, Double?) {
            let row = try Row.fetchOne(db.cachedStatement(sql: Self.weekReviews), arguments: [
                WeekEnds.number(week), week.instants.lowerBound, end, week.instants.upperBound,
            ]).required()
            let scored: Int = try row.decode(atIndex: 1), total: Double = try row.decode(atIndex: 2)
            return (try row.decode(atIndex: 0), scored > 0 ? total / Double(scored) : nil)
        }
        (diaries.reviewed, diaries.meanScore) = try scores(week, upTo: span.upperBound)
        diaries.meanScoreLastWeek = try scores(week.previous, upTo: last.upperBound).1
        diaries.waitingOverAWeek = try count(Self.waitingOverAWeek, [end])
        let month = CountyTime.dayString(Date(unixSeconds: end - Int64(Tallies.silentDays) * 86400))
        diaries.silentCadres = try String.fetchAll(db.cachedStatement(sql: Self.silentCadres), arguments: [month, CountyTime.dayString(Date(unixSeconds: end))])
        return diaries
    }

    /// Active cadres who joined before the month from `?1` to `?2` (days) and wrote up no
    /// visit in it: those whose latest visit is before it (or who have none), read along the
    /// index of latest visits (v21), and those with a stretch without visits that spans it —
    /// from before it to after it — read along the index of stretches by their end (v27).
    static let silentCadres = """
        SELECT c.name FROM (
          SELECT cadre_id FROM \(Tallies.lastVisits.table) WHERE last_visit < ?1
          UNION ALL
          SELECT cadre_id FROM \(Tallies.silences.table) WHERE until >= ?2 AND since < ?1
        ) s CROSS JOIN cadre c ON c.id = s.cadre_id
        WHERE c.active AND (c.joined_on IS NULL OR c.joined_on < ?1)
        ORDER BY c.township_id, c.id
        """

    /// The week numbered `?1` (from `?2` to `?4`) up to `?3`: its diaries reviewed, reviews
    /// scored and their total, from the tally by week (v33) less the reviews submitted in it
    /// after `?3` — none once the week is over — and the diaries they alone reviewed.
    static let weekReviews: String = {
        let later = "state = \(ReviewState.submitted.sql) AND submitted_at >= ?3 AND submitted_at < ?4"
        func kept(_ measure: String) -> String { "coalesce((SELECT \(measure) FROM \(Tallies.weekReviews.table) WHERE week = ?1), 0)" }
        return """
            SELECT \(kept("diaries")) - (SELECT count(DISTINCT r.diary_id) FROM diary_review r INDEXED BY diary_review_submitted WHERE r.\(later)
                AND NOT EXISTS (SELECT 1 FROM diary_review p WHERE p.diary_id = r.diary_id AND p.state = \(ReviewState.submitted.sql)
                  AND p.submitted_at >= ?2 AND p.submitted_at < ?3)),
              \(kept("scored")) - (SELECT count(total) FROM diary_review INDEXED BY diary_review_submitted WHERE \(later)),
              \(kept("score_total")) - (SELECT total(total) FROM diary_review INDEXED BY diary_review_submitted WHERE \(later))
            """
    }()

    /// Diaries waiting over a week as the week ended (`?1`): in before then and no review
    /// submitted by then. Those still waiting now are counted along the waiting index, less the
    /// few of them with a review submitted by then, found from the tally of waiting diaries'
    /// reviews (v19; read first, or SQLite would walk every diary in before then to look each
    /// up in it); those reviewed since are among the reviews that came late, tallied by when
    /// they came (v32).
    static let waitingOverAWeek: String = {
        let reviewedBy = """
            EXISTS (SELECT 1 FROM diary_review r WHERE r.diary_id = d.id AND r.state = \(ReviewState.submitted.sql) AND r.submitted_at < ?1)
            """
        return """
            SELECT (SELECT count(*) FROM diary d INDEXED BY diary_waiting
                    WHERE d.state IN (\(DiaryState.waiting.sql)) AND d.submitted_at < ?1 - \(DiaryState.reviewWithin))
              - (SELECT count(*) FROM \(Tallies.waitingReviews.table) w CROSS JOIN diary d ON d.id = w.diary_id
                 WHERE d.submitted_at < ?1 - \(DiaryState.reviewWithin) AND \(reviewedBy))
              + (SELECT count(DISTINCT l.diary_id) FROM \(Tallies.lateReviews.table) l CROSS JOIN diary d ON d.id = l.diary_id
                 WHERE l.submitted_at >= ?1 AND l.late_from < ?1 AND d.state IN (\(DiaryState.reviewed.sql)) AND NOT \(reviewedBy))
            """
    }()

    /// 六、满意度: every answer given in the week, cadre surveys and follow-ups together, and
    /// the three townships rated lowest among those with enough answers.
    private func satisfaction() throws -> (Satisfaction.Figure, [WeeklySummary.TownshipFigure]) {
        var satisfaction = Satisfaction.Figure(satisfied: 0, answers: 0)
        var byTownship: [Int64: Satisfaction.Figure] = [:]
        for kind in SurveyKind.allCases {
            for (township, figure) in try SurveyStore.satisfaction(kind: kind, in: span, byTownship: true, db) {
                satisfaction.satisfied += figure.satisfied
                satisfaction.answers += figure.answers
                if let township {
                    byTownship[township, default: Satisfaction.Figure(satisfied: 0, answers: 0)].satisfied += figure.satisfied
                    byTownship[township, default: Satisfaction.Figure(satisfied: 0, answers: 0)].answers += figure.answers
                }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name, name_en FROM township")).map {
            (try $0.value("id") as Int64, BilingualName(zh: try $0.value("name"), en: try $0.value("name_en")))
        })
        let lowest = byTownship.filter(\.value.shown).sorted { ($0.value.rate ?? 0, $0.key) < ($1.value.rate ?? 0, $1.key) }
            .prefix(3).map { WeeklySummary.TownshipFigure(name: names[$0.key] ?? BilingualName(zh: "?", en: nil), figure: $0.value) }
        return (satisfaction, lowest)
    }

    /// 七、意见建议 (suggestions): received and answered in the week, those unanswered past
    /// their time as it ended, and those received since launch; from the tally by day (v34).
    /// Unanswered past their time: received before the week before the end (`due`), less those
    /// of them answered by the end — every one answered by then, less those received since `due`
    /// (a week's, from the index).
    private func suggestions() throws -> (WeeklySummary.Suggestions, sinceLaunch: Int) {
        let inWeek = try Tallies.suggestions.read(over: span, db).first
        let byEnd = try Tallies.suggestions.read(over: Int64.min..<end, db).first
        let due = end - Suggestions.answerWithin
        // Those received by the end less the last days' (a second read of the whole history
        // would cost what the first did).
        let receivedByDue = try (byEnd?.tallied("received") ?? 0) - (Tallies.suggestions.read(over: due..<end, db).first?.tallied("received") ?? 0)
        let answeredSinceDue = try count("SELECT count(*) FROM suggestion WHERE received_at >= ? AND answered_at < ?", [due, end])
        let answeredByEnd = try byEnd?.tallied("answered") ?? 0
        return (WeeklySummary.Suggestions(
            received: try inWeek?.tallied("received") ?? 0, answered: try inWeek?.tallied("answered") ?? 0,
            overdue: receivedByDue - (answeredByEnd - answeredSinceDue)),
                try byEnd?.tallied("received") ?? 0)
    }

    /// 七、志愿服务 (service): townships planning the next service day and its sign-ups, and help squads'
    /// plans submitted, filed and returned in the week.
    private func service(nextServiceDay: String) throws -> WeeklySummary.Service {
        func squadEvents(_ action: String) throws -> Int {
            try count("SELECT count(*) FROM squad_event WHERE action = ? AND at >= ? AND at < ?", [action, span.lowerBound, span.upperBound])
        }
        return WeeklySummary.Service(
            plannedTownships: try Row.fetchAll(db.cachedStatement(sql: """
                SELECT t.name, t.name_en FROM service_day_plan p JOIN township t ON t.id = p.township_id WHERE p.day = ? ORDER BY t.position
                """), arguments: [nextServiceDay]).map { BilingualName(zh: try $0.value("name"), en: try $0.value("name_en")) },
            signups: try count("""
                SELECT count(*) FROM service_day_signup s JOIN service_day_plan p ON p.id = s.plan_id WHERE p.day = ?
                """, [nextServiceDay]),
            squadPlansSubmitted: try squadEvents("submit"), squadPlansFiled: try squadEvents("file"),
            squadPlansReturned: try squadEvents("return"))
    }
}
