/// How reviewers' scores compare on the diaries two of them scored: what calibration shows
/// admins. Pure arithmetic on submitted scores; the store gathers them.
public enum Calibration {
    /// One reviewer's submitted scores of one diary, in the rubric's criteria order.
    public struct Review: Sendable, Equatable {
        public var diaryId: Int64
        public var reviewerId: Int64
        public var scores: [Int]

        public init(diaryId: Int64, reviewerId: Int64, scores: [Int]) {
            self.diaryId = diaryId
            self.reviewerId = reviewerId
            self.scores = scores
        }
    }

    /// A reviewer against their colleagues.
    public struct Figures: Codable, Sendable, Equatable {
        public var reviewerId: Int64
        /// Diaries this reviewer and at least one colleague both scored.
        public var sharedDiaries: Int
        /// Per criterion, the mean of (this reviewer's score − the colleague's) over shared diaries.
        public var offsets: [Double]
        /// Quadratic-weighted Cohen's kappa of this reviewer's scores against the colleagues',
        /// every criterion pooled; nil when it is undefined (no pairs, or no spread at all).
        public var kappa: Double?

        /// Drifting more than one point on some criterion.
        public var flagged: Bool { offsets.contains { abs($0) > Calibration.driftLimit } }
    }

    /// More than this many points off colleagues on a criterion, on average, is drift.
    public static let driftLimit = 1.0

    /// Every reviewer who shares a diary with a colleague, by id. Reviews of one diary with
    /// different numbers of criteria (another rubric) are not compared.
    public static func figures(_ reviews: [Review]) -> [Figures] {
        var byDiary: [Int64: [Review]] = [:]
        for review in reviews { byDiary[review.diaryId, default: []].append(review) }
        var pairs: [Int64: [(mine: [Int], theirs: [Int])]] = [:]
        var shared: [Int64: Set<Int64>] = [:]
        for (diary, reviews) in byDiary where reviews.count > 1 {
            for mine in reviews {
                for theirs in reviews where theirs.reviewerId != mine.reviewerId && theirs.scores.count == mine.scores.count {
                    pairs[mine.reviewerId, default: []].append((mine.scores, theirs.scores))
                    shared[mine.reviewerId, default: []].insert(diary)
                }
            }
        }
        return pairs.keys.sorted().map { reviewer in
            let list = pairs[reviewer]!
            let criteria = list[0].mine.count
            let offsets = (0..<criteria).map { c in
                Double(list.map { $0.mine[c] - $0.theirs[c] }.reduce(0, +)) / Double(list.count)
            }
            let scorePairs = list.flatMap { pair in zip(pair.mine, pair.theirs).map { ($0, $1) } }
            return Figures(reviewerId: reviewer, sharedDiaries: shared[reviewer]!.count, offsets: offsets,
                           kappa: weightedKappa(scorePairs, categories: Rubric.maxScore + 1))
        }
    }

    /// Cohen's kappa with quadratic weights for ratings 0..<categories given in pairs:
    /// 1 − Σ w·observed / Σ w·expected, w = (i − j)² / (categories − 1)². Nil when nothing
    /// could disagree by chance (no pairs, or both raters always give one and the same score).
    public static func weightedKappa(_ pairs: [(Int, Int)], categories: Int) -> Double? {
        guard !pairs.isEmpty, categories > 1 else { return nil }
        let n = Double(pairs.count)
        var observed = Array(repeating: Array(repeating: 0.0, count: categories), count: categories)
        var rows = Array(repeating: 0.0, count: categories), columns = Array(repeating: 0.0, count: categories)
        for (a, b) in pairs {
            observed[a][b] += 1
            rows[a] += 1
            columns[b] += 1
        }
        var disagreement = 0.0, chance = 0.0
        let scale = Double((categories - 1) * (categories - 1))
        for i in 0..<categories {
            for j in 0..<categories {
                let weight = Double((i - j) * (i - j)) / scale
                disagreement += weight * observed[i][j] / n
                chance += weight * rows[i] * columns[j] / (n * n)
            }
        }
        return chance == 0 ? nil : 1 - disagreement / chance
    }
}
