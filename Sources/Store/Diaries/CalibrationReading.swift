import Foundation
import GRDB
import LeagueCore

/// One reviewer's calibration, with their name, for admins.
public struct ReviewerCalibration: Codable, Equatable, Sendable {
    public var reviewer: String
    /// Every review they submitted.
    public var reviews: Int
    public var figures: Calibration.Figures
}

extension DiaryStore {
    /// Each reviewer against colleagues on the diaries both scored, with the rubric the
    /// active one is (offsets follow its criteria; reviews on other rubrics are compared
    /// only with each other).
    public func calibration() throws -> (rubric: StoredRubric, reviewers: [ReviewerCalibration]) {
        try StoreError.translating(path: path) {
            try writer.read { db in
                let active = try Self.activeRubric(db)
                let rows = try Row.fetchAll(db, sql: """
                    SELECT r.diary_id, r.reviewer_id, r.scores FROM diary_review r
                    WHERE r.state = \(ReviewState.submitted.sql) AND r.rubric_id = ?
                      AND r.diary_id IN (SELECT diary_id FROM diary_review WHERE state = \(ReviewState.submitted.sql) GROUP BY diary_id HAVING count(*) > 1)
                    """, arguments: [active.id])
                let reviews = try rows.compactMap { row -> Calibration.Review? in
                    let scores = ScoreRecord.scores(try row.value("scores"), active.rubric)
                    guard scores.allSatisfy({ $0 != nil }) else { return nil }
                    return try Calibration.Review(diaryId: row.value("diary_id"), reviewerId: row.value("reviewer_id"), scores: scores.compactMap { $0 })
                }
                let people = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                    SELECT o.id, o.name, (SELECT count(*) FROM diary_review WHERE reviewer_id = o.id AND state = \(ReviewState.submitted.sql)) AS n
                    FROM operator o
                    """).map { (try $0.value("id") as Int64, (try $0.value("name") as String, try $0.value("n") as Int)) })
                let reviewers = Calibration.figures(reviews).map { figures in
                    ReviewerCalibration(reviewer: people[figures.reviewerId]?.0 ?? "?", reviews: people[figures.reviewerId]?.1 ?? 0,
                                        figures: figures)
                }
                return (active, reviewers)
            }
        }
    }
}
