import GRDB

/// The weekly summary, read section by section.
public struct SummaryStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var summary: SummaryStore { SummaryStore(database: self) }
}
