import GRDB

/// The tallies the reports read instead of the history (see `Tallies`), filled from the
/// history already there and kept from then on by their triggers.
enum Tallies_v11 {
    static let identifier = "v11 tallies"

    static func migrate(_ db: Database) throws {
        for tally in Tallies.all { try tally.install(db) }
    }
}
