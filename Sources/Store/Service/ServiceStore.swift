import GRDB

/// Pane 6's reads and writes: suggestions, activity polls, help squads and service days.
public struct ServiceStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var service: ServiceStore { ServiceStore(database: self) }
}
