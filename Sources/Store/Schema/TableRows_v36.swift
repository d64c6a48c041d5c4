import GRDB

/// `stats` counted the rows of every table, 33 million at a hundred times the county (0.17 s,
/// and more every week). The tables that grow with the history now have their rows tallied
/// (`Tallies.tableRows`).
enum TableRows_v36 {
    static let identifier = "v36 rows of the tables that grow"

    static let tallies = [Tallies.tableRows]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
