import GRDB

/// A feature's reads and writes over the one database (`database.requests`, `.roster`, …):
/// only the store reaches the connection, and each feature's queries live in its folder.
protocol FeatureStore: Sendable {
    var database: AppDatabase { get }
}

extension FeatureStore {
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}
