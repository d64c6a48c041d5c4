import GRDB

/// The weekly summary's cadres silent for a month looked up, among their diaries, every
/// cadre whose latest visit is after the month — for the week before, each cadre with a
/// visit this week (5,100 at a hundred times the county, 13 of the summary's 35 ms). The
/// stretches of more than a month between a cadre's visits are now tallied
/// (`Tallies.silences`) and indexed by the visit that ends them: those silent in a month
/// gone by are read as the stretches that span it.
enum Silences_v27 {
    static let identifier = "v27 cadres' silences"

    static let tallies = [Tallies.silences]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
        try db.execute(sql: "CREATE INDEX cadre_silence_until ON \(Tallies.silences.table)(until, since)")
    }
}
