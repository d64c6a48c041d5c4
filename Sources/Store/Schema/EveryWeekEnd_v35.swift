import GRDB

/// v23 recorded the four weeks before it; a week further back was replayed from the history of
/// every request changed since it ended whenever it was read (40 to 110 ms at a hundred times
/// the county). Every week since the first request came is now recorded by replaying it once.
enum EveryWeekEnd_v35 {
    static let identifier = "v35 every week's end recorded"

    static func migrate(_ db: Database) throws {
        try WeekEnds.recordFromHistory(db, weeks: nil)
    }
}
