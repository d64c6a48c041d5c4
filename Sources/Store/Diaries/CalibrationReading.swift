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
    /// only with each other). Read from the tallies of review pairs (`Tallies.reviewPairs`)
    /// and of reviews (`Tallies.reviewerReviews`): a row per reviewer and criterion.
    public func calibration() throws -> (rubric: StoredRubric, reviewers: [ReviewerCalibration]) {
        try StoreError.translating(path: path) {
            try writer.read { db in
                let active = try Self.activeRubric(db)
                let rows = try Row.fetchAll(db, sql: Self.calibrationSQL, arguments: [active.id])
                let reviewers = try Dictionary(grouping: rows) { try $0.value("reviewer_id") as Int64 }.sorted { $0.key < $1.key }
                    .map { reviewer, rows in
                        let byCriterion = try Dictionary(uniqueKeysWithValues: rows.map { row in
                            (try row.value("criterion") as String, try Calibration.Sums(
                                pairs: row.value("pairs"), own: row.value("own"), ownSquares: row.value("own_squares"),
                                theirs: row.value("theirs"), theirsSquares: row.value("theirs_squares"), products: row.value("products")))
                        })
                        return ReviewerCalibration(
                            reviewer: try rows[0].value("name"), reviews: try rows[0].value("reviews"),
                            figures: Calibration.Figures(reviewerId: reviewer, sharedDiaries: try rows[0].value("diaries"),
                                                         criteria: active.rubric.criteria.map { byCriterion[$0.code] ?? Calibration.Sums() }))
                    }
                return (active, reviewers)
            }
        }
    }

    /// A row per reviewer and criterion of rubric `?` with pairs, with the reviewer's name
    /// and count of reviews.
    static let calibrationSQL = """
        SELECT p.reviewer_id, p.criterion, p.pairs, p.own, p.own_squares, p.theirs, p.theirs_squares, p.products, p.diaries,
          coalesce(o.name, '?') AS name, coalesce(t.reviews, 0) AS reviews
        FROM \(Tallies.reviewPairs.table) p LEFT JOIN operator o ON o.id = p.reviewer_id
          LEFT JOIN \(Tallies.reviewerReviews.table) t ON t.reviewer_id = p.reviewer_id
        WHERE p.rubric_id = ? AND p.pairs > 0 ORDER BY p.reviewer_id
        """
}
