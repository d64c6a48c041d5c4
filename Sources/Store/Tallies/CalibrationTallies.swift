import LeagueCore

/// The figures of reviewers' calibration: each reviewer against colleagues on the diaries both
/// scored. Counting them read every submitted review to find the diaries scored twice (3.4
/// million at a hundred times the county) and every such diary's scores; they are sums over
/// pairs of reviews, so they are kept as such.
extension Tallies {
    /// Per rubric × reviewer × criterion: over the pairs (this reviewer's review, a
    /// colleague's review of the same diary), both submitted and complete under the same
    /// rubric, the count and the sums `Calibration.Sums` names; and the diaries such a pair
    /// was found on (the same on each criterion's row). A review's contribution is its pairs
    /// both ways: as its reviewer's, and as each colleague's.
    static let reviewPairs = Tally(
        table: "review_pair_tally",
        keys: [("rubric_id", "INTEGER"), ("reviewer_id", "INTEGER"), ("criterion", "TEXT")],
        measures: [("pairs", "INTEGER"), ("own", "INTEGER"), ("own_squares", "INTEGER"), ("theirs", "INTEGER"),
                   ("theirs_squares", "INTEGER"), ("products", "INTEGER"), ("diaries", "INTEGER")],
        gathering: .sum,
        // Every pair is some review's own: the history's are the pairs of every review as its own.
        parts: { _ in [pairs(onDiariesScoredTwice, asColleague: false)] },
        keeping: { t in
            t.rowTriggers(on: "diary_review", reviewColumns, watched: Array(reviewColumns.dropFirst()), named: "review") {
                "\(pairs($0, asColleague: false)) UNION ALL \(pairs($0, asColleague: true))"
            }
        })

    /// Per reviewer: their submitted reviews, under any rubric.
    static let reviewerReviews = Tally(
        table: "reviewer_tally",
        keys: [("reviewer_id", "INTEGER")],
        measures: [("reviews", "INTEGER")],
        gathering: .sum,
        parts: { _ in [submitted("diary_review r")] },
        keeping: { t in
            t.rowTriggers(on: "diary_review", ["reviewer_id", "state"], watched: ["reviewer_id", "state"], named: "review", part: submitted)
        })

    /// The reviews of diaries with more than one submitted review, the only ones in pairs:
    /// found along the index of submitted reviews by diary before any review's scores are read.
    private static let onDiariesScoredTwice = """
        (SELECT * FROM diary_review WHERE diary_id IN (SELECT diary_id FROM diary_review WHERE state = \(ReviewState.submitted.sql)
          GROUP BY diary_id HAVING count(*) > 1)) r
        """

    private static let reviewColumns = ["id", "diary_id", "reviewer_id", "rubric_id", "scores", "state"]

    private static func submitted(_ reviews: String) -> String {
        "SELECT r.reviewer_id, 1 AS reviews FROM \(reviews) WHERE r.state = \(ReviewState.submitted.sql)"
    }

    /// The pairs of each of `reviews` (aliased `r`) with the other reviews of its diary (`o`),
    /// as `r`'s reviewer's own (`asColleague` false) or as the colleague's. A review stands in
    /// pairs when submitted and scored on every criterion of its rubric. The diary is counted
    /// for the reviewer once: on `r`'s own pair with the first other review, and, as a
    /// colleague's, when `r` is the only review beside theirs.
    /// (`LIMIT -1` keeps the inner SELECT from being merged into the outer one, which would
    /// read each score from its JSON once for every time the outer one names it.)
    private static func pairs(_ reviews: String, asColleague: Bool) -> String {
        let (mine, theirs) = asColleague ? ("o", "r") : ("r", "o")
        let others = "diary_review m WHERE m.diary_id = r.diary_id AND m.id NOT IN (r.id, o.id) AND \(stands("m", beside: "r"))"
        let diary = asColleague ? "NOT EXISTS (SELECT 1 FROM \(others))" : "NOT EXISTS (SELECT 1 FROM \(others) AND m.id < o.id)"
        return """
            SELECT rubric_id, reviewer_id, criterion, 1 AS pairs, a AS own, a * a AS own_squares, b AS theirs, b * b AS theirs_squares,
              a * b AS products, diaries
            FROM (SELECT \(mine).rubric_id, \(mine).reviewer_id, \(criterion) AS criterion, \(score(mine, criterion)) AS a,
                    \(score(theirs, criterion)) AS b, \(diary) AS diaries
                  FROM \(reviews) JOIN diary_review o ON o.diary_id = r.diary_id AND o.id != r.id AND \(stands("o", beside: "r"))
                  JOIN \(criteria("r"))
                  WHERE r.state = \(ReviewState.submitted.sql) AND \(complete("r"))
                  LIMIT -1)
            """
    }

    /// `review` is a submitted review under `other`'s rubric, scored on every criterion.
    private static func stands(_ review: String, beside other: String) -> String {
        "\(review).state = \(ReviewState.submitted.sql) AND \(review).rubric_id = \(other).rubric_id AND \(complete(review))"
    }

    /// The criteria of `review`'s rubric as tables to join: a row `k` each, its code
    /// `criterion` (none if the rubric's criteria are not JSON).
    private static func criteria(_ review: String) -> String {
        "rubric u JOIN json_each(CASE WHEN json_valid(u.criteria) THEN u.criteria END) k ON u.id = \(review).rubric_id"
    }

    private static let criterion = "json_extract(k.value, '$.code')"

    /// Every criterion of `review`'s rubric has a score.
    private static func complete(_ review: String) -> String {
        "NOT EXISTS (SELECT 1 FROM \(criteria(review)) WHERE \(score(review, criterion)) IS NULL)"
    }

    /// The score `review` gave on criterion `code`: a number in its JSON scores (a fraction
    /// cut to its whole part), or NULL.
    private static func score(_ review: String, _ code: String) -> String {
        """
        (SELECT CAST(s.value AS INTEGER) FROM json_each(CASE WHEN json_valid(\(review).scores) THEN \(review).scores END) s
          WHERE s.key = \(code) AND s.type IN ('integer', 'real') LIMIT 1)
        """
    }
}
