import GRDB

/// The help requests' reads and writes: the queue's pages and counts, a request's detail, intake,
/// recorded actions and their undo.
public struct RequestStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var requests: RequestStore { RequestStore(database: self) }
}
