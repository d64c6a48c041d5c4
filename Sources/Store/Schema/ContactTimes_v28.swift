import GRDB

/// The weekly summary counted the week's first contacts along their index and walked up to
/// half of them to read the median and the 90th percentile at their ranks (54,000 a week at a
/// hundred times the county, 7 of the summary's 26 ms). The first contacts are now tallied by
/// week and ten minutes of the time they took (`Tallies.contactTimes`): the ranks are found
/// among the week's buckets, and each value read within its bucket along the index.
enum ContactTimes_v28 {
    static let identifier = "v28 first contacts' times"

    static let tallies = [Tallies.contactTimes]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
