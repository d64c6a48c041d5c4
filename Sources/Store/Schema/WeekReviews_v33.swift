import GRDB

/// The weekly summary read every review submitted in its week and the week before, telling
/// the diaries apart for the week's count and adding the scores up (4,700 reviews at a hundred
/// times the county, about 2 of `5`'s 14 ms). The diaries reviewed and the scores are now
/// tallied by week (`Tallies.weekReviews`).
enum WeekReviews_v33 {
    static let identifier = "v33 reviews by week"

    static let tallies = [Tallies.weekReviews]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
