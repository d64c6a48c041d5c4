import GRDB

/// The weekly summary counted the suggestions received since launch and those unanswered past
/// their week from every suggestion (14,900 at a hundred times the county, and more each
/// week). Suggestions received and answered are now tallied by day (`Tallies.suggestions`).
enum Suggestions_v34 {
    static let identifier = "v34 suggestions by day"

    static let tallies = [Tallies.suggestions]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
