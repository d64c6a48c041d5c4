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

    /// Ranks for `figures`, 1 the best: one more than the number of groups told apart above it
    /// (their 95% intervals wholly above its own). So a group wholly above another always ranks
    /// before it, and groups with as many clearly above them share a rank; two whose intervals
    /// overlap may still rank apart, when a third is clearly above one and not the other — the
    /// report says it this way. Groups under `minimumRanked` answers, and groups that cannot be
    /// told apart from any other, get no rank.
    /// Counted on the intervals' ends in order, so that ranking a county's 24,500 cadres takes
    /// n log n steps, not n².
    public static func ranks(_ figures: [Figure]) -> [Int?] {
        let ranked = figures.map { $0.answers >= minimumRanked ? $0.interval : nil }
        let lowerEnds = ranked.compactMap { $0?.lowerBound }.sorted(), upperEnds = ranked.compactMap { $0?.upperBound }.sorted()
        return ranked.map { mine in
            guard let mine else { return nil }
            let better = lowerEnds.count - lowerEnds.countNotAbove(mine.upperBound)
            let worse = upperEnds.countBelow(mine.lowerBound)
            return better + worse > 0 ? better + 1 : nil
        }
    }
}

private extension Array where Element == Double {
    /// In an array in ascending order: how many elements are below `value`.
    func countBelow(_ value: Double) -> Int { firstIndex { !($0 < value) } }
    /// In an array in ascending order: how many elements are at most `value`.
    func countNotAbove(_ value: Double) -> Int { firstIndex { $0 > value } }

    /// The first index whose element satisfies `isPast` (false before it, true from it on).
    private func firstIndex(_ isPast: (Double) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
