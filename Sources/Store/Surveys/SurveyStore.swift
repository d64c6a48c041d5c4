import GRDB

/// Satisfaction's reads and writes: surveys and their questions, answers typed in, follow-up calls,
/// and the satisfaction report.
public struct SurveyStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var surveys: SurveyStore { SurveyStore(database: self) }
}
