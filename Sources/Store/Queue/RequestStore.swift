/// The help requests' reads and writes: the queue's pages and counts, a request's detail, intake,
/// recorded actions and their undo.
public struct RequestStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var requests: RequestStore { RequestStore(database: self) }
}
