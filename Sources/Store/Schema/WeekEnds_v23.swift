import GRDB

/// A week gone by was replayed from the history of every request changed since it ended
/// (33,600 for last week at a hundred times the county): each week's end is now recorded
/// (`WeekEnds`) as the first change after it comes, and the last few weeks before the
/// migration are recorded by replaying them once.
enum WeekEnds_v23 {
    static let identifier = "v23 week ends recorded"

    static func migrate(_ db: Database) throws {
        try WeekEnds.install(db)
    }
}
