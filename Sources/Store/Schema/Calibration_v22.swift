import GRDB

/// Calibration found the diaries scored twice by grouping every submitted review (3.4 million
/// at a hundred times the county), read their scores and each reviewer's count of reviews:
/// 2.7 s. Its figures are sums over pairs of reviews, now tallied by rubric, reviewer and
/// criterion (`Tallies.reviewPairs`), and each reviewer's reviews counted
/// (`Tallies.reviewerReviews`): it reads a row per reviewer and criterion.
enum Calibration_v22 {
    static let identifier = "v22 calibration tallies"

    static let tallies = [Tallies.reviewPairs, Tallies.reviewerReviews]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
