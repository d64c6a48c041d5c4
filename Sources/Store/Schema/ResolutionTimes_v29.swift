import GRDB

/// The weekly summary read every resolution of the week with its request's arrival, and sorted
/// the times they took for the median and the 90th percentile (4,600 requests looked up a week
/// at a hundred times the county, 4 of the summary's 21 ms). Each resolution's time is now
/// tallied in order by week (`Tallies.resolutionTimes`): the week's are counted and each
/// percentile read at its rank in it.
enum ResolutionTimes_v29 {
    static let identifier = "v29 resolutions' times"

    static let tallies = [Tallies.resolutionTimes]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
