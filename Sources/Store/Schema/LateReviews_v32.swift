import GRDB

/// The weekly summary of a week gone by counted among its diaries waiting over a week those
/// first reviewed since it ended by looking up the diary of every review submitted since (1,600
/// lookups for last week at a hundred times the county, 3 of `<`'s 15 ms, and 6,400 more for
/// each week further back). The reviews that came late are now tallied by when they came
/// (`Tallies.lateReviews`): a few a week.
enum LateReviews_v32 {
    static let identifier = "v32 late reviews"

    static let tallies = [Tallies.lateReviews]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
