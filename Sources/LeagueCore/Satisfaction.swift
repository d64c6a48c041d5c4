import Foundation

/// How satisfied answers are counted and shown, the county's definitions in one place:
/// the satisfaction rate is the "satisfied" answers (满意) divided by all answers to the
/// satisfaction question (满意 + 基本满意 + 不满意); it is shown with its Wilson 95% interval,
/// never from fewer than `minimumShown` answers, and ranked only from `minimumRanked`.
public enum Satisfaction {
    /// Under this many answers a breakdown is hidden: it says little and could point at who answered.
    public static let minimumShown = 5
    /// Under this many answers a group is not ranked.
    public static let minimumRanked = 10
    /// The normal quantile of a 95% interval.
    public static let z = 1.959964

    /// The value stored for each answer to a satisfaction question.
    public enum Answer: Int, Codable, Sendable, CaseIterable {
        case dissatisfied = 0
        case basicallySatisfied = 1
        case satisfied = 2

        public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

        static let names = PhraseBook<Self>(
            zh: [.satisfied: "满意", .basicallySatisfied: "基本满意", .dissatisfied: "不满意"],
            en: [.satisfied: "satisfied", .basicallySatisfied: "basically satisfied", .dissatisfied: "dissatisfied"])
    }

    /// Satisfied answers out of all answers, for a cadre, a township or the county.
    public struct Figure: Sendable, Equatable, Codable {
        public var satisfied: Int
        public var answers: Int

        public init(satisfied: Int, answers: Int) {
            self.satisfied = satisfied
            self.answers = answers
        }

        /// Nil with no answers.
        public var rate: Double? { answers > 0 ? Double(satisfied) / Double(answers) : nil }
        /// Nil with no answers.
        public var interval: ClosedRange<Double>? { Satisfaction.wilson(satisfied, of: answers) }
        /// Whether a breakdown of this size may be shown.
        public var shown: Bool { answers >= Satisfaction.minimumShown }
    }

    /// Wilson's score interval for `successes` out of `n` at 95%: it stays inside [0, 1] and
    /// means something for small n and for all or none. Nil when n is 0.
    public static func wilson(_ successes: Int, of n: Int) -> ClosedRange<Double>? {
        guard n > 0 else { return nil }
        let count = Double(n), p = Double(successes) / count, z2 = z * z
        let denominator = 1 + z2 / count
        let center = (p + z2 / (2 * count)) / denominator
        let half = z * ((p * (1 - p) / count + z2 / (4 * count * count)).squareRoot()) / denominator
        return max(0, center - half)...min(1, center + half)
    }

    /// Ranks for `figures`, 1 the best, such that groups whose 95% intervals overlap always
    /// share a rank. Overlap does not chain by itself (A may overlap B and B overlap C while A
    /// and C are apart), so the groups are taken in runs of intervals that overlap one to the
    /// next: a run shares one rank, and it ranks below another run only when every interval of
    /// it lies under every one of the other's. Groups under `minimumRanked` answers get no
    /// rank, nor does anyone when all fall in one run (nobody can be told apart).
    public static func ranks(_ figures: [Figure]) -> [Int?] {
        let ranked = figures.enumerated().compactMap { index, figure in
            figure.answers >= minimumRanked ? figure.interval.map { (index, $0) } : nil
        }.sorted { ($0.1.upperBound, $0.1.lowerBound) > ($1.1.upperBound, $1.1.lowerBound) }
        var runs: [[Int]] = [], floor = Double.infinity
        for (index, interval) in ranked {
            if interval.upperBound >= floor, !runs.isEmpty {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
            floor = min(floor, interval.lowerBound)
        }
        var result = [Int?](repeating: nil, count: figures.count)
        guard runs.count > 1 else { return result }
        var above = 0
        for run in runs {
            for index in run { result[index] = above + 1 }
            above += run.count
        }
        return result
    }
}
