import LeagueCore

// Stored words written into SQL from the enums that define them, so that a state renamed in
// Swift cannot leave a query asking for the old word: `DiaryState.inReview.sql` is
// `'in_review'`, `DiaryState.waiting.sql` is `'submitted', 'in_review'`.

extension RawRepresentable where RawValue == String {
    /// The stored value as an SQL string literal.
    public var sql: String { "'\(rawValue.replacingOccurrences(of: "'", with: "''"))'" }
}

extension Sequence where Element: RawRepresentable, Element.RawValue == String {
    /// The stored values as a list for `IN (…)`.
    public var sql: String { map(\.sql).joined(separator: ", ") }
}

extension DiaryState {
    /// Waiting for a review: in the reviewers' queue (the `diary_waiting` index's states).
    public static let waiting: [DiaryState] = [.submitted, .inReview]
    /// Scored, its feedback published or about to be.
    public static let reviewed: [DiaryState] = [.reviewed, .feedbackPublished]
}
