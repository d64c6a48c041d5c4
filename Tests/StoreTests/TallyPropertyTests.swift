import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

/// The tallies against the history: random work on the sample county — every workflow action
/// the desk may take (with reopen, pause by sending back, merge and edits of category and
/// township among them), undo, reviews given and taken back, typed questionnaires, follow-up
/// calls, diary imports, and hand repairs made with SQL as someone with sqlite3 would — and
/// after each step every tally equals the figures counted again from the history.
@Suite struct TallyPropertyTests {
    private static let start = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    private struct Work {
        let database: AppDatabase
        let admin: Operator, desk: Operator, reviewers: [Operator]
        var random: SplitMix
        var now: Date
        /// What each kind of step did, to show that the run did more than fail.
        var done: [String: Int] = [:]

        func ids(_ sql: String) throws -> [Int64] { try database.writer.read { try Int64.fetchAll($0, sql: sql) } }

        mutating func pick(_ sql: String) throws -> Int64? { try ids(sql).randomElement(using: &random) }

        /// One workflow action the admin may take on a random request, with what it needs.
        mutating func act() throws {
            guard let id = try pick("SELECT id FROM help_request WHERE state NOT IN ('merged') ORDER BY id"),
                  let request = try database.writer.read({ db in
                      try Row.fetchOne(db, sql: "SELECT state, version, township_id FROM help_request WHERE id = ?", arguments: [id])
                  }) else { return }
            let state = RequestState(rawValue: request["state"]) ?? .collected
            let township: Int64 = request["township_id"]
            let actions = Workflow.helpRequest.actions(in: state, for: Actor(role: admin.role, townshipId: admin.townshipId), townshipId: township)
                .filter { $0 != .attach }
            guard let action = actions.randomElement(using: &random) else { return }
            var input = ActionInput()
            input.reason = "核实情况"
            input.resolution = "已帮助解决"
            input.note = "电话回访"
            input.channel = ContactChannel.allCases.randomElement(using: &random)!.rawValue
            input.assigneeCadreId = try pick("SELECT id FROM cadre WHERE active AND township_id = \(township)")
            input.target = try database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT ref FROM help_request WHERE id != ? AND state NOT IN ('merged', 'closed') ORDER BY random() LIMIT 1",
                                    arguments: [id]) ?? ""
            }
            switch Int.random(in: 0..<3, using: &random) {
            case 0: input.changes[.category] = String(try pick("SELECT id FROM category") ?? 1)
            case 1: input.changes[.township] = String(try pick("SELECT id FROM township") ?? 1)
            default: input.changes[.urgency] = String(Int.random(in: 0...2, using: &random))
            }
            do {
                try database.requests.act(action.rawValue, on: id, version: request["version"], by: admin, input: input, at: now)
                done[action.rawValue, default: 0] += 1
            } catch is TransitionError {
                done["refused", default: 0] += 1
            } catch EditError.nothingChanged {
                done["refused", default: 0] += 1
            }
        }

        mutating func undo() throws {
            do {
                _ = try database.requests.undoLast(by: admin, at: now)
                done["undo", default: 0] += 1
            } catch { done["nothing to undo", default: 0] += 1 }
        }

        /// A review given in full by one of two reviewers, sometimes of a diary wanting two (the
        /// first leaves it waiting for the other), or the reviewer's last one taken back.
        mutating func review() throws {
            let reviewer = reviewers.randomElement(using: &random)!
            if Bool.random(using: &random), (try? database.diaries.takeBackReview(by: reviewer, at: now)) != nil {
                done["review taken back", default: 0] += 1
                return
            }
            guard let id = try pick("""
                SELECT id FROM diary d WHERE state = 'submitted' AND claimed_by IS NULL AND NOT EXISTS (SELECT 1 FROM diary_review r
                  WHERE r.diary_id = d.id AND r.reviewer_id = \(reviewer.id!) AND r.state = 'submitted') ORDER BY id DESC LIMIT 50
                """) else { return }
            if Bool.random(using: &random) {
                try database.writer.write { db in
                    try db.execute(sql: "UPDATE diary SET reviews_wanted = 2 WHERE id = ? AND version = 1", arguments: [id])
                    done["wants two reviews", default: 0] += db.changesCount
                }
            }
            guard let version = try database.writer.read({ try Int.fetchOne($0, sql: "SELECT version FROM diary WHERE id = ?", arguments: [id]) })
            else { return }
            try database.diaries.claimDiary(id: id, version: version, by: reviewer, at: now)
            let criteria = try database.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT json_array_length(criteria) FROM rubric WHERE active ORDER BY id DESC LIMIT 1") ?? 4
            }
            try database.diaries.saveDraft(diaryId: id, scores: (0..<criteria).map { _ in Int.random(in: 2...5, using: &random) },
                                           comment: "记录详实", by: reviewer, at: now)
            try database.diaries.submitReview(diaryId: id, by: reviewer, at: now)
            done["review", default: 0] += 1
        }

        /// Diaries waiting over a week as `week` ended (or as now, before it ends), counted here
        /// from each diary and its submitted reviews: in before then, not reviewed by then, and
        /// waiting still or scored only since.
        func waitingOverAWeek(_ week: CountyWeek) throws -> Int {
            let end = min(week.instants.upperBound, now.unixSeconds + 1)
            return try database.writer.read { db in
                var reviewed: [Int64: [Int64]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT diary_id, submitted_at FROM diary_review WHERE state = 'submitted'") {
                    reviewed[row["diary_id"], default: []].append(row["submitted_at"])
                }
                return try Row.fetchAll(db, sql: "SELECT id, submitted_at, state FROM diary WHERE submitted_at < ?", arguments: [end - 7 * 86400])
                    .filter { diary in
                        let times = reviewed[diary["id"]] ?? [], state = DiaryState(rawValue: diary["state"])!
                        return !times.contains { $0 < end } && (DiaryState.waiting.contains(state) || DiaryState.reviewed.contains(state) && !times.isEmpty)
                    }.count
            }
        }

        mutating func questionnaire() throws {
            guard let form = try database.surveys.currentSurveyForm(now: now), let cadre = try pick("SELECT id FROM cadre WHERE active") else { return }
            var answers: [Int64: TypedAnswer] = [:]
            for question in form.questions where question.kind == .satisfaction {
                answers[question.id] = .value(Int.random(in: 0...2, using: &random))
            }
            try database.surveys.recordTypedResponse(survey: form.id, cadreId: cadre, answers: answers, by: admin, at: now)
            done["questionnaire", default: 0] += 1
        }

        mutating func followUp() throws {
            guard let due = try database.surveys.followUpsDue().randomElement(using: &random),
                  let version = try database.writer.read({ try Int.fetchOne($0, sql: "SELECT version FROM help_request WHERE ref = ?", arguments: [due.ref]) }),
                  let id = try database.requests.requestHandle(ref: due.ref)?.id else { return }
            try database.surveys.recordFollowUp(requestId: id, version: version, answer: Satisfaction.Answer.allCases.randomElement(using: &random)!,
                                                remark: "", reopenReason: Bool.random(using: &random) ? nil : "还没解决", by: admin, at: now)
            done["follow-up", default: 0] += 1
        }

        mutating func importDiaries() throws {
            guard let cadre = try pick("SELECT id FROM cadre WHERE active AND phone IS NOT NULL"),
                  let phone = try database.roster.cadreCard(id: cadre, now: now)?.cadre.phone else { return }
            // A day before today: submitted that evening, not in the future.
            let visit = CountyTime.dayString(now.addingTimeInterval(-Double(Int.random(in: 1...40, using: &random)) * 86400))
            let csv = "团干部手机,走访日期,工作记录,提交时间\n\(phone),\(visit),走访青年\(Int.random(in: 1...9, using: &random))名,\(visit) 20:00\n"
            let report = try database.tables.importTable(.diaries, data: Data(csv.utf8), encoding: nil, dryRun: false, by: admin, at: now)
            #expect(report.problems == [])
            done["diary import", default: 0] += 1
        }

        /// What someone with sqlite3 might do by hand: the triggers keep the tallies all the same.
        mutating func byHand() throws {
            let statements = [
                "UPDATE survey_response SET answered_at = answered_at - 86400 * \(Int.random(in: 1...30, using: &random)) WHERE id = (SELECT id FROM survey_response ORDER BY random() LIMIT 1)",
                "UPDATE survey_response SET cadre_id = (SELECT id FROM cadre ORDER BY random() LIMIT 1) WHERE id = (SELECT id FROM survey_response ORDER BY random() LIMIT 1)",
                "DELETE FROM survey_answer WHERE (response_id, question_id) = (SELECT response_id, question_id FROM survey_answer ORDER BY random() LIMIT 1)",
                "UPDATE diary SET visit_on = '2026-10-0\(Int.random(in: 1...9, using: &random))' WHERE id = (SELECT id FROM diary ORDER BY random() LIMIT 1)",
                "UPDATE diary SET cadre_id = (SELECT id FROM cadre ORDER BY random() LIMIT 1) WHERE id = (SELECT diary_id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                """
                DELETE FROM diary WHERE id = (SELECT id FROM diary d WHERE NOT EXISTS (SELECT 1 FROM diary_review WHERE diary_id = d.id)
                  AND NOT EXISTS (SELECT 1 FROM diary_comment WHERE diary_id = d.id) AND NOT EXISTS (SELECT 1 FROM diary_event WHERE diary_id = d.id)
                  AND NOT EXISTS (SELECT 1 FROM diary_photo WHERE diary_id = d.id) ORDER BY random() LIMIT 1)
                """,
                "UPDATE diary_review SET total = total + 1 WHERE id = (SELECT id FROM diary_review WHERE total IS NOT NULL ORDER BY random() LIMIT 1)",
                "UPDATE diary_review SET scores = json_set(scores, '$.reflection', \(Int.random(in: 0...5, using: &random))) WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE diary_review SET scores = json_remove(scores, '$.evidence') WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE diary_review SET scores = 'not json' WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE OR IGNORE diary_review SET reviewer_id = (SELECT id FROM operator ORDER BY random() LIMIT 1) WHERE id = (SELECT id FROM diary_review ORDER BY random() LIMIT 1)",
                """
                UPDATE OR IGNORE diary_review SET diary_id = (SELECT diary_id FROM diary_review r GROUP BY diary_id HAVING count(*) > 1 ORDER BY random() LIMIT 1)
                WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)
                """,
                "DELETE FROM diary_review WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET category_id = (SELECT id FROM category ORDER BY random() LIMIT 1), township_id = (SELECT id FROM township ORDER BY random() LIMIT 1) WHERE id = (SELECT id FROM help_request ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET created_at = created_at - 86400 * 3 WHERE id = (SELECT id FROM help_request ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET resolved_at = resolved_at - 86400 WHERE id = (SELECT id FROM help_request WHERE resolved_at IS NOT NULL ORDER BY random() LIMIT 1)",
                """
                UPDATE survey_response SET request_id = (SELECT id FROM help_request WHERE resolved_at IS NOT NULL ORDER BY random() LIMIT 1)
                WHERE id = (SELECT id FROM survey_response WHERE request_id IS NOT NULL ORDER BY random() LIMIT 1)
                """,
                """
                DELETE FROM survey_answer WHERE response_id = (SELECT max(id) FROM survey_response WHERE request_id IS NOT NULL);
                DELETE FROM survey_response WHERE id = (SELECT max(id) FROM survey_response WHERE request_id IS NOT NULL)
                """,
                """
                UPDATE help_request SET resolution_due = resolution_due - 86400 * \(Int.random(in: 1...20, using: &random)), first_contact_at = NULL
                WHERE id = (SELECT id FROM help_request WHERE \(RequestSQL.isOpen) ORDER BY random() LIMIT 1)
                """,
                "UPDATE cadre SET township_id = (SELECT id FROM township ORDER BY random() LIMIT 1) WHERE id = (SELECT cadre_id FROM diary ORDER BY random() LIMIT 1)",
                "UPDATE cadre SET active = NOT active, youth_in_contact = youth_in_contact + 3 WHERE id = (SELECT id FROM cadre ORDER BY random() LIMIT 1)",
                "UPDATE survey_response SET township_id = (SELECT id FROM township ORDER BY random() LIMIT 1) WHERE id = (SELECT id FROM survey_response ORDER BY random() LIMIT 1)",
                """
                UPDATE suggestion SET answered_at = CASE WHEN answered_at IS NULL THEN received_at + 86400 END,
                  township_id = CASE WHEN township_id IS NULL THEN (SELECT id FROM township ORDER BY random() LIMIT 1) END
                WHERE id = (SELECT id FROM suggestion ORDER BY random() LIMIT 1)
                """,
                "UPDATE diary SET state = 'reviewed' WHERE id = (SELECT id FROM diary WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE diary SET submitted_at = submitted_at - 86400 * \(Int.random(in: 1...12, using: &random)) WHERE id = (SELECT diary_id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE diary_review SET submitted_at = submitted_at + 86400 * \(Int.random(in: 1...12, using: &random)) WHERE id = (SELECT id FROM diary_review WHERE state = 'submitted' ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET state = 'closed' WHERE id = (SELECT id FROM help_request WHERE state = 'resolved' ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET state = 'published' WHERE id = (SELECT id FROM help_request WHERE state = 'closed' ORDER BY random() LIMIT 1)",
                "UPDATE help_request SET title = '蜂蜜' || title WHERE id = (SELECT id FROM help_request WHERE \(RequestSQL.isOpen) ORDER BY random() LIMIT 1)",
                """
                UPDATE help_request SET sla_paused_at = CASE WHEN sla_paused_at IS NULL THEN created_at END
                WHERE id = (SELECT id FROM help_request WHERE \(RequestSQL.isOpen) ORDER BY random() LIMIT 1)
                """,
            ]
            let statement = statements.randomElement(using: &random)!
            try database.writer.write { try $0.execute(sql: statement) }
            done["by hand", default: 0] += 1
        }
    }

    @Test("after each of 80 random steps of work, every tally equals the figures counted again from the history", arguments: [UInt64(2026), 11_29])
    func randomWork(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.start)
        var work = Work(database: database, admin: try #require(try database.operatorAccount(login: "tester")),
                        desk: try #require(try database.operatorAccount(login: "wangmin")),
                        reviewers: [try #require(try database.operatorAccount(login: "chenjing")),
                                    try #require(try database.operatorAccount(login: "linxiao"))],
                        random: SplitMix(seed: seed), now: Self.start)
        for step in 0..<80 {
            // Time goes on by minutes to days, across days and weeks.
            work.now = work.now.addingTimeInterval(Double(Int.random(in: 60...(3 * 86400), using: &work.random)))
            switch Int.random(in: 0..<20, using: &work.random) {
            case 0..<9: try work.act()
            case 9..<11: try work.undo()
            case 11..<13: try work.review()
            case 13..<15: try work.questionnaire()
            case 15: try work.followUp()
            case 16: try work.importDiaries()
            default: try work.byHand()
            }
            let differing = try database.writer.read { db in
                try Tallies.all.map { "\($0.table) \(try $0.differences(db))" }.filter { !$0.hasSuffix(" 0") }
            }
            try #require(differing.isEmpty, "step \(step) (seed \(seed), \(work.done)): \(differing)")
            try #require(try database.writer.read(OpenRequestWords.problems) == [], "step \(step) (seed \(seed))")
            // The diaries waiting over a week, which subtract those the tally of waiting diaries' reviews names.
            for week in [CountyWeek(containing: work.now), CountyWeek(containing: work.now).previous] {
                let summary = try database.summary.weeklySummary(week, now: work.now)
                #expect(summary.diaries.waitingOverAWeek == (try work.waitingOverAWeek(week)), "step \(step) (seed \(seed)), \(week)")
            }
            // Calibration read from its tallies, against every pair counted from the history.
            let (rubric, reviewers) = try database.diaries.calibration()
            let counted = try database.writer.read { db in
                CalibrationReference.figures(try CalibrationReference.reviews(db, rubric: rubric.id, codes: rubric.rubric.criteria.map(\.code)))
            }
            try #require(CalibrationReference.differences(reviewers.map(\.figures), counted) == [], "step \(step) (seed \(seed))")
            let pending = try work.ids("SELECT diary_id FROM \(Tallies.waitingReviews.table)").count
            work.done["diaries waiting between two reviews", default: 0] += pending > 0 ? 1 : 0
        }
        // The open requests' words as the workflow and the hand edits left them: a search among
        // the open requests finds what reading their texts finds.
        for word in ["蜂蜜", "蜂", "台风过后", "姜"] {
            var filter = QueueFilter()
            filter.search = word
            let found = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: 100_000, now: work.now)
            let read = try work.ids("""
                SELECT id FROM help_request WHERE \(RequestSQL.isOpen) AND (instr(title, '\(word)') > 0 OR instr(body, '\(word)') > 0)
                """)
            #expect(Set(found.map(\.id)) == Set(read) && !read.isEmpty, "\(word)")
        }
        #expect(work.done["diaries waiting between two reviews"] ?? 0 > 0, "\(work.done)")
        let steps = work.done.filter { $0.key != "refused" && $0.key != "nothing to undo" }.values.reduce(0, +)
        #expect(steps >= 40, "\(work.done)")
        // Requests reached or left the solved states (a follow-up call closes or reopens one).
        #expect(["resolve", "close", "reopen", "follow-up"].contains { work.done.keys.contains($0) }, "\(work.done)")
        #expect(try database.problems().isEmpty)
    }
}
