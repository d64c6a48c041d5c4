/// The weekly summary, read section by section.
public struct SummaryStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var summary: SummaryStore { SummaryStore(database: self) }
}
