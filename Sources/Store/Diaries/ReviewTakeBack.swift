import Foundation
import GRDB
import LeagueCore
import Workflow

/// Why a reviewer's last score could not be taken back. Nothing was written.
public enum TakeBackError: Error, Equatable, Sendable {
    case nothingToTakeBack
    /// Submitted longer ago than the undo window: the diary of this cadre.
    case tooLate(cadre: String)
    /// Someone acted on the diary since (a colleague, or the cadre's group answering).
    case changedSince(cadre: String, by: String)
}

extension DiaryStore {
    /// Takes back `reviewer`'s latest submitted score, if it is recent (the undo window of
    /// the queue) and nobody has acted on the diary since: the review becomes a draft again
    /// with its scores and comment, and the diary is back in review, held by the reviewer.
    /// The history gains a `take_back` event; feedback already published stays in the
    /// thread, followed by a note that the score was taken back. Returns the diary and its
    /// cadre.
    @discardableResult
    public func takeBackReview(by reviewer: Operator, at now: Date) throws -> (diaryId: Int64, cadre: String) {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let id = reviewer.id, let last = try Row.fetchOne(db, sql: """
                    SELECT r.diary_id, r.submitted_at, c.name AS cadre FROM diary_review r
                    JOIN diary d ON d.id = r.diary_id JOIN cadre c ON c.id = d.cadre_id
                    WHERE r.reviewer_id = ? AND r.state = \(ReviewState.submitted.sql) ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1
                    """, arguments: [id]) else { throw TakeBackError.nothingToTakeBack }
                let diaryId: Int64 = try last.value("diary_id"), submittedAt: Int64 = try last.value("submitted_at"), cadre: String = try last.value("cadre")
                guard now.unixSeconds - submittedAt <= Workflow<RequestState>.undoWindow else { throw TakeBackError.tooLate(cadre: cadre) }
                // The diary's latest step must be this submission's, and nobody may have written under it since.
                let latest = try Row.fetchOne(db, sql: """
                    SELECT e.operator_id, e.at, o.name FROM diary_event e LEFT JOIN operator o ON o.id = e.operator_id
                    WHERE e.diary_id = ? ORDER BY e.id DESC LIMIT 1
                    """, arguments: [diaryId])
                if let latest, try latest.value("operator_id") as Int64? != id || latest.value("at") as Int64 != submittedAt {
                    throw TakeBackError.changedSince(cadre: cadre, by: try latest.value("name") ?? "?")
                }
                if let writer = try String.fetchOne(db, sql: """
                    SELECT author_name FROM diary_comment WHERE diary_id = ?1 AND (created_at > ?2 OR (created_at = ?2 AND author_kind != 'reviewer'))
                    ORDER BY id LIMIT 1
                    """, arguments: [diaryId, submittedAt]) {
                    throw TakeBackError.changedSince(cadre: cadre, by: writer)
                }
                let diary = try Self.lockedDiary(diaryId, db)
                try db.execute(sql: """
                    UPDATE diary_review SET state = \(ReviewState.draft.sql), total = NULL, submitted_at = NULL, updated_at = ? WHERE diary_id = ? AND reviewer_id = ?
                    """, arguments: [now.unixSeconds, diaryId, id])
                try db.execute(sql: "UPDATE diary SET state = \(DiaryState.inReview.sql), version = version + 1, claimed_by = ?, claimed_at = ? WHERE id = ?",
                               arguments: [id, now.unixSeconds, diaryId])
                try db.execute(sql: """
                    INSERT INTO diary_event (diary_id, at, operator_id, action, from_state, to_state, note)
                    VALUES (?, ?, ?, 'take_back', ?, 'in_review', '')
                    """, arguments: [diaryId, now.unixSeconds, id, diary.state.rawValue])
                if diary.state == .feedbackPublished {
                    try Self.insertComment(diaryId, parent: nil, kind: "reviewer", author: reviewer.name,
                                           body: "（撤回了这次评分，重新点评后再发布）", at: now, db)
                }
                return (diaryId, cadre)
            }
        }
    }
}
