import Foundation
import LeagueCore
import Testing

@Suite struct CountyWeekTests {
    @Test("ISO weeks in county time, across the new year")
    func weeks() throws {
        let w48 = try #require(CountyWeek("2026-W48"))
        #expect(w48.days == ("2026-11-23", "2026-11-29"))
        #expect(CountyTime.instantString(w48.start) == "2026-11-23 00:00")
        #expect(CountyWeek(containing: CountyTime.parseInstant("2026-11-29T23:59:00+08:00")!) == w48)
        #expect(CountyWeek(containing: CountyTime.parseInstant("2026-11-29T16:30:00Z")!) == CountyWeek("2026-W49"))
        // 2026-W01 starts on Monday 29 December 2025; 2026 has 53 weeks, the last ending on 3 January 2027.
        #expect(CountyWeek("2026-W01").map { [$0.days.monday, $0.days.sunday] } == ["2025-12-29", "2026-01-04"])
        #expect(CountyWeek("2026-W53").map { [$0.days.monday, $0.days.sunday] } == ["2026-12-28", "2027-01-03"])
        #expect(CountyWeek("2026-W01")?.previous == CountyWeek("2025-W52"))
        #expect(CountyWeek("2026-W53")?.next == CountyWeek("2027-W01"))
        for bad in ["2025-W53", "2026-W54", "2026-W00", "2026W", "W48", ""] { #expect(CountyWeek(bad) == nil, "\(bad)") }
    }

    @Test("percentiles by nearest rank")
    func percentiles() {
        #expect(Percentile.of([], 0.5) == nil)
        #expect(Percentile.of([7], 0.9) == 7)
        #expect(Percentile.of([5, 1, 3, 2, 4], 0.5) == 3)
        #expect(Percentile.of([1, 2, 3, 4], 0.5) == 2)
        #expect(Percentile.of(Array(1...10), 0.9) == 9)
        // The rank read from an index in order: the same value.
        #expect(Percentile.rank(0.5, among: 0) == nil)
        #expect([1, 2, 3, 4, 5, 10, 11].map { Percentile.rank(0.5, among: $0)! } == [1, 1, 2, 2, 3, 5, 6])
        #expect([1, 9, 10, 11, 53_868].map { Percentile.rank(0.9, among: $0)! } == [1, 9, 9, 10, 48_482])
    }
}
