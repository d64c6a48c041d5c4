/// Pane 6's reads and writes: suggestions, activity polls, help squads and service days.
public struct ServiceStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var service: ServiceStore { ServiceStore(database: self) }
}
