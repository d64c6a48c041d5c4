import GRDB

/// The roster's reads and writes: townships' figures, cadre lists, cards and pairing cards, checked
/// edits with their history, and finding a cadre by name.
public struct RosterStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var roster: RosterStore { RosterStore(database: self) }
}
