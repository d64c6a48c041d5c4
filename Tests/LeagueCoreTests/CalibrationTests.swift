import LeagueCore
import Testing

@Suite struct CalibrationTests {
    /// The sums over `pairs` of (own, theirs) scores.
    private func sums(_ pairs: [(Int, Int)]) -> Calibration.Sums {
        pairs.reduce(Calibration.Sums()) { sums, pair in
            let (a, b) = pair
            return sums + Calibration.Sums(pairs: 1, own: a, ownSquares: a * a, theirs: b, theirsSquares: b * b, products: a * b)
        }
    }

    @Test("weighted kappa from sums: full agreement 1, full reversal −1, and a case worked by hand")
    func kappa() throws {
        #expect(sums([(0, 0), (1, 1)]).kappa == 1)
        #expect(sums([(0, 1), (1, 0)]).kappa == -1)
        // Three categories, weights (i − j)²/4. Observed disagreement: two pairs one apart,
        // each 1/4 of the pairs, weight 1/4 → 0.125. Chance: Σ w·r·c / 16 with rows (1, 1, 2)
        // and columns (1, 1, 2) = 5.5 / 16 = 0.34375. κ = 1 − 0.125 / 0.34375 = 7/11.
        let kappa = try #require(sums([(0, 0), (1, 2), (2, 2), (2, 1)]).kappa)
        #expect(abs(kappa - 7.0 / 11.0) < 1e-12)
        #expect(sums([]).kappa == nil)
        #expect(sums([(3, 3), (3, 3)]).kappa == nil)
        // One always gives 3, the other spreads: chance can disagree, so it is defined.
        #expect(sums([(3, 2), (3, 4)]).kappa != nil)
    }

    @Test("offsets per criterion, kappa pooled over criteria, and the drift flag, by hand")
    func offsets() throws {
        // Reviewer 10 against 20 and 30 on two criteria: differences (1, 0), (2, 0), (1, 1).
        let figures = Calibration.Figures(reviewerId: 10, sharedDiaries: 2, criteria: [
            sums([(3, 2), (5, 3), (5, 4)]), sums([(4, 4), (1, 1), (1, 0)]),
        ])
        #expect(figures.offsets == [4.0 / 3.0, 1.0 / 3.0] && figures.flagged)
        // Pooled: the six pairs of both criteria as one table.
        let pooled = try #require(sums([(3, 2), (5, 3), (5, 4), (4, 4), (1, 1), (1, 0)]).kappa)
        #expect(figures.kappa == pooled)
        // (−1, −1) and (1, −1) → (0, −1): exactly one point is not drift.
        let steady = Calibration.Figures(reviewerId: 30, sharedDiaries: 1, criteria: [sums([(4, 5), (4, 3)]), sums([(0, 1), (0, 1)])])
        #expect(steady.offsets == [0, -1] && !steady.flagged)
        // A criterion without pairs (a rubric's criterion nobody scored twice) is no offset.
        #expect(Calibration.Figures(reviewerId: 1, sharedDiaries: 0, criteria: [Calibration.Sums()]).offsets == [0])
    }
}
