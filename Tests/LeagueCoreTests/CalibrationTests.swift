import LeagueCore
import Testing

@Suite struct CalibrationTests {
    @Test("weighted kappa: full agreement 1, full reversal −1, and a case worked by hand")
    func kappa() throws {
        #expect(Calibration.weightedKappa([(0, 0), (1, 1)], categories: 2) == 1)
        #expect(Calibration.weightedKappa([(0, 1), (1, 0)], categories: 2) == -1)
        // K = 3, weights (i − j)²/4. Observed disagreement: two pairs one apart, each 1/4 of
        // the pairs, weight 1/4 → 0.125. Chance: Σ w·r·c / 16 with rows (1, 1, 2) and
        // columns (1, 1, 2) = 5.5 / 16 = 0.34375. κ = 1 − 0.125 / 0.34375 = 7/11.
        let kappa = try #require(Calibration.weightedKappa([(0, 0), (1, 2), (2, 2), (2, 1)], categories: 3))
        #expect(abs(kappa - 7.0 / 11.0) < 1e-12)
        #expect(Calibration.weightedKappa([], categories: 6) == nil)
        #expect(Calibration.weightedKappa([(3, 3), (3, 3)], categories: 6) == nil)
    }

    @Test("offsets against colleagues per criterion, shared diaries, and the drift flag, by hand")
    func offsets() {
        let reviews = [
            Calibration.Review(diaryId: 1, reviewerId: 10, scores: [3, 4]),
            Calibration.Review(diaryId: 1, reviewerId: 20, scores: [2, 4]),
            Calibration.Review(diaryId: 2, reviewerId: 10, scores: [5, 1]),
            Calibration.Review(diaryId: 2, reviewerId: 20, scores: [3, 1]),
            Calibration.Review(diaryId: 2, reviewerId: 30, scores: [4, 0]),
            // Alone on its diary: nothing to compare with.
            Calibration.Review(diaryId: 3, reviewerId: 40, scores: [0, 0]),
        ]
        let figures = Calibration.figures(reviews)
        #expect(figures.map(\.reviewerId) == [10, 20, 30])
        // Reviewer 10: differences (1, 0), (2, 0), (1, 1) → offsets (4/3, 1/3).
        #expect(figures[0].sharedDiaries == 2 && figures[0].offsets == [4.0 / 3.0, 1.0 / 3.0] && figures[0].flagged)
        #expect(figures[1].offsets == [-4.0 / 3.0, 1.0 / 3.0] && figures[1].flagged)
        // Reviewer 30: (−1, −1) and (1, −1) → (0, −1): exactly one point is not drift.
        #expect(figures[2].sharedDiaries == 1 && figures[2].offsets == [0, -1] && !figures[2].flagged)
    }
}
