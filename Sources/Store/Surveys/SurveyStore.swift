/// Satisfaction's reads and writes: surveys and their questions, answers typed in, follow-up calls,
/// and the satisfaction report.
public struct SurveyStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var surveys: SurveyStore { SurveyStore(database: self) }
}
