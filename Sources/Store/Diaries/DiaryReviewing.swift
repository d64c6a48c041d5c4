import Foundation
import GRDB
import LeagueCore
import Workflow

/// Why a reviewer's step on a diary was not recorded. Nothing was written.
public enum DiaryReviewError: Error, Equatable, Sendable {
    case noSuchDiary
    case refused(WorkflowError)
    /// Someone else holds it: who, since when.
    case claimedBy(String, at: Int64)
    /// It changed since the reviewer read it (someone took it, or it moved on).
    case changedMeanwhile(state: DiaryState)
    /// The reviewer does not hold it.
    case notClaimed
    /// They scored it already (the other half of a double review is someone else's).
    case alreadyReviewed
    /// Criteria without a score, by index in the rubric.
    case incomplete([Int])
    /// A criterion scored 1 or less needs a comment saying why.
    case commentRequired
    case emptyComment
    case notAnAdmin
}

extension DiaryStore {
    /// A diary held longer than this may be taken over by an admin (its holder is away).
    public static let staleClaim: Int64 = 24 * 3600

    /// Takes diary `id` (seen at `version`) to score: nobody else can score it until it is
    /// scored, returned or released. Keeps (or starts) the reviewer's draft. An admin may take
    /// a diary someone has held for over a day; the history says from whom.
    public func claimDiary(id: Int64, version: Int, by reviewer: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                var diary = try Self.lockedDiary(id, db)
                if diary.state == .inReview, diary.claimedBy == reviewer.id { return }
                if diary.state == .inReview, let holder = diary.claimedBy, holder != reviewer.id {
                    let since = diary.claimedAt ?? 0
                    guard reviewer.role == .admin, now.unixSeconds - since > Self.staleClaim else {
                        throw DiaryReviewError.claimedBy(try Self.operatorName(holder, db), at: since)
                    }
                    diary = try Self.move(id, diary, "release", by: reviewer, at: now,
                                          note: "管理员接手（原点评人：\(try Self.operatorName(holder, db))）", db)
                } else {
                    guard diary.version == version else { throw DiaryReviewError.changedMeanwhile(state: diary.state) }
                }
                if try Self.hasSubmitted(id, reviewer, db) { throw DiaryReviewError.alreadyReviewed }
                try Self.move(id, diary, "claim", by: reviewer, at: now, db)
                try db.execute(sql: "UPDATE diary SET claimed_by = ?, claimed_at = ? WHERE id = ?", arguments: [reviewer.id, now.unixSeconds, id])
                try db.execute(sql: """
                    INSERT INTO diary_review (diary_id, reviewer_id, rubric_id, scores, comment, state, updated_at)
                    VALUES (?, ?, ?, '{}', '', 'draft', ?) ON CONFLICT (diary_id, reviewer_id) DO NOTHING
                    """, arguments: [id, reviewer.id, try Self.activeRubric(db).id, now.unixSeconds])
            }
        }
    }

    /// Lets go of a diary unscored: back in the queue for anyone; the draft is kept.
    public func releaseDiary(id: Int64, by reviewer: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                let diary = try Self.heldDiary(id, by: reviewer, db)
                try Self.move(id, diary, "release", by: reviewer, at: now, db)
                try db.execute(sql: "UPDATE diary SET claimed_by = NULL, claimed_at = NULL WHERE id = ?", arguments: [id])
            }
        }
    }

    /// Saves the reviewer's scores and comment as they are, finished or not.
    public func saveDraft(diaryId id: Int64, scores: [Int?], comment: String, by reviewer: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                _ = try Self.heldDiary(id, by: reviewer, db)
                let rubric = try Self.reviewRubric(id, reviewer, db)
                try db.execute(sql: """
                    UPDATE diary_review SET scores = ?, comment = ?, updated_at = ? WHERE diary_id = ? AND reviewer_id = ? AND state = \(ReviewState.draft.sql)
                    """, arguments: [ScoreRecord.json(scores, rubric.rubric), comment, now.unixSeconds, id, reviewer.id])
            }
        }
    }

    /// Submits the reviewer's scores. When every review the diary wants is in, it is scored
    /// and its feedback is published to the cadre's group (each reviewer's comment joins the
    /// thread); the first of a double review puts it back in the queue for a colleague.
    public func submitReview(diaryId id: Int64, by reviewer: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                let diary = try Self.heldDiary(id, by: reviewer, db)
                let rubric = try Self.reviewRubric(id, reviewer, db).rubric
                guard let draft = try Row.fetchOne(db, sql: "SELECT scores, comment FROM diary_review WHERE diary_id = ? AND reviewer_id = ?",
                                                   arguments: [id, reviewer.id]) else { throw DiaryReviewError.incomplete(Array(rubric.criteria.indices)) }
                let scores = ScoreRecord.scores(try draft.value("scores"), rubric)
                let missing = scores.indices.filter { scores[$0] == nil }
                guard missing.isEmpty else { throw DiaryReviewError.incomplete(missing) }
                let given = scores.compactMap { $0 }
                let comment = (try draft.value("comment") as String).trimmed
                if given.contains(where: { $0 <= 1 }), comment.isEmpty { throw DiaryReviewError.commentRequired }
                try db.execute(sql: """
                    UPDATE diary_review SET total = ?, comment = ?, state = \(ReviewState.submitted.sql), updated_at = ?, submitted_at = ?
                    WHERE diary_id = ? AND reviewer_id = ?
                    """, arguments: [rubric.total(given), comment, now.unixSeconds, now.unixSeconds, id, reviewer.id])
                try db.execute(sql: "UPDATE diary SET claimed_by = NULL, claimed_at = NULL WHERE id = ?", arguments: [id])
                let done = try Int.fetchOne(db, sql: "SELECT count(*) FROM diary_review WHERE diary_id = ? AND state = \(ReviewState.submitted.sql)",
                                            arguments: [id]).required()
                guard done >= diary.reviewsWanted else {
                    try Self.move(id, diary, "release", by: reviewer, at: now, note: "first of two reviews", db)
                    return
                }
                let scored = try Self.move(id, diary, "score", by: reviewer, at: now, db)
                _ = try Self.move(id, scored, "publish", by: reviewer, at: now, db)
                // A comment already in the thread (a score taken back and given again) is not repeated.
                for row in try Row.fetchAll(db, sql: """
                    SELECT o.name, r.comment FROM diary_review r JOIN operator o ON o.id = r.reviewer_id
                    WHERE r.diary_id = ?1 AND r.state = \(ReviewState.submitted.sql) AND r.comment != ''
                      AND NOT EXISTS (SELECT 1 FROM diary_comment c WHERE c.diary_id = ?1 AND c.author_kind = 'reviewer'
                                      AND c.author_name = o.name AND c.body = r.comment)
                    ORDER BY r.submitted_at, r.id
                    """, arguments: [id]) {
                    try Self.insertComment(id, parent: nil, kind: "reviewer", author: row[0], body: row[1], at: now, db)
                }
            }
        }
    }

    /// Sends a diary back to its cadre for revision; the reason joins the thread.
    public func returnDiary(id: Int64, reason: String, by reviewer: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                let diary = try Self.heldDiary(id, by: reviewer, db)
                var input = ActionInput()
                input.reason = reason.trimmed
                try Self.move(id, diary, "return", by: reviewer, at: now, input: input, note: input.reason, db)
                try db.execute(sql: "UPDATE diary SET claimed_by = NULL, claimed_at = NULL WHERE id = ?", arguments: [id])
                try Self.insertComment(id, parent: nil, kind: "reviewer", author: reviewer.name, body: input.reason, at: now, db)
            }
        }
    }

    /// A reviewer's comment in the diary's thread, on the diary or in answer to `parentId`.
    public func addDiaryComment(diaryId id: Int64, parentId: Int64?, body: String, by reviewer: Operator, at now: Date) throws {
        let text = body.trimmed
        guard !text.isEmpty else { throw DiaryReviewError.emptyComment }
        try StoreError.translating(path: path) {
            try writer.write { db in
                _ = try Self.lockedDiary(id, db)
                try Self.insertComment(id, parent: parentId, kind: "reviewer", author: reviewer.name, body: text, at: now, db)
            }
        }
    }

    /// Asks for two independent reviews of about `percent` of the diaries no one has begun
    /// to review (admins only); returns how many were chosen. The choice is by the diary's
    /// id, so asking again picks the same ones.
    @discardableResult
    public func sampleForDoubleReview(percent: Int, by account: Operator) throws -> Int {
        guard account.role == .admin else { throw DiaryReviewError.notAnAdmin }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                try db.execute(sql: """
                    UPDATE diary SET reviews_wanted = 2
                    WHERE state = \(DiaryState.submitted.sql) AND reviews_wanted = 1 AND (id * 2654435761) % 100 < ?
                      AND NOT EXISTS (SELECT 1 FROM diary_review WHERE diary_id = diary.id AND state = \(ReviewState.submitted.sql))
                    """, arguments: [max(0, min(100, percent))])
                return db.changesCount
            }
        }
    }

    /// A returned diary, revised, back in the queue.
    static func resubmitDiary(_ id: Int64, by account: Operator, at now: Date, _ db: Database) throws {
        try move(id, lockedDiary(id, db), "resubmit", by: account, at: now, db)
    }

    // MARK: - Helpers

    struct LockedDiary {
        var state: DiaryState
        var version: Int
        var claimedBy: Int64?
        var claimedAt: Int64?
        var reviewsWanted: Int
    }

    static func lockedDiary(_ id: Int64, _ db: Database) throws -> LockedDiary {
        guard let row = try Row.fetchOne(db, sql: "SELECT state, version, claimed_by, claimed_at, reviews_wanted FROM diary WHERE id = ?",
                                         arguments: [id]) else { throw DiaryReviewError.noSuchDiary }
        return try LockedDiary(state: DiaryState(rawValue: row.value("state")) ?? .submitted, version: row.value("version"), claimedBy: row.value("claimed_by"),
                           claimedAt: try row.value("claimed_at"), reviewsWanted: row.value("reviews_wanted"))
    }

    /// The diary, if `reviewer` holds it.
    private static func heldDiary(_ id: Int64, by reviewer: Operator, _ db: Database) throws -> LockedDiary {
        let diary = try lockedDiary(id, db)
        guard diary.state == .inReview, diary.claimedBy == reviewer.id else {
            if diary.state == .inReview, let holder = diary.claimedBy {
                throw DiaryReviewError.claimedBy(try operatorName(holder, db), at: diary.claimedAt ?? 0)
            }
            throw DiaryReviewError.notClaimed
        }
        return diary
    }

    private static func hasSubmitted(_ id: Int64, _ reviewer: Operator, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM diary_review WHERE diary_id = ? AND reviewer_id = ? AND state = \(ReviewState.submitted.sql))",
                          arguments: [id, reviewer.id]).required()
    }

    private static func reviewRubric(_ id: Int64, _ reviewer: Operator, _ db: Database) throws -> StoredRubric {
        let rubricId = try Int64.fetchOne(db, sql: "SELECT rubric_id FROM diary_review WHERE diary_id = ? AND reviewer_id = ?",
                                          arguments: [id, reviewer.id])
        return try rubricId.flatMap { try rubric($0, db) } ?? activeRubric(db)
    }

    private static func operatorName(_ id: Int64, _ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM operator WHERE id = ?", arguments: [id]) ?? "?"
    }

    /// Applies `action` through the diary workflow, with the next version and an event.
    @discardableResult
    static func move(_ id: Int64, _ diary: LockedDiary, _ action: String, by reviewer: Operator, at now: Date,
                             input: ActionInput = ActionInput(), note: String = "", _ db: Database) throws -> LockedDiary {
        let step: Step<DiaryState>
        switch Workflow.diary.apply(action, to: diary.state, by: Actor(role: reviewer.role), input: input) {
        case let .success(applied): step = applied
        case let .failure(error): throw DiaryReviewError.refused(error)
        }
        try db.execute(sql: "UPDATE diary SET state = ?, version = version + 1 WHERE id = ?", arguments: [step.to.rawValue, id])
        try db.execute(sql: """
            INSERT INTO diary_event (diary_id, at, operator_id, action, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, now.unixSeconds, reviewer.id, action, step.from.rawValue, step.to.rawValue, note])
        var moved = diary
        moved.state = step.to
        moved.version += 1
        return moved
    }

    static func insertComment(_ id: Int64, parent: Int64?, kind: String, author: String, body: String, at now: Date,
                                      _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO diary_comment (diary_id, parent_id, author_kind, author_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [id, parent, kind, author, body, now.unixSeconds])
    }
}
