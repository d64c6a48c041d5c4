import Foundation
import LeagueCore
import Testing

@Suite struct CountyTimeTests {
    @Test("every accepted spelling of --now names the same instant", arguments: [
        "2026-11-28T09:00:00+08:00", "2026-11-28T01:00:00Z", "2026-11-28T09:00", "2026-11-28 09:00",
        "2026-11-28T09:00:00", "2026-11-28T03:00:00+02:00", "2026-11-28T09:00:00+0800",
    ])
    func spellings(text: String) {
        #expect(CountyTime.parseInstant(text)?.unixSeconds == 1_795_827_600)
    }

    @Test("a bare date is midnight in the county")
    func bareDate() {
        #expect(CountyTime.parseInstant("2026-11-28")?.unixSeconds == 1_795_795_200)
    }

    @Test("nonsense and impossible dates are refused", arguments: [
        "", "now", "2026-13-01", "2026-02-30", "2026-11-28T25:00", "2026-11-28T09:60", "28/11/2026",
        "2026-11-28T09:00+", "2026-11-28T09:00:00+08:00 extra",
        "2026-11-28T09:00:00+19:00", "2026-11-28T09:00:00-18:60", "0001-01-01", "0000-01-01", "3000-01-01", "２０２６-11-28",
    ])
    func refused(text: String) {
        #expect(CountyTime.parseInstant(text) == nil)
    }

    @Test("reports, weeks and spreadsheet days read only years the program knows and plain digits",
          arguments: ["9999H2", "9999", "9999Q4", "9999-12", "0000", "1899H1", "2026H+1", "2026Q５", "2026-1x"])
    func periodsRefused(text: String) {
        #expect(ReportPeriod(text) == nil)
    }

    @Test("weeks too", arguments: ["0000-W01", "2026-W-1", "2026-W+1", "9999-W52", "2026-W54", "2026W123", "W48"])
    func weeksRefused(text: String) {
        #expect(CountyWeek(text) == nil)
    }

    @Test("the last period the program reads still ends a day later, and a week spelled short is read")
    func edges() throws {
        let last = try #require(ReportPeriod("2999H2"))
        #expect(last.instants.upperBound - last.instants.lowerBound == 184 * 86_400)
        #expect(CountyWeek("2026-w8") == CountyWeek(year: 2026, week: 8))
        #expect(CountyTime.midnight(year: 2026, month: 11, day: 28) == CountyTime.parseInstant("2026-11-28"))
    }

    @Test("the county's day turns at midnight Beijing time, not UTC")
    func dayTurns() {
        #expect(CountyTime.dayString(CountyTime.parseInstant("2026-11-27T15:59:59Z")!) == "2026-11-27")
        #expect(CountyTime.dayString(CountyTime.parseInstant("2026-11-27T16:00:00Z")!) == "2026-11-28")
        #expect(CountyTime.year(CountyTime.parseInstant("2025-12-31T16:00:00Z")!) == 2026)
    }

    @Test("the plan's launch is 1 July 2016 in the county")
    func launch() {
        #expect(CountyTime.dayString(PlanFacts.launch) == "2016-07-01")
        #expect(PlanFacts.launch == CountyTime.parseInstant("2016-07-01"))
    }
}

@Suite struct CountyClockTextTests {
    @Test("a moment's county day and minute are the calendar's, across years, leap days and the summer times of 1986–1991")
    func sameAsCalendar() {
        var random = SystemRandomNumberGenerator()
        let calendar = CountyTime.calendar
        let instants = [0, 515_000_000, 694_195_199, 694_195_200, 951_753_600, 951_782_399, 1_795_827_600, 4_102_415_999]
            + (0..<5_000).map { _ in Int.random(in: 0...4_102_415_999, using: &random) }
        for seconds in instants {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let expected = String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
            #expect(CountyTime.instantString(date) == expected, "\(seconds)")
            #expect(CountyTime.dayString(date) == String(expected.prefix(10)), "\(seconds)")
        }
    }
}
