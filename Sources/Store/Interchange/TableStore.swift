import GRDB

/// Whole tables in and out: imports checked row by row and written all or nothing, and exports.
public struct TableStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var tables: TableStore { TableStore(database: self) }
}
