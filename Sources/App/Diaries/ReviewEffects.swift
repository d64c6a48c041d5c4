import Foundation
import LeagueCore
import Store
import TerminalKit

/// Diary review's work outside the reducer, always as the reviewer at the desk.
public enum ReviewEffect: Codable, Equatable, Sendable {
    /// The next page of the reviewer's queue after a row, or the first.
    case loadQueue(after: DiaryRow?)
    case loadCounts
    /// Reads a diary, and takes it to score when the reader reviews and no one else holds it.
    case openDiary(id: Int64, version: Int)
    case saveDraft(id: Int64, scores: [Int?], comment: String)
    case submit(id: Int64)
    /// Take back this reviewer's latest score, if it is recent and the diary has not moved on.
    case takeBack
    case returnDiary(id: Int64, reason: String)
    case addComment(id: Int64, body: String)
    case release(id: Int64)
    case loadCalibration
}

/// What diary review's effects answer.
public enum ReviewAnswer: Codable, Equatable, Sendable {
    case queueLoaded(append: Bool, [DiaryRow])
    case countsLoaded(DiaryCounts)
    /// A diary to read; `scoring` when the reader holds it, `notice` when they cannot score it.
    case diaryOpened(id: Int64, DiaryDetail?, scoring: Bool, notice: String?)
    case submitted(id: Int64)
    /// A score taken back: its diary, to score again.
    case takenBack(id: Int64, cadre: String)
    case returned(id: Int64)
    case commentAdded(id: Int64)
    /// A review step refused: why, in the reader's language.
    case refused(String)
    case calibrationLoaded(CalibrationView)
}

/// What diary review asks to be typed.
public enum ReviewPrompt: Equatable, Sendable {
    /// The reviewer's comment on the diary being scored.
    case reviewComment
    /// Why a diary goes back to its cadre.
    case returnReason
    /// A comment in a diary's thread.
    case threadComment
}

extension ReviewEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        let database = context.database, account = context.account, now = context.now
        /// Runs a review step: `done` when it was recorded, else the refusal to show.
        func reviewing(_ step: () throws -> Void, done: ReviewAnswer? = nil) throws -> Answer? {
            do {
                try step()
                return done.map(Answer.review)
            } catch let error as DiaryReviewError {
                return .review(.refused(Self.refusal(error, context)))
            }
        }
        switch self {
        case let .loadQueue(after):
            let rows = try database.diaries.reviewQueue(for: account, after: after.map { ($0.submittedAt, $0.id) }, limit: ReviewPane.pageSize)
            return .review(.queueLoaded(append: after != nil, rows))
        case .loadCounts:
            return .review(.countsLoaded(try database.diaries.diaryCounts(for: account, now: now)))
        case let .openDiary(id, version):
            return .review(try Self.open(id, version: version, in: context))
        case let .saveDraft(id, scores, comment):
            return try reviewing { try database.diaries.saveDraft(diaryId: id, scores: scores, comment: comment, by: account, at: now) }
        case let .submit(id):
            return try reviewing({ try database.diaries.submitReview(diaryId: id, by: account, at: now) }, done: .submitted(id: id))
        case .takeBack:
            do {
                let (id, cadre) = try database.diaries.takeBackReview(by: account, at: now)
                return .review(.takenBack(id: id, cadre: cadre))
            } catch let error as TakeBackError {
                let c = context.catalog
                let message = switch error {
                case .nothingToTakeBack: c[.nothingToTakeBack]
                case let .tooLate(cadre): c.format(.takeBackTooLate, SafeText.line(cadre))
                case let .changedSince(cadre, by): c.format(.takeBackChangedSince, SafeText.line(cadre), SafeText.line(by))
                }
                return .failed(message)
            }
        case let .returnDiary(id, reason):
            return try reviewing({ try database.diaries.returnDiary(id: id, reason: reason, by: account, at: now) }, done: .returned(id: id))
        case let .addComment(id, body):
            return try reviewing({ try database.diaries.addDiaryComment(diaryId: id, parentId: nil, body: body, by: account, at: now) },
                                 done: .commentAdded(id: id))
        case let .release(id):
            return try reviewing { try database.diaries.releaseDiary(id: id, by: account, at: now) }
        case .loadCalibration:
            let (rubric, reviewers) = try database.diaries.calibration()
            return .review(.calibrationLoaded(CalibrationView(rubric: rubric, reviewers: reviewers)))
        }
    }

    /// Reads a diary, taking it to score if the reader reviews and it is free (or theirs).
    private static func open(_ id: Int64, version: Int, in context: EffectContext) throws -> ReviewAnswer {
        let account = context.account
        var notice: String? = nil
        var scoring = false
        if [OperatorRole.admin, .reviewer].contains(account.role) {
            do {
                try context.database.diaries.claimDiary(id: id, version: version, by: account, at: context.now)
                scoring = true
            } catch let error as DiaryReviewError {
                notice = refusal(error, context)
            }
        } else {
            notice = context.catalog[.notAReviewer]
        }
        let detail = try context.database.diaries.diaryDetail(id: id, for: account)
        if detail?.row.state != .inReview || detail?.row.claimedBy != account.id { scoring = false }
        return .diaryOpened(id: id, detail, scoring: scoring, notice: notice)
    }

    private static func refusal(_ error: DiaryReviewError, _ context: EffectContext) -> String {
        let c = context.catalog, labels = context.labels
        switch error {
        case .noSuchDiary: return c[.diaryGone]
        case let .refused(reason): return labels.refusal(reason)
        case let .claimedBy(name, at): return c.format(.diaryHeld, SafeText.line(name), labels.timestamp(at))
        case let .changedMeanwhile(state): return c.format(.diaryChanged, labels.diaryState(state))
        case .notClaimed: return c[.notScoring]
        case .alreadyReviewed: return c[.alreadyReviewed]
        case .incomplete: return c[.scoresIncomplete]
        case .commentRequired: return c[.commentRequired]
        case .emptyComment: return c[.emptyComment]
        case .notAnAdmin: return c[.calibrationAdminsOnly]
        }
    }
}
