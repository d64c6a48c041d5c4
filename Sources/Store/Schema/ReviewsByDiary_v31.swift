import GRDB

/// A township's cadres (the roster's list, 1,300 at a hundred times the county) each averaged
/// the review totals of their diaries of the last 90 days, reading every such review's row for
/// its total (4,400 rows, 2 of the list's 12 ms). The index of submitted reviews by diary now
/// holds the total (and the state its rows all have), so those reviews are read from it alone.
enum ReviewsByDiary_v31 {
    static let identifier = "v31 reviews by diary with their totals"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX diary_review_diary_submitted;
            CREATE INDEX diary_review_diary_submitted ON diary_review(diary_id, submitted_at, total, state) WHERE state = 'submitted';
            """)
    }
}
