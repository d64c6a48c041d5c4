import GRDB
import LeagueCore

/// The tallies the reports read (migration v11), and the triggers that keep them. Triggers,
/// not a write path in the store: the demo's bulk load, imports, the workflow and a hand
/// repair with sqlite3 all write these tables, and a trigger is the one place none of them can
/// go around; it runs in the writer's own transaction, so a figure and the row it counts
/// commit or roll back together.
enum Tallies {
    static let all = Tallies_v11.tallies.filter { $0.table != surveys.table } + Summary_v13.tallies
        + TownshipFigures_v17.tallies + WeeklyFigures_v19.tallies + TownshipTable_v20.tallies
        + LastVisits_v21.tallies + Calibration_v22.tallies + SatisfactionByCadre_v25.tallies + Silences_v27.tallies
        + ContactTimes_v28.tallies + ResolutionTimes_v29.tallies + LateReviews_v32.tallies + WeekReviews_v33.tallies
        + Suggestions_v34.tallies + TableRows_v36.tallies

    // MARK: Requests

    /// Per county day × township × category: requests received (by the time they came);
    /// published, resolved and closed (each request counted once a week for each: the
    /// first such event of its ISO week, so a week's sum is the number of requests, as the
    /// weekly summary counts them). Township and category are the request's own now:
    /// changing one moves its whole contribution.
    static let requests = Tally(
        table: "request_tally",
        keys: [("day", "INTEGER"), ("township_id", "INTEGER"), ("category_id", "INTEGER")],
        measures: [("received", "INTEGER"), ("published", "INTEGER"), ("resolved", "INTEGER"), ("closed", "INTEGER")],
        gathering: .sum,
        parts: { within in
            [arrivals("help_request r", where: within("r.created_at")), steps("help_request r", where: within("e.at"))]
        },
        keeping: requestTriggers)

    private static let requestColumns = ["id", "created_at", "township_id", "category_id"]
    private static let countedList = "'township_approve', 'resolve', 'close'"

    private static func arrivals(_ requests: String, where condition: String = "1") -> String {
        """
        SELECT \(TallySQL.day("r.created_at")) AS day, r.township_id, r.category_id,
          1 AS received, 0 AS published, 0 AS resolved, 0 AS closed FROM \(requests) WHERE \(condition)
        """
    }

    private static func steps(_ requests: String, events: String = "request_event e", where condition: String = "1") -> String {
        func firstThisWeek(_ action: String) -> String {
            """
            (e.action = '\(action)' AND NOT EXISTS (SELECT 1 FROM request_event p WHERE p.request_id = e.request_id
              AND p.action = e.action AND p.id < e.id AND \(TallySQL.week("p.at")) = \(TallySQL.week("e.at"))))
            """
        }
        return """
            SELECT \(TallySQL.day("e.at")) AS day, r.township_id, r.category_id, 0 AS received,
              \(firstThisWeek("township_approve")) AS published, \(firstThisWeek("resolve")) AS resolved, \(firstThisWeek("close")) AS closed
            FROM \(events) JOIN \(requests) ON r.id = e.request_id WHERE e.action IN (\(countedList)) AND \(condition)
            """
    }

    private static func requestTriggers(_ t: Tally) -> [(name: String, sql: String)] {
        let old = TallySQL.row("old", requestColumns, as: "r"), new = TallySQL.row("new", requestColumns, as: "r")
        let moved = requestColumns.dropFirst().map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR ")
        return [
            TallySQL.trigger("request_tally_insert", "AFTER INSERT ON help_request", [t.adding(arrivals(new))]),
            TallySQL.trigger("request_tally_update", "AFTER UPDATE OF created_at, township_id, category_id ON help_request", when: moved, [
                t.adding(arrivals(old), taking: true), t.adding(steps(old), taking: true),
                t.adding(arrivals(new)), t.adding(steps(new)),
            ]),
            TallySQL.trigger("request_tally_delete", "AFTER DELETE ON help_request", [
                t.adding(arrivals(old), taking: true), t.adding(steps(old), taking: true),
            ]),
            TallySQL.trigger("request_tally_event", "AFTER INSERT ON request_event",
                             when: "new.action IN (\(countedList))", [
                t.adding(steps("help_request r", events: TallySQL.row("new", ["id", "request_id", "at", "action", "to_state"], as: "e"))),
            ]),
        ]
    }

    /// Per county day: the change that day in how many requests stand resolved or closed,
    /// for "solved since launch" as any moment saw it. A request stands in the state its
    /// last event gave it, and collected before its first.
    static let standing = Tally(
        table: "standing_tally",
        keys: [("day", "INTEGER")],
        measures: [("solved", "INTEGER")],
        gathering: .sum,
        parts: { within in [changes(where: within("e.at"))] },
        keeping: { t in [
            TallySQL.trigger("standing_tally_event", "AFTER INSERT ON request_event", when: "new.to_state IS NOT NULL", [
                t.adding(changes(events: TallySQL.row("new", ["id", "request_id", "at", "to_state"], as: "e"))),
            ]),
        ] })

    private static func changes(events: String = "request_event e", where condition: String = "1") -> String {
        let solved = RequestState.allCases.filter(\.isSolved).sql
        let before = """
            coalesce((SELECT p.to_state FROM request_event p WHERE p.request_id = e.request_id AND p.id < e.id
              AND p.to_state IS NOT NULL ORDER BY p.id DESC LIMIT 1), \(RequestState.collected.sql))
            """
        return """
            SELECT \(TallySQL.day("e.at")) AS day, (e.to_state IN (\(solved))) - (\(before) IN (\(solved))) AS solved
            FROM \(events) WHERE e.to_state IS NOT NULL AND \(condition)
            """
    }

    // MARK: Open requests' clocks

    /// Per county day on which the clock runs out × township: the open requests, each on the
    /// day of its first deadline still to be met (the first contact's while none is made, else
    /// the resolution's), or on `CountyDays.never` while its clock stands (paused, or waiting on
    /// the requester: 待补充). All its days are the township's open requests; the days before
    /// a moment, those overdue at it — when nothing about a request was recorded since.
    static let clocks = Tally(
        table: "clock_tally",
        keys: [("day", "INTEGER"), ("township_id", "INTEGER")],
        measures: [("open", "INTEGER")],
        gathering: .sum,
        parts: { within in [clocks("help_request INDEXED BY help_request_clock", where: within(runsOut))] },
        keeping: clockTriggers)

    /// When an open request's clock runs out (NULL while it stands): overdue at a moment after
    /// it, as `RequestSQL.deadlineMissed(asOf:)` says for a request nothing was recorded about
    /// since. Written on the row's own columns, unqualified, as the clock index (v13) holds it.
    static let runsOut = """
        (CASE WHEN sla_paused_at IS NULL AND state != \(RequestState.needsInfo.sql) THEN CASE WHEN first_contact_at IS NULL \
        AND first_contact_due < resolution_due THEN first_contact_due ELSE resolution_due END END)
        """

    private static let clockColumns = ["id", "state", "township_id", "sla_paused_at", "first_contact_at", "first_contact_due", "resolution_due"]

    private static func clocks(_ requests: String, where condition: String = "1") -> String {
        """
        SELECT coalesce(\(TallySQL.day(runsOut)), \(CountyDays.never)) AS day, township_id, 1 AS open
        FROM \(requests) WHERE \(RequestSQL.isOpen) AND \(condition)
        """
    }

    private static func clockTriggers(_ t: Tally) -> [(name: String, sql: String)] {
        t.rowTriggers(on: "help_request", clockColumns, watched: Array(clockColumns.dropFirst()), pruning: true) { clocks($0) }
    }

    /// Per county day of the first contact's deadline: requests whose first contact fell due
    /// that day, and how many of them were contacted by then (as recorded now).
    static let contactDeadlines = Tally(
        table: "contact_due_tally",
        keys: [("day", "INTEGER")],
        measures: [("due", "INTEGER"), ("met", "INTEGER")],
        gathering: .sum,
        parts: { within in [contactsDue("help_request", where: within("first_contact_due"))] },
        keeping: { t in
            let columns = ["first_contact_due", "first_contact_at"]
            return t.rowTriggers(on: "help_request", columns, watched: columns) { contactsDue($0) }
        })

    private static func contactsDue(_ requests: String, where condition: String = "1") -> String {
        """
        SELECT \(TallySQL.day("first_contact_due")) AS day, 1 AS due,
          (first_contact_at IS NOT NULL AND first_contact_at <= first_contact_due) AS met FROM \(requests) WHERE \(condition)
        """
    }

    /// Per county week of first contact × `timeBucket` of the time it took: the requests first
    /// contacted. The weekly summary finds in which bucket the median and the 90th percentile
    /// fall by adding up the week's buckets (a few hundred), then reads the one value at its
    /// place in that bucket along `help_request_contact_week`, instead of counting the week's
    /// first contacts and walking up to half of them (54,000 a week at a hundred times the county).
    static let contactTimes = Tally(
        table: "contact_time_tally",
        keys: [("week", "INTEGER"), ("bucket", "INTEGER")],
        measures: [("contacts", "INTEGER")],
        gathering: .sum,
        parts: { within in [contactTimesOf("help_request r", where: within("first_contact_at"))] },
        keeping: { t in
            t.rowTriggers(on: "help_request", ["id", "created_at", "first_contact_at"], watched: ["created_at", "first_contact_at"]) {
                contactTimesOf($0)
            }
        })

    /// The width of `contactTimes`' buckets, in seconds: ten minutes.
    static let timeBucket: Int64 = 600

    /// A part of `contactTimes`: each first contact of `requests`.
    private static func contactTimesOf(_ requests: String, where condition: String = "1") -> String {
        """
        SELECT \(WeeklyFigures_v19.contactWeek) AS week, \(WeeklyFigures_v19.contactTime) / \(timeBucket) AS bucket, 1 AS contacts
        FROM \(requests) WHERE first_contact_at IS NOT NULL AND \(condition)
        """
    }

    /// Per county week of a resolution × the time it took × its event: each resolution (a
    /// request resolved again is counted again), and when it was made (`at`). In the order of
    /// the time taken, so that the weekly summary counts the week's resolutions and reads the
    /// median and the 90th percentile at their ranks in this table alone, instead of looking up
    /// every request resolved in the week for when it came (4,600 at a hundred times the county).
    static let resolutionTimes = Tally(
        table: "resolution_time_tally",
        keys: [("week", "INTEGER"), ("seconds", "INTEGER"), ("event_id", "INTEGER")],
        measures: [("at", "INTEGER")],
        gathering: .max,
        parts: { within in [resolutionTimesOf(where: within("e.at"))] },
        keeping: { t in
            let event = TallySQL.row("new", ["id", "request_id", "at", "action"], as: "e")
            func request(_ which: String) -> String { TallySQL.row(which, ["id", "created_at"], as: "r") }
            func takingAway(_ which: String) -> String {
                "DELETE FROM \(t.table) WHERE (\(t.keyList)) IN (SELECT \(t.keyList) FROM (\(resolutionTimesOf(requests: request(which)))));"
            }
            return [
                TallySQL.trigger("\(t.table)_event", "AFTER INSERT ON request_event", when: "new.action = 'resolve'",
                                 [t.adding(resolutionTimesOf(events: event))]),
                TallySQL.trigger("\(t.table)_request_update", "AFTER UPDATE OF created_at ON help_request",
                                 when: "old.created_at IS NOT new.created_at",
                                 [takingAway("old"), t.adding(resolutionTimesOf(requests: request("new")))]),
                TallySQL.trigger("\(t.table)_request_delete", "AFTER DELETE ON help_request", [takingAway("old")]),
            ]
        })

    /// A part of `resolutionTimes`: the resolutions among `events` (aliased `e`) of `requests`
    /// (aliased `r`).
    private static func resolutionTimesOf(events: String = "request_event e", requests: String = "help_request r",
                                          where condition: String = "1") -> String {
        """
        SELECT \(TallySQL.week("e.at")) AS week, e.at - r.created_at AS seconds, e.id AS event_id, e.at AS at
        FROM \(events) JOIN \(requests) ON r.id = e.request_id WHERE e.action = 'resolve' AND \(condition)
        """
    }

    /// Per county day of resolution: requests resolved (their `resolved_at` now), and how many
    /// of them have had a follow-up call (any survey response about them).
    static let followUps = Tally(
        table: "follow_up_tally",
        keys: [("day", "INTEGER")],
        measures: [("resolved", "INTEGER"), ("followed", "INTEGER")],
        gathering: .sum,
        parts: { within in [resolutions("help_request r", where: within("r.resolved_at"))] },
        keeping: followUpTriggers)

    private static func resolutions(_ requests: String, where condition: String = "1") -> String {
        """
        SELECT \(TallySQL.day("r.resolved_at")) AS day, 1 AS resolved,
          EXISTS (SELECT 1 FROM survey_response s WHERE s.request_id = r.id) AS followed
        FROM \(requests) WHERE r.resolved_at IS NOT NULL AND \(condition)
        """
    }

    /// A response about a request changes whether that request was followed up: its part is
    /// taken away before the response is written and added again after.
    private static func followUpTriggers(_ t: Tally) -> [(name: String, sql: String)] {
        func request(_ id: String) -> String { resolutions("help_request r", where: "r.id = \(id)") }
        var triggers = t.rowTriggers(on: "help_request", ["id", "resolved_at"], watched: ["resolved_at"]) { resolutions($0) }
        for (event, rows, when) in [("INSERT", ["new"], "new.request_id IS NOT NULL"), ("DELETE", ["old"], "old.request_id IS NOT NULL"),
                                    ("UPDATE OF request_id", ["old", "new"], "old.request_id IS NOT new.request_id")] {
            let name = event.prefix { $0 != " " }.lowercased()
            triggers.append(TallySQL.trigger("follow_up_tally_response_\(name)_before", "BEFORE \(event) ON survey_response", when: when,
                                             rows.map { t.adding(request("\($0).request_id"), taking: true) }))
            triggers.append(TallySQL.trigger("follow_up_tally_response_\(name)_after", "AFTER \(event) ON survey_response", when: when,
                                             rows.map { t.adding(request("\($0).request_id")) }))
        }
        return triggers
    }

    // MARK: Surveys

    /// Per survey kind × county day × township × cadre (0: none): satisfaction answers
    /// given, and how many of them said 满意. Made by migration v11; v16 put
    /// `surveysByPeriod` in its place, and both still name it.
    static let surveys = Tally(
        table: "survey_tally",
        keys: [("kind", "TEXT"), ("day", "INTEGER"), ("township_id", "INTEGER"), ("cadre_id", "INTEGER")],
        measures: [("answers", "INTEGER"), ("satisfied", "INTEGER")],
        gathering: .sum,
        parts: { within in [answers(where: within("r.answered_at"))] },
        keeping: { surveyTriggers($0) })

    /// The same answers by kind × county day × township alone: what the county's and the
    /// townships' figures read over months and years, without a row for each cadre.
    static let surveysByTownship = Tally(
        table: "survey_township_tally",
        keys: [("kind", "TEXT"), ("day", "INTEGER"), ("township_id", "INTEGER")],
        measures: [("answers", "INTEGER"), ("satisfied", "INTEGER")],
        gathering: .sum,
        parts: { within in [answers(where: within("r.answered_at"))] },
        keeping: { surveyTriggers($0) })

    /// The same answers by kind × report period × cadre (0: none) × township, each answer in
    /// the month, quarter, half-year and year it was given (as `ReportPeriod` spells them).
    /// Made by migration v16; v25 put `surveysByCadre` in its place. A
    /// period's report rates every cadre answered about: here it reads a row per cadre, where
    /// by day it grouped a row per day and cadre (at a hundred times the county, 80,000 rows
    /// into 23,000 for a half-year).
    static let surveysByPeriod = Tally(
        table: "survey_period_tally",
        keys: [("kind", "TEXT"), ("period", "TEXT"), ("cadre_id", "INTEGER"), ("township_id", "INTEGER")],
        measures: [("answers", "INTEGER"), ("satisfied", "INTEGER")],
        gathering: .sum,
        parts: { within in [answers(where: within("r.answered_at"), byPeriod: true)] },
        keeping: { surveyTriggers($0, byPeriod: true) })

    /// The same answers by kind × report period × cadre (0: none), whichever townships the
    /// cadre was rated in: a period's report reads the cadres it shows (five answers or more)
    /// along an index on the answers (migration v25), where by cadre and township it grouped
    /// 23,000 rows into cadres for a half-year at a hundred times the county, to show 7,600.
    static let surveysByCadre = Tally(
        table: "survey_cadre_tally",
        keys: [("kind", "TEXT"), ("period", "TEXT"), ("cadre_id", "INTEGER")],
        measures: [("answers", "INTEGER"), ("satisfied", "INTEGER")],
        gathering: .sum,
        parts: { within in [answers(where: within("r.answered_at"), byPeriod: true)] },
        keeping: { surveyTriggers($0, byPeriod: true) })

    /// The same answers by kind × report period × township: the county's and the townships'
    /// figures in a period and the trend over the periods before, a row per township and period
    /// where by day they read a row per township and day (3,500 for a half-year).
    static let surveysByTownshipPeriod = Tally(
        table: "survey_township_period_tally",
        keys: [("kind", "TEXT"), ("period", "TEXT"), ("township_id", "INTEGER")],
        measures: [("answers", "INTEGER"), ("satisfied", "INTEGER")],
        gathering: .sum,
        parts: { within in [answers(where: within("r.answered_at"), byPeriod: true)] },
        keeping: { surveyTriggers($0, byPeriod: true) })

    /// Per survey: its responses, which the satisfaction report says beside those invited, where
    /// it counted them (81,000 for a half-year's survey at a hundred times the county).
    static let surveyResponses = Tally(
        table: "survey_response_tally",
        keys: [("survey_id", "INTEGER")],
        measures: [("responses", "INTEGER")],
        gathering: .sum,
        parts: { _ in [responses("survey_response r")] },
        keeping: { t in t.rowTriggers(on: "survey_response", ["survey_id"], watched: ["survey_id"], part: responses) })

    private static func responses(_ rows: String) -> String { "SELECT r.survey_id, 1 AS responses FROM \(rows)" }

    private static let answerColumns = ["response_id", "question_id", "value"]
    private static let responseColumns = ["id", "survey_id", "cadre_id", "township_id", "answered_at"]

    /// The satisfaction answers of the responses in `responses` (or of the one answer in
    /// `answers`). Over the whole history it is read from the few surveys down to their
    /// answers: left to itself the planner scans every answer.
    /// `byPeriod`: each answer once in each report period it was given in, named in the column
    /// `period` — the answer read once, then joined to the period kinds.
    private static func answers(answers: String? = nil, responses: String? = nil, where condition: String = "1",
                                byPeriod: Bool = false) -> String {
        var from = if let answers {
            "\(answers) JOIN survey_response r ON r.id = a.response_id JOIN survey_question q ON q.id = a.question_id JOIN survey s ON s.id = r.survey_id"
        } else if let responses {
            "\(responses) JOIN survey_answer a ON a.response_id = r.id JOIN survey_question q ON q.id = a.question_id JOIN survey s ON s.id = r.survey_id"
        } else {
            "survey s CROSS JOIN survey_question q CROSS JOIN survey_response r CROSS JOIN survey_answer a"
        }
        var period = ""
        if byPeriod {
            let kinds = ReportPeriod.Kind.allCases.enumerated()
            from += " CROSS JOIN (\(kinds.map { "SELECT \($0.offset) AS period_kind" }.joined(separator: " UNION ALL "))) p"
            period = "CASE p.period_kind \(kinds.map { "WHEN \($0.offset) THEN \(TallySQL.period($0.element, "r.answered_at"))" }.joined(separator: " ")) END AS period, "
        }
        return """
            SELECT s.kind, \(period)\(TallySQL.day("r.answered_at")) AS day, r.township_id, coalesce(r.cadre_id, 0) AS cadre_id,
              1 AS answers, a.value = \(Satisfaction.Answer.satisfied.rawValue) AS satisfied
            FROM \(from)
            WHERE q.survey_id = s.id AND r.survey_id = s.id AND a.response_id = r.id AND a.question_id = q.id
              AND q.kind = 'satisfaction' AND a.value IS NOT NULL AND \(condition)
            """
    }

    /// `byPeriod`: for a tally by report period.
    private static func surveyTriggers(_ t: Tally, byPeriod: Bool = false) -> [(name: String, sql: String)] {
        let oldAnswer = answers(answers: TallySQL.row("old", answerColumns, as: "a"), byPeriod: byPeriod)
        let newAnswer = answers(answers: TallySQL.row("new", answerColumns, as: "a"), byPeriod: byPeriod)
        return [
            TallySQL.trigger("\(t.table)_answer_insert", "AFTER INSERT ON survey_answer", [t.adding(newAnswer)]),
            TallySQL.trigger("\(t.table)_answer_delete", "AFTER DELETE ON survey_answer", [t.adding(oldAnswer, taking: true)]),
            TallySQL.trigger("\(t.table)_answer_update", "AFTER UPDATE ON survey_answer", [t.adding(oldAnswer, taking: true), t.adding(newAnswer)]),
            TallySQL.trigger("\(t.table)_response_update", "AFTER UPDATE OF survey_id, cadre_id, township_id, answered_at ON survey_response",
                             when: responseColumns.dropFirst().map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR "), [
                t.adding(answers(responses: TallySQL.row("old", responseColumns, as: "r"), byPeriod: byPeriod), taking: true),
                t.adding(answers(responses: TallySQL.row("new", responseColumns, as: "r"), byPeriod: byPeriod)),
            ]),
        ]
    }

    // MARK: Diaries

    /// Per month of visit (`YYYY-MM`) × cadre: diaries, the submitted reviews with a total,
    /// and the sum of those totals.
    static let diaries = Tally(
        table: "diary_tally",
        keys: [("month", "TEXT"), ("cadre_id", "INTEGER")],
        measures: diaryMeasures,
        gathering: .sum,
        parts: { _ in [visits("diary d"), reviews("diary d", "diary_review v")] },
        keeping: { diaryTriggers($0) })

    /// The same per month of visit × the township the diary's cadre is in now: the township
    /// table's diaries this month, which summed the month's row of every cadre (21,000 at a
    /// hundred times the county), each looked up for its township. A cadre who moves takes
    /// their diaries along.
    static let townshipDiaries = Tally(
        table: "township_diary_tally",
        keys: [("month", "TEXT"), ("township_id", "INTEGER")],
        measures: diaryMeasures,
        gathering: .sum,
        parts: { _ in [visits("diary d", under: "cadre c"), reviews("diary d", "diary_review v", under: "cadre c")] },
        keeping: { t in
            let cadreColumns = ["id", "township_id"]
            let old = TallySQL.row("old", cadreColumns, as: "c"), new = TallySQL.row("new", cadreColumns, as: "c")
            func diariesOf(_ cadre: String, taking: Bool = false) -> [String] {
                [t.adding(visits("diary d", under: cadre), taking: taking), t.adding(reviews("diary d", "diary_review v", under: cadre), taking: taking)]
            }
            return diaryTriggers(t, under: "cadre c") + [
                TallySQL.trigger("\(t.table)_cadre_update", "AFTER UPDATE OF township_id ON cadre",
                                 when: "old.township_id IS NOT new.township_id", diariesOf(old, taking: true) + diariesOf(new)),
                TallySQL.trigger("\(t.table)_cadre_delete", "AFTER DELETE ON cadre", diariesOf(old, taking: true)),
            ]
        })

    private static let diaryMeasures = [("diaries", "INTEGER"), ("reviews", "INTEGER"), ("score_total", "REAL")]
    private static let diaryColumns = ["id", "cadre_id", "visit_on"]
    private static let reviewColumns = ["diary_id", "state", "total"]

    /// What a diary part is counted under: its cadre, or (`cadres` given, aliased `c`) the
    /// township that cadre is in.
    private static func counted(under cadres: String?) -> (column: String, join: String) {
        cadres.map { ("c.township_id", " JOIN \($0) ON c.id = d.cadre_id") } ?? ("d.cadre_id", "")
    }

    private static func visits(_ diaries: String, under cadres: String? = nil) -> String {
        let (group, join) = counted(under: cadres)
        return "SELECT substr(d.visit_on, 1, 7) AS month, \(group), 1 AS diaries, 0 AS reviews, 0.0 AS score_total FROM \(diaries)\(join)"
    }

    private static func reviews(_ diaries: String, _ reviews: String, under cadres: String? = nil) -> String {
        let (group, join) = counted(under: cadres)
        return """
            SELECT substr(d.visit_on, 1, 7) AS month, \(group), 0 AS diaries, 1 AS reviews, v.total AS score_total
            FROM \(reviews) JOIN \(diaries) ON d.id = v.diary_id\(join)
            WHERE v.state = \(ReviewState.submitted.sql) AND v.total IS NOT NULL
            """
    }

    /// The triggers that keep a diary tally as diaries and reviews come, change and go.
    private static func diaryTriggers(_ t: Tally, under cadres: String? = nil) -> [(name: String, sql: String)] {
        let oldDiary = TallySQL.row("old", diaryColumns, as: "d"), newDiary = TallySQL.row("new", diaryColumns, as: "d")
        let oldReview = TallySQL.row("old", reviewColumns, as: "v"), newReview = TallySQL.row("new", reviewColumns, as: "v")
        func visits(_ diaries: String) -> String { Self.visits(diaries, under: cadres) }
        func reviews(_ diaries: String, _ reviews: String) -> String { Self.reviews(diaries, reviews, under: cadres) }
        return [
            TallySQL.trigger("\(t.table)_insert", "AFTER INSERT ON diary", [t.adding(visits(newDiary))]),
            TallySQL.trigger("\(t.table)_update", "AFTER UPDATE OF cadre_id, visit_on ON diary",
                             when: "old.cadre_id IS NOT new.cadre_id OR old.visit_on IS NOT new.visit_on", [
                t.adding(visits(oldDiary), taking: true), t.adding(reviews(oldDiary, "diary_review v"), taking: true),
                t.adding(visits(newDiary)), t.adding(reviews(newDiary, "diary_review v")),
            ]),
            TallySQL.trigger("\(t.table)_delete", "AFTER DELETE ON diary", [
                t.adding(visits(oldDiary), taking: true), t.adding(reviews(oldDiary, "diary_review v"), taking: true),
            ]),
            TallySQL.trigger("\(t.table)_review_insert", "AFTER INSERT ON diary_review", [t.adding(reviews("diary d", newReview))]),
            TallySQL.trigger("\(t.table)_review_delete", "AFTER DELETE ON diary_review", [t.adding(reviews("diary d", oldReview), taking: true)]),
            TallySQL.trigger("\(t.table)_review_update", "AFTER UPDATE OF diary_id, state, total ON diary_review",
                             when: reviewColumns.map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR "), [
                t.adding(reviews("diary d", oldReview), taking: true), t.adding(reviews("diary d", newReview)),
            ]),
        ]
    }

    // MARK: Townships

    /// Per township: its requests and those standing solved, its survey responses, and its
    /// suggestions and those answered — what `circledesk stats` counted from every row.
    static let townships = Tally(
        table: "township_tally",
        keys: [("township_id", "INTEGER")],
        measures: townshipMeasures.map { ($0, "INTEGER") },
        gathering: .sum,
        parts: { _ in [requestsIn("help_request r"), responsesIn("survey_response r"), suggestionsIn("suggestion r")] },
        keeping: { t in
            t.rowTriggers(on: "help_request", ["township_id", "state"], watched: ["township_id", "state"], named: "request", part: requestsIn)
                + t.rowTriggers(on: "survey_response", ["township_id"], watched: ["township_id"], named: "response", part: responsesIn)
                + t.rowTriggers(on: "suggestion", ["township_id", "answered_at"], watched: ["township_id", "answered_at"], named: "suggestion",
                                part: suggestionsIn)
        })

    private static let townshipMeasures = ["requests", "solved", "responses", "suggestions", "answered_suggestions"]

    /// A part of the township tally: each row of `source` under its township, with `given`
    /// measures (the others 0).
    private static func townshipPart(_ given: [String: String], from source: String) -> String {
        "SELECT r.township_id, \(townshipMeasures.map { "\(given[$0] ?? "0") AS \($0)" }.joined(separator: ", ")) FROM \(source)"
    }

    private static func requestsIn(_ requests: String) -> String {
        townshipPart(["requests": "1", "solved": "r.\(RequestSQL.isSolved)"], from: requests)
    }

    private static func responsesIn(_ responses: String) -> String { townshipPart(["responses": "1"], from: responses) }

    private static func suggestionsIn(_ suggestions: String) -> String {
        townshipPart(["suggestions": "1", "answered_suggestions": "r.answered_at IS NOT NULL"], from: "\(suggestions) WHERE r.township_id IS NOT NULL")
    }

    /// Per township: its active cadres and the young people they are in contact with, the
    /// township table's first columns (counted from 24,500 cadres at a hundred times the county).
    static let townshipCadres = Tally(
        table: "township_cadre_tally",
        keys: [("township_id", "INTEGER")],
        measures: [("cadres", "INTEGER"), ("youth", "INTEGER")],
        gathering: .sum,
        parts: { _ in [activeCadresIn("cadre r")] },
        keeping: { t in
            t.rowTriggers(on: "cadre", ["township_id", "active", "youth_in_contact"], watched: ["township_id", "active", "youth_in_contact"],
                          part: activeCadresIn)
        })

    private static func activeCadresIn(_ cadres: String) -> String {
        "SELECT r.township_id, 1 AS cadres, r.youth_in_contact AS youth FROM \(cadres) WHERE r.active"
    }

    /// Per cadre: their diaries, and those reviewed. A township's are its cadres' now, read
    /// through the cadre table (24,500 rows at a hundred times the county): kept by cadre, a
    /// cadre moved to another township needs no trigger, and adding cadres none either.
    static let cadreDiaries = Tally(
        table: "cadre_diary_tally",
        keys: [("cadre_id", "INTEGER")],
        measures: [("diaries", "INTEGER"), ("reviewed", "INTEGER")],
        gathering: .sum,
        parts: { _ in [diariesIn("diary r")] },
        keeping: { t in t.rowTriggers(on: "diary", ["cadre_id", "state"], watched: ["cadre_id", "state"], part: diariesIn) })

    private static func diariesIn(_ diaries: String) -> String {
        "SELECT r.cadre_id, 1 AS diaries, r.state IN (\(DiaryState.reviewed.sql)) AS reviewed FROM \(diaries)"
    }

    /// Per diary waiting for review (submitted or in review): its reviews already submitted. A
    /// diary wanting two reviews has one between the two; a score taken back leaves the other
    /// reviewer's. Rows that come to zero go, so the table holds only those diaries (none, most
    /// days): the weekly summary counts the diaries waiting from the waiting index alone and
    /// looks up the reviews of these few, instead of every waiting diary's (8,000 lookups
    /// spread over the reviews of ten years at a hundred times the county).
    static let waitingReviews = Tally(
        table: "waiting_review_tally",
        keys: [("diary_id", "INTEGER")],
        measures: [("reviews", "INTEGER")],
        gathering: .sum,
        parts: { _ in [reviewsOfWaiting("diary_review r")] },
        keeping: { t in
            t.rowTriggers(on: "diary_review", ["diary_id", "state"], watched: ["diary_id", "state"], pruning: true, named: "review",
                          part: reviewsOfWaiting)
                + t.rowTriggers(on: "diary", ["id", "state"], watched: ["state"], pruning: true, named: "diary", part: waitingWithReviews)
        })

    /// The submitted ones of `reviews` (aliased `r`) whose diary is waiting.
    private static func reviewsOfWaiting(_ reviews: String) -> String {
        """
        SELECT d.id AS diary_id, 1 AS reviews FROM \(reviews) JOIN diary d ON d.id = r.diary_id
        WHERE r.state = \(ReviewState.submitted.sql) AND d.state IN (\(DiaryState.waiting.sql))
        """
    }

    /// The submitted reviews of those of `diaries` (aliased `r`) that are waiting.
    private static func waitingWithReviews(_ diaries: String) -> String {
        """
        SELECT r.id AS diary_id, 1 AS reviews FROM \(diaries) JOIN diary_review v ON v.diary_id = r.id
        WHERE v.state = \(ReviewState.submitted.sql) AND r.state IN (\(DiaryState.waiting.sql))
        """
    }

    /// Per review submitted longer than `DiaryState.reviewWithin` after its diary came in:
    /// the diary, and the instant it began to wait over a week (`late_from`). The weekly
    /// summary counts among the diaries waiting over a week as a week ended those first reviewed
    /// since: it looked up the diary of every review submitted since the week's end (1,600 for
    /// last week at a hundred times the county, 6,400 more for each week further back); it reads
    /// these, a few a week, instead. A review goes by its key; a diary that comes in at another
    /// time has its reviews counted again.
    static let lateReviews = Tally(
        table: "late_review",
        keys: [("submitted_at", "INTEGER"), ("review_id", "INTEGER")],
        measures: [("diary_id", "INTEGER"), ("late_from", "INTEGER")],
        gathering: .max,
        parts: { _ in [lateReviewsOf("diary_review r", diaries: "diary d")] },
        keeping: { t in
            func review(_ which: String) -> String { TallySQL.row(which, ["id", "diary_id", "state", "submitted_at"], as: "r") }
            func diary(_ which: String) -> String { TallySQL.row(which, ["id", "submitted_at"], as: "d") }
            let takingReview = "DELETE FROM \(t.table) WHERE submitted_at = old.submitted_at AND review_id = old.id;"
            let takingDiary = """
                DELETE FROM \(t.table) WHERE (submitted_at, review_id) IN (
                  SELECT submitted_at, id FROM diary_review WHERE diary_id = old.id AND state = \(ReviewState.submitted.sql));
                """
            return [
                TallySQL.trigger("\(t.table)_review_insert", "AFTER INSERT ON diary_review", [t.adding(lateReviewsOf(review("new")))]),
                TallySQL.trigger("\(t.table)_review_update", "AFTER UPDATE OF id, diary_id, state, submitted_at ON diary_review",
                                 when: "old.id IS NOT new.id OR old.diary_id IS NOT new.diary_id OR old.state IS NOT new.state OR old.submitted_at IS NOT new.submitted_at",
                                 [takingReview, t.adding(lateReviewsOf(review("new")))]),
                TallySQL.trigger("\(t.table)_review_delete", "AFTER DELETE ON diary_review", [takingReview]),
                TallySQL.trigger("\(t.table)_diary_update", "AFTER UPDATE OF id, submitted_at ON diary",
                                 when: "old.id IS NOT new.id OR old.submitted_at IS NOT new.submitted_at",
                                 [takingDiary, t.adding(lateReviewsOf("diary_review r", diaries: diary("new")))]),
                TallySQL.trigger("\(t.table)_diary_delete", "AFTER DELETE ON diary", [takingDiary]),
            ]
        })

    /// A part of `lateReviews`: the late ones of `reviews` (aliased `r`) of `diaries` (aliased `d`).
    private static func lateReviewsOf(_ reviews: String, diaries: String = "diary d") -> String {
        """
        SELECT r.submitted_at, r.id AS review_id, d.id AS diary_id, d.submitted_at + \(DiaryState.reviewWithin) AS late_from
        FROM \(reviews) JOIN \(diaries) ON d.id = r.diary_id
        WHERE r.state = \(ReviewState.submitted.sql) AND r.submitted_at > d.submitted_at + \(DiaryState.reviewWithin)
        """
    }

    /// Per county week: the diaries with a review submitted in it, and its reviews' scores (how
    /// many had a total, and their sum). The weekly summary read the week's reviews and the
    /// week before's, telling the diaries apart (4,700 at a hundred times the county). Whether a
    /// diary had a review in a week depends on its other reviews then: a review that comes, goes
    /// or changes has its diary's weeks, before and after, taken away before the write and
    /// counted again after it.
    static let weekReviews = Tally(
        table: "review_week_tally",
        keys: [("week", "INTEGER")],
        measures: [("diaries", "INTEGER"), ("scored", "INTEGER"), ("score_total", "REAL")],
        gathering: .sum,
        parts: { _ in
            [
                """
                SELECT week, 1 AS diaries, 0 AS scored, 0 AS score_total FROM (
                  SELECT DISTINCT \(TallySQL.week("r.submitted_at")) AS week, r.diary_id FROM diary_review r
                  WHERE r.state = \(ReviewState.submitted.sql) AND r.submitted_at IS NOT NULL)
                """,
                scoresOf("diary_review r"),
            ]
        },
        keeping: { t in
            func week(of which: String) -> String {
                """
                SELECT \(which).diary_id AS diary_id, \(TallySQL.week("\(which).submitted_at")) AS week
                WHERE \(which).state = \(ReviewState.submitted.sql) AND \(which).submitted_at IS NOT NULL
                """
            }
            var triggers = t.rowTriggers(on: "diary_review", ["state", "submitted_at", "total"], watched: ["state", "submitted_at", "total"],
                                         named: "scores", part: scoresOf)
            for (event, weeks, when) in [
                ("INSERT", week(of: "new"), nil), ("DELETE", week(of: "old"), nil),
                ("UPDATE OF diary_id, state, submitted_at", "\(week(of: "old")) UNION \(week(of: "new"))",
                 "old.diary_id IS NOT new.diary_id OR old.state IS NOT new.state OR old.submitted_at IS NOT new.submitted_at"),
            ] {
                let name = event.prefix { $0 != " " }.lowercased(), part = reviewedIn("(\(weeks)) g")
                triggers.append(TallySQL.trigger("\(t.table)_diaries_\(name)_before", "BEFORE \(event) ON diary_review", when: when,
                                                 [t.adding(part, taking: true)]))
                triggers.append(TallySQL.trigger("\(t.table)_diaries_\(name)_after", "AFTER \(event) ON diary_review", when: when,
                                                 [t.adding(part)]))
            }
            return triggers
        })

    /// A part of `weekReviews`: each of `weeks` (aliased `g`: a diary and a week) in which the
    /// diary has a review submitted.
    private static func reviewedIn(_ weeks: String) -> String {
        """
        SELECT g.week, 1 AS diaries, 0 AS scored, 0 AS score_total FROM \(weeks)
        WHERE EXISTS (SELECT 1 FROM diary_review r WHERE r.diary_id = g.diary_id AND r.state = \(ReviewState.submitted.sql)
          AND r.submitted_at >= \(TallySQL.weekStart("g.week")) AND r.submitted_at < \(TallySQL.weekStart("g.week + 1")))
        """
    }

    /// A part of `weekReviews`: the scores of `reviews` (aliased `r`) submitted.
    private static func scoresOf(_ reviews: String) -> String {
        """
        SELECT \(TallySQL.week("r.submitted_at")) AS week, 0 AS diaries, 1 AS scored, r.total AS score_total FROM \(reviews)
        WHERE r.state = \(ReviewState.submitted.sql) AND r.submitted_at IS NOT NULL AND r.total IS NOT NULL
        """
    }

    /// Per cadre, every cadre: the day of their latest visit written up in a diary ('' for
    /// none). The weekly summary's cadres silent for a month are those whose latest visit is
    /// before the month, read along an index on it (v21), instead of every cadre looked up among
    /// the month's visits; only a cadre with a visit after the week's end (a week gone by) has
    /// their month looked at. A latest visit cannot be taken away as a sum can: a diary that
    /// goes or moves has its cadre's row counted again from their diaries (one index seek).
    static let lastVisits = Tally(
        table: "cadre_last_visit",
        keys: [("cadre_id", "INTEGER")],
        measures: [("last_visit", "TEXT")],
        gathering: .max,
        parts: { _ in [everyCadre("cadre r"), visitsIn("diary r")] },
        keeping: { t in
            func recounted(_ cadre: String) -> [String] {
                let parts = [everyCadre("cadre r WHERE r.id = \(cadre)"), visitsIn("diary r WHERE r.cadre_id = \(cadre)")]
                return ["DELETE FROM \(t.table) WHERE cadre_id = \(cadre);", "INSERT INTO \(t.table) (cadre_id, last_visit) \(t.gathered(parts));"]
            }
            let newCadre = TallySQL.row("new", ["id"], as: "r"), newDiary = TallySQL.row("new", ["cadre_id", "visit_on"], as: "r")
            return [
                TallySQL.trigger("\(t.table)_cadre_insert", "AFTER INSERT ON cadre", [t.adding(everyCadre(newCadre))]),
                TallySQL.trigger("\(t.table)_cadre_delete", "AFTER DELETE ON cadre", recounted("old.id")),
                TallySQL.trigger("\(t.table)_diary_insert", "AFTER INSERT ON diary", [t.adding(visitsIn(newDiary))]),
                TallySQL.trigger("\(t.table)_diary_update", "AFTER UPDATE OF cadre_id, visit_on ON diary",
                                 when: "old.cadre_id IS NOT new.cadre_id OR old.visit_on IS NOT new.visit_on",
                                 recounted("old.cadre_id") + [t.adding(visitsIn(newDiary))]),
                TallySQL.trigger("\(t.table)_diary_delete", "AFTER DELETE ON diary", recounted("old.cadre_id")),
            ]
        })

    /// A part of `lastVisits`: each of `cadres` (aliased `r`), with no visit.
    private static func everyCadre(_ cadres: String) -> String { "SELECT r.id AS cadre_id, '' AS last_visit FROM \(cadres)" }

    /// A part of `lastVisits`: the visit of each of `diaries` (aliased `r`).
    private static func visitsIn(_ diaries: String) -> String { "SELECT r.cadre_id, r.visit_on AS last_visit FROM \(diaries)" }

    /// How long a cadre goes without a visit written up to be silent: the weekly summary's month.
    static let silentDays = 30

    /// Per cadre × visit day: each stretch of more than `silentDays` between two of the cadre's
    /// visits, from the day (`since`, '' for the stretch before their first visit, however
    /// short) to the next visit (`until`). A cadre whose latest visit is after a month was
    /// silent in it only if one of their stretches spans it: the weekly summary reads those
    /// whose stretch ends after the month (a few) instead of looking up, among their
    /// diaries, every cadre with a visit since (5,100 for the week before at a hundred times
    /// the county). A visit day that comes or goes changes only the stretches from the visit
    /// before it to the visit after it: those are counted again (three index seeks).
    static let silences = Tally(
        table: "cadre_silence",
        keys: [("cadre_id", "INTEGER"), ("since", "TEXT")],
        measures: [("until", "TEXT")],
        gathering: .max,
        parts: { _ in [silencesAmong("diary")] },
        keeping: { t in
            /// The stretches around `day` of `cadre`, counted again after a diary of theirs
            /// dated then came or went: from the visit before (or none) to the visit after.
            func recounted(_ cadre: String, _ day: String) -> [String] {
                let before = "(SELECT max(visit_on) FROM diary WHERE cadre_id = \(cadre) AND visit_on < \(day))"
                let after = "(SELECT min(visit_on) FROM diary WHERE cadre_id = \(cadre) AND visit_on > \(day))"
                let around = "diary WHERE cadre_id = \(cadre) AND visit_on >= coalesce(\(before), '') AND visit_on <= coalesce(\(after), \(day))"
                return [
                    "DELETE FROM \(t.table) WHERE cadre_id = \(cadre) AND since >= coalesce(\(before), '') AND since <= \(day);",
                    // The visit before starts the stretches read, not one of its own.
                    """
                    INSERT OR REPLACE INTO \(t.table) (\(t.keyList), \(t.measureList))
                    SELECT * FROM (\(silencesAmong(around))) WHERE \(before) IS NULL OR until > \(before);
                    """,
                ]
            }
            return [
                TallySQL.trigger("\(t.table)_diary_insert", "AFTER INSERT ON diary", recounted("new.cadre_id", "new.visit_on")),
                TallySQL.trigger("\(t.table)_diary_update", "AFTER UPDATE OF cadre_id, visit_on ON diary",
                                 when: "old.cadre_id IS NOT new.cadre_id OR old.visit_on IS NOT new.visit_on",
                                 recounted("old.cadre_id", "old.visit_on") + recounted("new.cadre_id", "new.visit_on")),
                TallySQL.trigger("\(t.table)_diary_delete", "AFTER DELETE ON diary", recounted("old.cadre_id", "old.visit_on")),
            ]
        })

    /// A part of `silences`: the stretches between the visits of `diaries` (a table and its
    /// condition), each cadre's visit days in order.
    private static func silencesAmong(_ diaries: String) -> String {
        """
        SELECT cadre_id, since, until FROM (
          SELECT cadre_id, coalesce(lag(visit_on) OVER (PARTITION BY cadre_id ORDER BY visit_on), '') AS since, visit_on AS until
          FROM (SELECT DISTINCT cadre_id, visit_on FROM \(diaries)))
        WHERE since = '' OR julianday(until) - julianday(since) > \(silentDays)
        """
    }

    // MARK: Suggestions

    /// Per county day: suggestions received, and answered. The weekly summary counted the
    /// suggestions received before its end (since launch) and those received more than a week
    /// before it and unanswered then, reading every suggestion (14,900 at a hundred times the
    /// county, and more each week); it reads the days instead, and from the index only the
    /// suggestions received in the week before the end.
    static let suggestions = Tally(
        table: "suggestion_tally",
        keys: [("day", "INTEGER")],
        measures: [("received", "INTEGER"), ("answered", "INTEGER")],
        gathering: .sum,
        parts: { within in
            [suggestionsReceived("suggestion r", where: within("r.received_at")), suggestionsAnswered("suggestion r", where: within("r.answered_at"))]
        },
        keeping: { t in
            t.rowTriggers(on: "suggestion", ["received_at", "answered_at"], watched: ["received_at", "answered_at"]) {
                "\(suggestionsReceived($0)) UNION ALL \(suggestionsAnswered($0))"
            }
        })

    private static func suggestionsReceived(_ suggestions: String, where condition: String = "1") -> String {
        "SELECT \(TallySQL.day("r.received_at")) AS day, 1 AS received, 0 AS answered FROM \(suggestions) WHERE \(condition)"
    }

    private static func suggestionsAnswered(_ suggestions: String, where condition: String = "1") -> String {
        """
        SELECT \(TallySQL.day("r.answered_at")) AS day, 0 AS received, 1 AS answered FROM \(suggestions)
        WHERE r.answered_at IS NOT NULL AND \(condition)
        """
    }

    // MARK: The history's days

    /// Per event table × county day: the last event's id, so that the history's seal as a
    /// week ended is found without walking the events since.
    static let eventDays = Tally(
        table: "event_day",
        keys: [("event_table", "TEXT"), ("day", "INTEGER")],
        measures: [("last_id", "INTEGER")],
        gathering: .max,
        parts: { within in
            EventChain.tables.map { "SELECT '\($0.name)' AS event_table, \(TallySQL.day("at")) AS day, id AS last_id FROM \($0.name) WHERE \(within("at"))" }
        },
        keeping: { _ in EventChain.tables.map { table in
            TallySQL.trigger("event_day_\(table.name)", "AFTER INSERT ON \(table.name)", [
                """
                INSERT INTO event_day (event_table, day, last_id) VALUES ('\(table.name)', \(TallySQL.day("new.at")), new.id)
                ON CONFLICT (event_table, day) DO UPDATE SET last_id = max(last_id, excluded.last_id);
                """,
            ])
        } })

    // MARK: Rows

    /// The tables that grow with the history — a hundred thousand rows and more a year at a
    /// hundred times the county — whose rows `stats` reads from `tableRows` instead of counting
    /// them (its count of every table took 0.17 s there, 17 million events among them). The
    /// county's other tables it counts: the cadres, the places and the settings are few.
    static let grownTables = [
        "help_request", "request_event", "young_person", "diary", "diary_review", "diary_comment", "survey_response", "survey_answer",
    ]

    /// Per table of `grownTables`: its rows, one more for each row inserted, one less for each
    /// deleted.
    static let tableRows = Tally(
        table: "table_rows",
        keys: [("name", "TEXT")],
        measures: [("rows", "INTEGER")],
        gathering: .sum,
        parts: { _ in grownTables.map { "SELECT '\($0)' AS name, count(*) AS rows FROM \($0)" } },
        keeping: { t in grownTables.flatMap { table in
            let one = "SELECT '\(table)' AS name, 1 AS rows"
            return [
                TallySQL.trigger("\(t.table)_\(table)_insert", "AFTER INSERT ON \(table)", [t.adding(one)]),
                TallySQL.trigger("\(t.table)_\(table)_delete", "AFTER DELETE ON \(table)", [t.adding(one, taking: true)]),
            ]
        } })
}
