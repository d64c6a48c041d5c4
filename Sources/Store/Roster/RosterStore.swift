/// The roster's reads and writes: townships' figures, cadre lists, cards and pairing cards, checked
/// edits with their history, and finding a cadre by name.
public struct RosterStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var roster: RosterStore { RosterStore(database: self) }
}
