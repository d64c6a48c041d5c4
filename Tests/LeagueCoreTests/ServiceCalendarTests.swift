import Foundation
import LeagueCore
import Testing

@Suite struct ServiceCalendarTests {
    @Test("Spring Festival and Double Ninth, 2025–2030, as published")
    func lunarHolidays() {
        let spring = ["2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"]
        let doubleNinth = ["2025-10-29", "2026-10-18", "2027-10-08", "2028-10-26", "2029-10-16", "2030-10-05"]
        for (offset, year) in (2025...2030).enumerated() {
            #expect(CountyTime.dayString(Holiday.springFestival.date(in: year)) == spring[offset])
            #expect(CountyTime.dayString(Holiday.doubleNinth.date(in: year)) == doubleNinth[offset])
            #expect(CountyTime.dayString(Holiday.leiFengDay.date(in: year)) == "\(year)-03-05")
        }
    }

    @Test("the service day is the last Sunday of the month; holidays are found in a span")
    func serviceDays() {
        let day = { (text: String) in CountyTime.parseInstant(text)! }
        #expect(CountyTime.dayString(ServiceDay.next(onOrAfter: day("2026-11-23"))) == "2026-11-29")
        #expect(CountyTime.dayString(ServiceDay.next(onOrAfter: day("2026-11-30"))) == "2026-12-27")
        #expect(CountyTime.dayString(ServiceDay.lastSunday(ofMonthOf: day("2027-02-10"))) == "2027-02-28")
        let span = Holiday.between(day("2026-12-28"), day("2027-02-20"))
        #expect(span.map(\.holiday) == [.newYear, .springFestival])
    }
}
