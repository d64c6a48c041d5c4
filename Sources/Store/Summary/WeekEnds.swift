import GRDB
import LeagueCore

/// What a week gone by left open, recorded as it ended: its open and overdue requests, and
/// those 需要关注 may name — each township's thirty latest, overdue or escalated, so that the
/// county's thirty and any one township's are among them. Replaying a week's end from the
/// history read every request changed since (33,600 for last week at a hundred times the
/// county, more for each week further back); the record is one row and a few hundred.
///
/// A trigger records a week just before the first request is made or changed after it ended
/// (every change sets `updated_at`): until then every request stands as it did at the week's
/// end, so the record is counted from the clocks' tally and index, as the summary of a week
/// not over is. Its deadlines are therefore those on file as the week ended, not as later
/// changed. Weeks ended before the record existed (a migrated or bulk-loaded county) are
/// recorded by replaying the history; weeks with no record are replayed when read.
enum WeekEnds {
    static let table = "week_end"
    static let attentionTable = "week_end_attention"

    /// How many of each township's requests a record keeps for 需要关注: as many as it names.
    static let named = 30

    /// Weeks ended before the latest change that v23's migration recorded.
    static let replayedWeeks = 4

    static let createTables = """
        CREATE TABLE \(table) (week INTEGER PRIMARY KEY, open INTEGER NOT NULL, overdue INTEGER NOT NULL);
        CREATE TABLE \(attentionTable) (
          week INTEGER NOT NULL, township_id INTEGER NOT NULL, request_id INTEGER NOT NULL,
          overdue INTEGER NOT NULL, escalated INTEGER NOT NULL, late INTEGER NOT NULL,
          PRIMARY KEY (week, request_id)) WITHOUT ROWID;
        """

    /// `week`'s number, as `TallySQL.week` counts weeks; and the instant week `number` begins.
    static func number(_ week: CountyWeek) -> Int64 { (week.instants.lowerBound - weekZero) / 604_800 }
    private static let weekZero = 4 * 86_400 - TallySQL.offset

    /// The statements that record week `week` ending at `end` (SQL expressions): its open and
    /// overdue from `counts` (one row of `open`, `overdue`), and from `candidates`
    /// (`openAtEnd`'s columns) those judged overdue or escalated then, each township's latest.
    private static func recording(week: String, end: String, counts: String, candidates: String) -> [String] {
        let judged = WeeklySummaryReading.judged(candidates, end: end)
        return [
            """
            INSERT INTO \(attentionTable) (week, township_id, request_id, overdue, escalated, late)
            SELECT \(week), township_id, id, overdue, escalated, late
            FROM (SELECT t.*, row_number() OVER (PARTITION BY t.township_id ORDER BY t.late DESC, t.id) AS place
                  FROM (\(judged)) t WHERE t.overdue OR t.escalated)
            WHERE place <= \(named);
            """,
            "INSERT INTO \(table) (week, open, overdue) SELECT \(week), open, overdue FROM (\(counts));",
        ]
    }

    // MARK: As the work happens

    /// The week before a trigger's written row's (`updated_at`), and when it ended.
    private static let endedWeek = "(\(TallySQL.week("new.updated_at")) - 1)"
    private static let ended = TallySQL.weekStart(TallySQL.week("new.updated_at"))

    /// The triggers that record the week before a request's write, if it has no record and
    /// nothing was made or changed since it ended. A write dated before a recorded week's end
    /// (a request entered late, with the time it came) makes that record and any after it
    /// wrong: they go, and those weeks are replayed.
    static let triggers: [(name: String, sql: String)] = {
        let unrecorded = """
            NOT EXISTS (SELECT 1 FROM \(table) WHERE week = \(endedWeek))
              AND NOT EXISTS (SELECT 1 FROM help_request WHERE updated_at >= \(ended))
              AND NOT EXISTS (SELECT 1 FROM help_request WHERE created_at >= \(ended))
            """
        let counts = """
            SELECT total(open) AS open, (SELECT total(open) FROM \(Tallies.clocks.table) WHERE day < \(TallySQL.day(ended))) AS overdue
            FROM \(Tallies.clocks.table)
            """
        let candidates = """
            SELECT \(WeeklySummaryReading.standing), r.state AS state_then FROM help_request r
            WHERE \(RequestSQL.isOpen) AND (\(Tallies.runsOut) < \(ended) OR r.escalated_at < \(ended))
            """
        // When the write says it happened: a new request's arrival, or a change's time.
        func written(_ event: String) -> String { TallySQL.week(event == "insert" ? "new.created_at" : "new.updated_at") }
        let statements = recording(week: endedWeek, end: ended, counts: counts, candidates: candidates)
        // Independent of which runs first: a record made is of the week before the write's, kept.
        return ["insert", "update"].flatMap { event in [
            TallySQL.trigger("\(table)_request_\(event)", "BEFORE \(event.uppercased()) ON help_request", when: unrecorded, statements),
            TallySQL.trigger("\(table)_request_\(event)_late", "BEFORE \(event.uppercased()) ON help_request",
                             when: "EXISTS (SELECT 1 FROM \(table) WHERE week >= \(written(event)))",
                             [table, attentionTable].map { "DELETE FROM \($0) WHERE week >= \(written(event));" }),
        ] }
    }()

    // MARK: From the history

    /// Records, by replaying the history, the weeks ended before the week of the latest change
    /// that have no record: the last `weeks`, or (nil) every one since the first request came.
    static func recordFromHistory(_ db: Database, weeks: Int? = replayedWeeks) throws {
        guard let latest = try Int64.fetchOne(db, sql: "SELECT max(max(updated_at), max(created_at)) FROM help_request"),
              let earliest = try Int64.fetchOne(db, sql: "SELECT min(created_at) FROM help_request") else { return }
        func week(_ at: Int64) throws -> Int64 { try Int64.fetchOne(db, sql: "SELECT \(TallySQL.week("?"))", arguments: [at]) ?? 0 }
        let current = try week(latest)
        let first = try weeks.map { current - Int64($0) } ?? week(earliest)
        let counts = """
            SELECT count(*) AS open, total(overdue) AS overdue FROM (\(WeeklySummaryReading.judged(WeeklySummaryReading.openAtEnd)))
            """
        for week in first..<current {
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE week = ?", arguments: [week]) == nil else { continue }
            let end = week * 604_800 + 604_800 + weekZero
            for statement in recording(week: "?2", end: "?1", counts: counts, candidates: WeeklySummaryReading.openAtEnd) {
                try db.execute(sql: statement, arguments: [end, week])
            }
        }
    }

    // MARK: Read

    /// The record of `week`, if any: open, overdue, and the rows of 需要关注's candidates of
    /// one township or all, as `WeeklySummaryReading.judged` names them.
    static let recorded = "SELECT open, overdue FROM \(table) WHERE week = ?"
    static let chosen = """
        SELECT request_id AS id, township_id, escalated, overdue, late FROM \(attentionTable)
        WHERE week = ?1 AND (?2 IS NULL OR township_id = ?2) ORDER BY late DESC, request_id LIMIT \(named)
        """

    // MARK: Installing

    static func install(_ db: Database) throws {
        try db.execute(sql: createTables)
        try recordFromHistory(db)
        try setTriggers(db)
    }

    static func setTriggers(_ db: Database) throws {
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    static func dropTriggers(_ db: Database) throws {
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
    }
}
