import GRDB

/// Diary review's reads and writes: the reviewer's queue and counts, a diary in full, claims,
/// drafts, submission, taking back a score, rubrics and calibration.
public struct DiaryStore: Sendable {
    let database: AppDatabase
    var writer: any DatabaseWriter { database.writer }
    var path: String { database.path }
}

extension AppDatabase {
    public var diaries: DiaryStore { DiaryStore(database: self) }
}
