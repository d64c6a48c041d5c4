import Foundation
import GRDB
import LeagueCore

/// One ISO week of the county's work, Monday to Sunday in county time: the figures every
/// writer of the weekly summary (screen, text, files) shows, computed once.
public struct WeeklySummary: Codable, Equatable, Sendable {
    public struct Headline: Codable, Equatable, Sendable {
        public var received = 0
        public var published = 0
        /// Requests with a `resolve` in the week (a request resolved and reopened counts).
        public var resolved = 0
        public var closed = 0
        /// Open as the week ended (replayed from the history), and of those past a deadline.
        public var openAtEnd = 0
        public var overdueAtEnd = 0
        /// Seconds from collection to first contact, for contacts made in the week.
        public var firstContactMedian: Int64?
        public var firstContactP90: Int64?
        /// Seconds from collection to resolution, for resolutions in the week.
        public var resolutionMedian: Int64?
        public var resolutionP90: Int64?
        /// Of the requests whose first contact fell due in the week, those contacted in time.
        public var contactDue = 0
        public var contactedInTime = 0
    }

    /// A category's or township's line, with last week's for the change.
    public struct Breakdown: Codable, Equatable, Sendable {
        public var name: BilingualName
        public var received: Int
        public var receivedLastWeek: Int
        public var resolved: Int
        public var sensitive: Bool
    }

    /// A request that needs attention as the week ends.
    public struct Attention: Codable, Equatable, Sendable {
        public var ref: String
        public var township: BilingualName
        /// Nil for a sensitive category: on paper only counted.
        public var title: String?
        public var category: BilingualName
        public var daysOverdue: Int
        public var escalated: Bool
        public var assignee: String?
    }

    public struct Diaries: Codable, Equatable, Sendable {
        public var submitted = 0
        public var reviewed = 0
        public var waitingOverAWeek = 0
        public var meanScore: Double?
        public var meanScoreLastWeek: Double?
        /// Active cadres with no diary in the 30 days to the week's end.
        public var silentCadres: [String] = []
    }

    public struct Suggestions: Codable, Equatable, Sendable {
        public var received = 0
        public var answered = 0
        /// Unanswered more than a week as the week ended.
        public var overdue = 0
    }

    /// Volunteer service: who plans the next service day, and help squads' plans filed.
    public struct Service: Codable, Equatable, Sendable {
        /// The townships with a plan for the next service day, in the county's order.
        public var plannedTownships: [BilingualName] = []
        /// People signed up for those plans.
        public var signups = 0
        /// Help squads' plans submitted for filing, filed and returned in the week.
        public var squadPlansSubmitted = 0
        public var squadPlansFiled = 0
        public var squadPlansReturned = 0
    }

    public var week: CountyWeek
    /// When the week is not over yet (a summary printed on Friday): the moment its figures
    /// stand at — open, overdue, waiting and unanswered as of then, not a guess at Sunday.
    public var asOf: Int64?
    public var headline: Headline
    public var categories: [Breakdown]
    public var townships: [Breakdown]
    public var attention: [Attention]
    public var diaries: Diaries
    /// Satisfaction answers given in the week (cadre surveys and follow-ups together).
    public var satisfaction: Satisfaction.Figure
    /// The townships with the lowest rates this week, among those with at least 5 answers.
    public var lowestTownships: [TownshipFigure]
    public var suggestions: Suggestions
    /// The last Sunday of the month on or after the week's Monday (`YYYY-MM-DD`).
    public var nextServiceDay: String
    public var service: Service
    /// The holidays volunteers serve on in the week after this one.
    public var holidaysNextWeek: [HolidayDay]
    /// Since the plan began: requests solved and suggestions collected (the county's line).
    public var solvedSinceLaunch: Int
    public var suggestionsSinceLaunch: Int

    /// A township's satisfaction figure.
    public struct TownshipFigure: Codable, Equatable, Sendable {
        public var name: BilingualName
        public var figure: Satisfaction.Figure
    }

    /// A holiday served on, and its day (`YYYY-MM-DD`).
    public struct HolidayDay: Codable, Equatable, Sendable {
        public var holiday: Holiday
        public var day: String
    }
}

extension AppDatabase {
    /// The summary of `week` seen at `now`. Open and overdue "as the week ended" are replayed
    /// from each request's history; deadlines are the ones on file now (a pause that has
    /// ended since is not undone). A week not over yet ends, for those figures, at `now`, so
    /// they match the queue's.
    public func weeklySummary(_ week: CountyWeek, now: Date) throws -> WeeklySummary {
        let span = week.instants, last = week.previous.instants
        let end = min(span.upperBound, now.unixSeconds)
        return try StoreError.translating(path: path) {
            try writer.read { db in
                func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
                var headline = WeeklySummary.Headline()
                headline.received = try count("""
                    SELECT count(*) FROM help_request INDEXED BY help_request_created WHERE created_at >= ? AND created_at < ?
                    """, [span.lowerBound, span.upperBound])
                func events(_ action: String, _ range: Range<Int64>) throws -> Int {
                    try count("""
                        SELECT count(DISTINCT request_id) FROM request_event INDEXED BY request_event_at WHERE at >= ? AND at < ? AND action = ?
                        """, [range.lowerBound, range.upperBound, action])
                }
                headline.published = try events("township_approve", span)
                headline.resolved = try events("resolve", span)
                headline.closed = try events("close", span)
                // Each request's state as the week ended: its last change before then. Only requests
                // changed since (updated_at is the time of the last change) need their history
                // read; the others stand as they are now, and only the open ones matter.
                let open = RequestState.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")
                let atEnd = """
                    SELECT r.*, r.state AS state_then FROM help_request r INDEXED BY help_request_open_age
                    WHERE \(RequestSQL.isOpen) AND r.created_at < ?1 AND r.updated_at < ?1
                    UNION ALL
                    SELECT r.*, coalesce((SELECT e.to_state FROM request_event e WHERE e.request_id = r.id AND e.at < ?1
                      AND e.to_state IS NOT NULL ORDER BY e.id DESC LIMIT 1), 'collected') AS state_then
                    FROM help_request r WHERE r.updated_at >= ?1 AND r.created_at < ?1
                    """
                // Past a deadline then, its clock running: a request waiting on its requester since
                // before then is paused as the queue counts it.
                let overdueThen = """
                    ((first_contact_at IS NULL OR first_contact_at >= ?1) AND first_contact_due < ?1 OR resolution_due < ?1)
                    AND (sla_paused_at IS NULL OR sla_paused_at >= ?1)
                    """
                let row = try Row.fetchOne(db, sql: """
                    SELECT count(*) AS open, total(\(overdueThen)) AS overdue FROM (\(atEnd)) WHERE state_then IN (\(open))
                    """, arguments: [end])!
                headline.openAtEnd = row["open"]
                headline.overdueAtEnd = Int(row["overdue"] as Double)
                let contacts = try Int64.fetchAll(db, sql: """
                    SELECT first_contact_at - created_at FROM help_request WHERE first_contact_at >= ? AND first_contact_at < ?
                    """, arguments: [span.lowerBound, span.upperBound])
                headline.firstContactMedian = Percentile.of(contacts, 0.5)
                headline.firstContactP90 = Percentile.of(contacts, 0.9)
                let resolutions = try Int64.fetchAll(db, sql: """
                    SELECT e.at - r.created_at FROM request_event e INDEXED BY request_event_at JOIN help_request r ON r.id = e.request_id
                    WHERE e.at >= ? AND e.at < ? AND e.action = 'resolve'
                    """, arguments: [span.lowerBound, span.upperBound])
                headline.resolutionMedian = Percentile.of(resolutions, 0.5)
                headline.resolutionP90 = Percentile.of(resolutions, 0.9)
                let due = try Row.fetchOne(db, sql: """
                    SELECT count(*) AS due, total(first_contact_at IS NOT NULL AND first_contact_at <= first_contact_due) AS met
                    FROM help_request WHERE first_contact_due >= ? AND first_contact_due < ?
                    """, arguments: [span.lowerBound, end])!
                headline.contactDue = due["due"]
                headline.contactedInTime = Int(due["met"] as Double)

                // The week's and last week's arrivals, and the week's resolutions, each read once
                // along an index, then counted by category and township here.
                func arrivals(_ range: Range<Int64>) throws -> [Row] {
                    try Row.fetchAll(db, sql: """
                        SELECT category_id, township_id FROM help_request INDEXED BY help_request_created
                        WHERE created_at >= ? AND created_at < ?
                        """, arguments: [range.lowerBound, range.upperBound])
                }
                let arrived = try arrivals(span), arrivedBefore = try arrivals(last)
                let resolvedRows = try Row.fetchAll(db, sql: """
                    SELECT DISTINCT r.id, r.category_id, r.township_id FROM request_event e INDEXED BY request_event_at
                    JOIN help_request r ON r.id = e.request_id WHERE e.at >= ? AND e.at < ? AND e.action = 'resolve'
                    """, arguments: [span.lowerBound, span.upperBound])
                func breakdown(_ column: String, _ names: String) throws -> [WeeklySummary.Breakdown] {
                    func tally(_ rows: [Row]) -> [Int64: Int] {
                        rows.reduce(into: [:]) { counts, row in counts[row[column] as Int64, default: 0] += 1 }
                    }
                    let now = tally(arrived), before = tally(arrivedBefore), solved = tally(resolvedRows)
                    return try Row.fetchAll(db, sql: names).map { row in
                        let id: Int64 = row["id"]
                        return WeeklySummary.Breakdown(name: BilingualName(zh: row["name"], en: row["name_en"]), received: now[id] ?? 0, receivedLastWeek: before[id] ?? 0,
                                                       resolved: solved[id] ?? 0, sensitive: row["sensitive"])
                    }
                }
                let categories = try breakdown("category_id", "SELECT id, name_zh AS name, name_en, sensitive FROM category ORDER BY position")
                let townships = try breakdown("township_id", "SELECT id, name, name_en, 0 AS sensitive FROM township ORDER BY position")

                let attention = try Row.fetchAll(db, sql: """
                    SELECT t.ref, tw.name AS township, tw.name_en AS township_en, t.title, c.name_zh AS category,
                      c.name_en AS category_en, c.sensitive, t.escalated_at,
                      max(?1 - CASE WHEN (t.first_contact_at IS NULL OR t.first_contact_at >= ?1) AND t.first_contact_due < t.resolution_due
                               THEN t.first_contact_due ELSE t.resolution_due END, 0) AS late,
                      coalesce(ca.name, co.name) AS assignee
                    FROM (\(atEnd)) t JOIN township tw ON tw.id = t.township_id JOIN category c ON c.id = t.category_id
                    LEFT JOIN cadre ca ON ca.id = t.assignee_cadre_id LEFT JOIN commune co ON co.id = t.assignee_commune_id
                    WHERE t.state_then IN (\(open)) AND (\(overdueThen) OR (t.escalated_at IS NOT NULL AND t.escalated_at < ?1))
                    ORDER BY late DESC, t.id LIMIT 30
                    """, arguments: [end]).map { row in
                    WeeklySummary.Attention(
                        ref: row["ref"], township: BilingualName(zh: row["township"], en: row["township_en"]),
                        title: row["sensitive"] ? nil : row["title"], category: BilingualName(zh: row["category"], en: row["category_en"]),
                        daysOverdue: Int((row["late"] as Int64) / 86400), escalated: (row["escalated_at"] as Int64?) != nil, assignee: row["assignee"])
                }

                var diaries = WeeklySummary.Diaries()
                diaries.submitted = try count("SELECT count(*) FROM diary WHERE submitted_at >= ? AND submitted_at < ?", [span.lowerBound, span.upperBound])
                func scores(_ range: Range<Int64>) throws -> (Int, Double?) {
                    let row = try Row.fetchOne(db, sql: """
                        SELECT count(DISTINCT diary_id) AS n, avg(total) AS mean FROM diary_review
                        WHERE state = 'submitted' AND submitted_at >= ? AND submitted_at < ?
                        """, arguments: [range.lowerBound, range.upperBound])!
                    return (row["n"], row["mean"])
                }
                (diaries.reviewed, diaries.meanScore) = try scores(span)
                diaries.meanScoreLastWeek = try scores(last).1
                // Waiting over a week as the week ended: in before then and no review submitted
                // by then. Those still waiting now are found along the waiting index; those
                // reviewed since, from the reviews submitted after the week.
                let unreviewedThen = """
                    d.submitted_at < ?1 - 7 * 86400
                    AND NOT EXISTS (SELECT 1 FROM diary_review r WHERE r.diary_id = d.id AND r.state = 'submitted' AND r.submitted_at < ?1)
                    """
                diaries.waitingOverAWeek = try count("""
                    SELECT (SELECT count(*) FROM diary d INDEXED BY diary_waiting WHERE d.state IN ('submitted', 'in_review') AND \(unreviewedThen))
                      + (SELECT count(*) FROM diary d WHERE d.id IN (SELECT diary_id FROM diary_review INDEXED BY diary_review_submitted
                           WHERE state = 'submitted' AND submitted_at >= ?1)
                         AND d.state IN ('reviewed', 'feedback_published') AND \(unreviewedThen))
                    """, [end])
                let month = CountyTime.dayString(Date(unixSeconds: end - 30 * 86400))
                diaries.silentCadres = try String.fetchAll(db, sql: """
                    SELECT c.name FROM cadre c WHERE c.active AND (c.joined_on IS NULL OR c.joined_on < ?)
                      AND NOT EXISTS (SELECT 1 FROM diary d WHERE d.cadre_id = c.id AND d.visit_on >= ? AND d.visit_on < ?)
                    ORDER BY c.township_id, c.id
                    """, arguments: [month, month, CountyTime.dayString(Date(unixSeconds: end))])

                var satisfaction = Satisfaction.Figure(satisfied: 0, answers: 0)
                var byTownship: [Int64: Satisfaction.Figure] = [:]
                for kind in SurveyKind.allCases {
                    let all = try Self.satisfaction(kind: kind, in: span, groupBy: "r.township_id", db)
                    for (township, figure) in all {
                        satisfaction.satisfied += figure.satisfied
                        satisfaction.answers += figure.answers
                        if let township {
                            byTownship[township, default: Satisfaction.Figure(satisfied: 0, answers: 0)].satisfied += figure.satisfied
                            byTownship[township, default: Satisfaction.Figure(satisfied: 0, answers: 0)].answers += figure.answers
                        }
                    }
                }
                let townshipNames = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name, name_en FROM township").map {
                    ($0["id"] as Int64, BilingualName(zh: $0["name"], en: $0["name_en"]))
                })
                let lowest = byTownship.filter(\.value.shown).sorted { ($0.value.rate ?? 0, $0.key) < ($1.value.rate ?? 0, $1.key) }
                    .prefix(3).map { WeeklySummary.TownshipFigure(name: townshipNames[$0.key] ?? BilingualName(zh: "?", en: nil), figure: $0.value) }

                let suggestions = WeeklySummary.Suggestions(
                    received: try count("SELECT count(*) FROM suggestion WHERE received_at >= ? AND received_at < ?", [span.lowerBound, span.upperBound]),
                    answered: try count("SELECT count(*) FROM suggestion WHERE answered_at >= ? AND answered_at < ?", [span.lowerBound, span.upperBound]),
                    overdue: try count("SELECT count(*) FROM suggestion WHERE received_at < ? AND (answered_at IS NULL OR answered_at >= ?)",
                                       [end - Suggestions.answerWithin, end]))
                let nextServiceDay = CountyTime.dayString(ServiceDay.next(onOrAfter: week.start))
                func squadEvents(_ action: String) throws -> Int {
                    try count("SELECT count(*) FROM squad_event WHERE action = ? AND at >= ? AND at < ?", [action, span.lowerBound, span.upperBound])
                }
                let service = WeeklySummary.Service(
                    plannedTownships: try Row.fetchAll(db, sql: """
                        SELECT t.name, t.name_en FROM service_day_plan p JOIN township t ON t.id = p.township_id WHERE p.day = ? ORDER BY t.position
                        """, arguments: [nextServiceDay]).map { BilingualName(zh: $0["name"], en: $0["name_en"]) },
                    signups: try count("""
                        SELECT count(*) FROM service_day_signup s JOIN service_day_plan p ON p.id = s.plan_id WHERE p.day = ?
                        """, [nextServiceDay]),
                    squadPlansSubmitted: try squadEvents("submit"), squadPlansFiled: try squadEvents("file"),
                    squadPlansReturned: try squadEvents("return"))
                return WeeklySummary(
                    week: week, asOf: end < span.upperBound ? end : nil, headline: headline, categories: categories, townships: townships, attention: attention,
                    diaries: diaries, satisfaction: satisfaction, lowestTownships: Array(lowest), suggestions: suggestions,
                    nextServiceDay: nextServiceDay, service: service,
                    holidaysNextWeek: Holiday.between(week.end, week.next.end).map {
                        WeeklySummary.HolidayDay(holiday: $0.holiday, day: CountyTime.dayString($0.date))
                    },
                    solvedSinceLaunch: try count("SELECT count(*) FROM help_request WHERE \(RequestSQL.isSolved) AND created_at < ?", [end]),
                    suggestionsSinceLaunch: try count("SELECT count(*) FROM suggestion WHERE received_at < ?", [end]))
            }
        }
    }
}
