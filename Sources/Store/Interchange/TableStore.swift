/// Whole tables in and out: imports checked row by row and written all or nothing, and exports.
public struct TableStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var tables: TableStore { TableStore(database: self) }
}
