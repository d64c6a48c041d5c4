import Foundation
import LeagueCore
import Testing

@Suite struct SatisfactionTests {
    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 5e-5 }

    @Test("Wilson 95% intervals worked by hand: n = 0, n = 1, all satisfied, and a middle case")
    func wilson() throws {
        #expect(Satisfaction.wilson(0, of: 0) == nil)
        #expect(Satisfaction.Figure(satisfied: 0, answers: 0).rate == nil)
        // n = 1, one satisfied: p = 1, z² = 3.8415, denominator 4.8415,
        // centre (1 + 1.9207) / 4.8415 = 0.6033, half 1.96 · √(3.8415/4) / 4.8415 = 0.3967.
        let one = try #require(Satisfaction.wilson(1, of: 1))
        #expect(close(one.lowerBound, 0.2065) && close(one.upperBound, 1))
        let none = try #require(Satisfaction.wilson(0, of: 1))
        #expect(none.lowerBound == 0 && close(none.upperBound, 0.7935))
        // n = 10, all satisfied: centre 1.19207 / 1.38415 = 0.8612, half 0.1388 → [0.7225, 1].
        let all = try #require(Satisfaction.wilson(10, of: 10))
        #expect(close(all.lowerBound, 0.7225) && close(all.upperBound, 1))
        // n = 100, 80 satisfied: centre (0.8 + 0.0192) / 1.0384 = 0.7889,
        // half 1.96 · √(0.0016 + 0.000096) / 1.0384 = 0.0777 → [0.7112, 0.8666].
        let eighty = try #require(Satisfaction.wilson(80, of: 100))
        #expect(close(eighty.lowerBound, 0.7112) && close(eighty.upperBound, 0.8666))
    }

    @Test("figures under 5 answers are hidden; ranks only from 10 answers and only between intervals apart")
    func ranks() {
        #expect(!Satisfaction.Figure(satisfied: 4, answers: 4).shown && Satisfaction.Figure(satisfied: 4, answers: 5).shown)
        let figures = [
            Satisfaction.Figure(satisfied: 95, answers: 100),  // [0.888, 0.978]
            Satisfaction.Figure(satisfied: 60, answers: 100),  // [0.502, 0.691]
            Satisfaction.Figure(satisfied: 88, answers: 100),  // [0.802, 0.930]: overlaps the first
            Satisfaction.Figure(satisfied: 9, answers: 9),     // too few to rank
        ]
        #expect(Satisfaction.ranks(figures) == [1, 3, 1, nil])
        // Nobody apart from anybody: no ranks at all.
        #expect(Satisfaction.ranks([figures[0], figures[2]]) == [nil, nil])
        // 88/100 overlaps both 95/100 and 80/100 ([0.711, 0.867]); those two are apart. Each
        // ranks one below the groups wholly above it: 95 and 88 have none, 80 has one (95),
        // 60 has all three.
        let chain = [figures[0], figures[2], Satisfaction.Figure(satisfied: 80, answers: 100), figures[1]]
        #expect(Satisfaction.ranks(chain) == [1, 1, 2, 4])
    }

    @Test("in any set of groups, a rank is one more than the groups wholly above, and of two apart the higher ranks first")
    func ranksAgreeWithIntervals() {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var pairs = 0
        for _ in 0..<500 {
            let figures = (0..<(2 + next(20))).map { _ in
                let answers = 5 + next(120)
                return Satisfaction.Figure(satisfied: next(answers + 1), answers: answers)
            }
            let ranks = Satisfaction.ranks(figures)
            for (figure, rank) in zip(figures, ranks) {
                guard let rank, let mine = figure.interval else { continue }
                let above = figures.filter { $0.answers >= Satisfaction.minimumRanked && ($0.interval?.lowerBound ?? 0) > mine.upperBound }
                #expect(rank == above.count + 1)
            }
            // Unranked with enough answers: not told apart from any other ranked group.
            let rankable = figures.filter { $0.answers >= Satisfaction.minimumRanked }.compactMap(\.interval)
            for (figure, rank) in zip(figures, ranks) where rank == nil && figure.answers >= Satisfaction.minimumRanked {
                let mine = figure.interval!
                #expect(rankable.allSatisfy { $0.lowerBound <= mine.upperBound && $0.upperBound >= mine.lowerBound })
            }
            for i in figures.indices {
                for j in figures.indices where i < j {
                    guard let a = ranks[i], let b = ranks[j], let x = figures[i].interval, let y = figures[j].interval else { continue }
                    pairs += 1
                    if x.lowerBound > y.upperBound {
                        #expect(a < b)
                    } else if y.lowerBound > x.upperBound {
                        #expect(b < a)
                    }
                }
            }
        }
        #expect(pairs > 1000)
    }
}
