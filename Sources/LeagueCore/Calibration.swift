/// How reviewers' scores compare on the diaries two of them scored: what calibration shows
/// admins. Pure arithmetic on sums over pairs of reviews; the store keeps the sums.
public enum Calibration {
    /// Over the pairs (this reviewer's score, a colleague's score of the same diary) on one
    /// criterion, or several pooled: enough for the mean difference and the kappa.
    public struct Sums: Sendable, Equatable {
        public var pairs = 0
        public var own = 0, ownSquares = 0
        public var theirs = 0, theirsSquares = 0
        /// Σ own × theirs.
        public var products = 0

        public init(pairs: Int = 0, own: Int = 0, ownSquares: Int = 0, theirs: Int = 0, theirsSquares: Int = 0, products: Int = 0) {
            (self.pairs, self.own, self.ownSquares, self.theirs, self.theirsSquares, self.products) =
                (pairs, own, ownSquares, theirs, theirsSquares, products)
        }

        public static func + (a: Sums, b: Sums) -> Sums {
            Sums(pairs: a.pairs + b.pairs, own: a.own + b.own, ownSquares: a.ownSquares + b.ownSquares, theirs: a.theirs + b.theirs,
                 theirsSquares: a.theirsSquares + b.theirsSquares, products: a.products + b.products)
        }

        /// The mean of (own − theirs); nil without pairs.
        public var offset: Double? { pairs == 0 ? nil : Double(own - theirs) / Double(pairs) }

        /// Cohen's kappa with quadratic weights, 1 − Σ w·observed / Σ w·expected with
        /// w ∝ (i − j)²: over n pairs, Σ(a − b)² / n against (nΣa² + nΣb² − 2ΣaΣb) / n² (the
        /// weights' scale cancels, so it needs no count of categories). Nil when nothing could
        /// disagree by chance (no pairs, or both always give one and the same score).
        public var kappa: Double? {
            let observed = ownSquares + theirsSquares - 2 * products
            let chance = pairs * ownSquares + pairs * theirsSquares - 2 * own * theirs
            guard pairs > 0, chance != 0 else { return nil }
            return 1 - Double(observed) * Double(pairs) / Double(chance)
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

        public init(reviewerId: Int64, sharedDiaries: Int, offsets: [Double], kappa: Double?) {
            (self.reviewerId, self.sharedDiaries, self.offsets, self.kappa) = (reviewerId, sharedDiaries, offsets, kappa)
        }

        /// From the sums of each criterion of the rubric, in its order.
        public init(reviewerId: Int64, sharedDiaries: Int, criteria: [Sums]) {
            self.init(reviewerId: reviewerId, sharedDiaries: sharedDiaries, offsets: criteria.map { $0.offset ?? 0 },
                      kappa: criteria.reduce(Sums(), +).kappa)
        }

        /// Drifting more than one point on some criterion.
        public var flagged: Bool { offsets.contains { abs($0) > Calibration.driftLimit } }
    }

    /// More than this many points off colleagues on a criterion, on average, is drift.
    public static let driftLimit = 1.0
}
