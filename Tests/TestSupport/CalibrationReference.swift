import Foundation
import GRDB
import LeagueCore

/// Calibration counted the long way, as it is defined, to hold the store's sums to: every pair
/// of two reviewers' complete submitted scores of one diary, and the kappa from the table of
/// the pairs' scores observed against those expected by chance.
public enum CalibrationReference {
    /// One reviewer's scores of one diary, in the rubric's order.
    public struct Review: Sendable {
        public var diaryId: Int64, reviewerId: Int64, scores: [Int]

        public init(diaryId: Int64, reviewerId: Int64, scores: [Int]) {
            (self.diaryId, self.reviewerId, self.scores) = (diaryId, reviewerId, scores)
        }
    }

    /// Every reviewer who shares a diary with a colleague, by id.
    public static func figures(_ reviews: [Review]) -> [Calibration.Figures] {
        var pairs: [Int64: [(mine: [Int], theirs: [Int])]] = [:]
        var shared: [Int64: Set<Int64>] = [:]
        for (diary, reviews) in Dictionary(grouping: reviews, by: \.diaryId) {
            for mine in reviews {
                for theirs in reviews where theirs.reviewerId != mine.reviewerId {
                    pairs[mine.reviewerId, default: []].append((mine.scores, theirs.scores))
                    shared[mine.reviewerId, default: []].insert(diary)
                }
            }
        }
        return pairs.keys.sorted().map { reviewer in
            let list = pairs[reviewer]!
            let offsets = (0..<list[0].mine.count).map { c in
                Double(list.map { $0.mine[c] - $0.theirs[c] }.reduce(0, +)) / Double(list.count)
            }
            let scorePairs = list.flatMap { zip($0.mine, $0.theirs).map { ($0, $1) } }
            return Calibration.Figures(reviewerId: reviewer, sharedDiaries: shared[reviewer]!.count, offsets: offsets,
                           kappa: weightedKappa(scorePairs, categories: Rubric.maxScore + 1))
        }
    }

    /// Cohen's kappa with quadratic weights for ratings 0..<categories given in pairs:
    /// 1 − Σ w·observed / Σ w·expected, w = (i − j)² / (categories − 1)².
    public static func weightedKappa(_ pairs: [(Int, Int)], categories: Int) -> Double? {
        guard !pairs.isEmpty else { return nil }
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

    /// The submitted reviews scored in full under rubric `rubric` (criteria codes in order),
    /// read from the history: those of diaries reviewed more than once (a review alone on its
    /// diary has no pair).
    public static func reviews(_ db: Database, rubric: Int64, codes: [String]) throws -> [Review] {
        try Row.fetchAll(db, sql: """
            SELECT diary_id, reviewer_id, scores FROM diary_review WHERE state = 'submitted' AND rubric_id = ?
              AND diary_id IN (SELECT diary_id FROM diary_review GROUP BY diary_id HAVING count(*) > 1)
            """, arguments: [rubric]).compactMap { row in
            // Scores that are not JSON (a hand edit) are not scored in full, as the tally reads them.
            let object = (try? JSONSerialization.jsonObject(with: Data((row["scores"] as String).utf8))) as? [String: Int] ?? [:]
            let scores = codes.compactMap { object[$0] }
            return scores.count == codes.count ? Review(diaryId: row["diary_id"], reviewerId: row["reviewer_id"], scores: scores) : nil
        }
    }
}

extension CalibrationReference {
    /// Where `figures` differ from `reference`, kappas to a billionth (they are summed in
    /// another order): none when they agree.
    public static func differences(_ figures: [Calibration.Figures], _ reference: [Calibration.Figures]) -> [String] {
        guard figures.map(\.reviewerId) == reference.map(\.reviewerId) else {
            return ["reviewers \(figures.map(\.reviewerId)) against \(reference.map(\.reviewerId))"]
        }
        return zip(figures, reference).compactMap { kept, counted in
            let kappas = switch (kept.kappa, counted.kappa) {
            case (nil, nil): true
            case let (a?, b?): abs(a - b) < 1e-9
            default: false
            }
            var same = kept
            same.kappa = counted.kappa
            return same == counted && kappas ? nil : "\(kept) against \(counted)"
        }
    }
}
