import Foundation
import LeagueCore
@testable import Store
import Testing

/// The tallies cut days at a fixed UTC+8 in SQL (`TallySQL.offset`); the rest of the program
/// cuts them with the county's calendar (`CountyTime`). They must be the same days.
@Suite struct CountyDaysTests {
    @Test("every county midnight from 1992 to 2100 begins a tally day, and every tally day begins at a county midnight")
    func sameDays() throws {
        var midnight = try #require(CountyTime.parseInstant("1992-01-01"))
        let end = try #require(CountyTime.parseInstant("2100-01-01"))
        var days = 0
        while midnight < end {
            let start = midnight.unixSeconds, day = CountyDays.day(of: start)
            #expect(CountyDays.start(of: day) == start, "\(CountyTime.dayString(midnight))")
            #expect(CountyDays.day(of: start - 1) == day - 1, "\(CountyTime.dayString(midnight))")
            let next = try #require(CountyTime.calendar.date(byAdding: .day, value: 1, to: midnight))
            #expect(next.unixSeconds == CountyDays.start(of: day + 1), "\(CountyTime.dayString(midnight))")
            midnight = next
            days += 1
        }
        #expect(days == 39_447)
    }
}
