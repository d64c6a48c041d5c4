import GRDB

/// The weekly summary's cadres silent for a month gathered the month's visits (29,000 at a
/// hundred times the county) and looked every active cadre up among them (24,500): each
/// cadre's latest visit is now tallied (`Tallies.lastVisits`) and indexed, so that the silent
/// ones are read as those whose latest visit is before the month.
enum LastVisits_v21 {
    static let identifier = "v21 cadres' last visits"

    static let tallies = [Tallies.lastVisits]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
        try db.execute(sql: "CREATE INDEX cadre_last_visit_day ON \(Tallies.lastVisits.table)(last_visit)")
    }
}
