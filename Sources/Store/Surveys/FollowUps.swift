import Foundation
import GRDB
import LeagueCore
import Workflow

/// A resolved request waiting for its follow-up call (回访).
public struct FollowUpDue: Codable, Equatable, Sendable {
    public var requestId: Int64
    public var ref: String
    public var title: String
    public var townshipId: Int64
    public var requester: String?
    public var requesterPhone: String?
    public var assignee: String?
    public var resolution: String
    public var resolvedAt: Int64
    public var version: Int
}

extension SurveyStore {
    /// How many calls the desk lists at a time, the longest waiting first.
    public static let followUpsListed = 500

    /// Resolved requests not yet followed up, the longest waiting first (within a township
    /// for its secretary).
    public func followUpsDue(scope townshipId: Int64? = nil, limit: Int = followUpsListed) throws -> [FollowUpDue] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                // Read by position as the statement steps: by name, each of 500 rows looked for
                // each of its ten columns among their names.
                try Array(Row.fetchCursor(db, sql: Self.dueSQL, arguments: [townshipId, limit]).map {
                    try FollowUpDue(requestId: $0.decode(atIndex: 0), ref: $0.decode(atIndex: 1), title: $0.decode(atIndex: 2),
                                    townshipId: $0.decode(atIndex: 3), requester: $0.decode(atIndex: 4), requesterPhone: $0.decode(atIndex: 5),
                                    assignee: $0.decode(atIndex: 6), resolution: $0.decode(atIndex: 7), resolvedAt: $0.decode(atIndex: 8),
                                    version: $0.decode(atIndex: 9))
                })
            }
        }
    }

    /// How many calls wait, counted up to `limit`: the report's status line says it without
    /// reading the calls themselves (500 rows with their names, 2 ms at a hundred times the
    /// county, for one number). By default one more than the desk lists, so that a count
    /// over the list says more wait than it shows.
    public func followUpsWaiting(scope townshipId: Int64? = nil, limit: Int = followUpsListed + 1) throws -> Int {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(Self.resolved) WHERE \(Self.waiting) LIMIT ?2)",
                                 arguments: [townshipId, limit]) ?? 0
            }
        }
    }

    /// Resolved requests (`r`) read in order along their index (v16), so that a county's
    /// thousands of resolved requests are not sorted for the first page.
    private static let resolved = "help_request r INDEXED BY help_request_follow_up"

    /// Those of township `?1` (NULL: all) with no answer recorded since they were resolved.
    private static let waiting = """
        r.state = \(RequestState.resolved.sql) AND (?1 IS NULL OR r.township_id = ?1)
          AND NOT EXISTS (SELECT 1 FROM survey_response s WHERE s.request_id = r.id
                          AND s.answered_at >= coalesce(r.resolved_at, 0))
        """

    /// `followUpsDue`'s rows, their columns in `FollowUpDue`'s order: `?1` the township or
    /// NULL, `?2` how many.
    static let dueSQL = """
        SELECT r.id, r.ref, r.title, r.township_id, y.name AS requester, y.phone, coalesce(c.name, m.name) AS assignee,
          coalesce(r.resolution, '') AS resolution, coalesce(r.resolved_at, r.updated_at) AS resolved_at, r.version
        FROM \(resolved) LEFT JOIN young_person y ON y.id = r.requester_id
        LEFT JOIN cadre c ON c.id = r.assignee_cadre_id LEFT JOIN commune m ON m.id = r.assignee_commune_id
        WHERE \(waiting)
        ORDER BY resolved_at, r.id LIMIT ?2
        """

    /// Records the follow-up call of request `id` (seen at `version`): the requester's answer
    /// and remark go into the year's follow-up survey, and the request is closed — or, when
    /// `reopenReason` is given (a poor answer), sent back to work. One transaction.
    public func recordFollowUp(
        requestId id: Int64, version: Int, answer: Satisfaction.Answer, remark: String, reopenReason: String?,
        by account: Operator, at now: Date
    ) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                var input = ActionInput()
                if let reopenReason { input.reason = reopenReason.trimmed }
                _ = try RequestStore.act(reopenReason == nil ? "close" : "reopen", on: id, version: version, by: account, input: input, at: now, db)
                let (survey, questions) = try Self.followUpSurvey(year: CountyTime.year(now), at: now, db)
                let request = try Row.fetchOne(db, sql: "SELECT assignee_cadre_id, township_id FROM help_request WHERE id = ?",
                                               arguments: [id]).required()
                try db.execute(sql: """
                    INSERT INTO survey_response (survey_id, cadre_id, request_id, township_id, answered_at, source) VALUES (?, ?, ?, ?, ?, 'typed')
                    """, arguments: [survey, request["assignee_cadre_id"], id, request["township_id"], now.unixSeconds])
                let response = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO survey_answer (response_id, question_id, value) VALUES (?, ?, ?)",
                               arguments: [response, questions.satisfaction, answer.rawValue])
                if !remark.trimmed.isEmpty {
                    try db.execute(sql: "INSERT INTO survey_answer (response_id, question_id, text) VALUES (?, ?, ?)",
                                   arguments: [response, questions.text, remark.trimmed])
                }
            }
        }
    }

    /// The year's follow-up survey and its two questions, made the first time it is needed.
    static func followUpSurvey(year: Int, at now: Date, _ db: Database) throws -> (Int64, (satisfaction: Int64, text: Int64)) {
        let from = CountyTime.dayText(year: year, month: 1, day: 1), to = CountyTime.dayText(year: year, month: 12, day: 31)
        let survey: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM survey WHERE kind = 'follow_up' AND period_start = ? ORDER BY id LIMIT 1",
                                            arguments: [from]) {
            survey = existing
        } else {
            try db.execute(sql: "INSERT INTO survey (title, kind, period_start, period_end, created_at) VALUES (?, 'follow_up', ?, ?, ?)",
                           arguments: ["\(year)年求助回访", from, to, now.unixSeconds])
            survey = db.lastInsertedRowID
        }
        func question(_ kind: QuestionKind, _ text: String) throws -> Int64 {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM survey_question WHERE survey_id = ? AND kind = ? ORDER BY position LIMIT 1",
                                           arguments: [survey, kind.rawValue]) { return id }
            let position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) + 1 FROM survey_question WHERE survey_id = ?",
                                            arguments: [survey]).required()
            try db.execute(sql: "INSERT INTO survey_question (survey_id, position, kind, text) VALUES (?, ?, ?, ?)",
                           arguments: [survey, position, kind.rawValue, text])
            return db.lastInsertedRowID
        }
        return (survey, (try question(.satisfaction, "您对这次帮助满意吗?"), try question(.text, "还有什么需要?")))
    }
}
