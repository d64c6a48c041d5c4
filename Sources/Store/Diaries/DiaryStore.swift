/// Diary review's reads and writes: the reviewer's queue and counts, a diary in full, claims,
/// drafts, submission, taking back a score, rubrics and calibration.
public struct DiaryStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var diaries: DiaryStore { DiaryStore(database: self) }
}
