import Foundation
import GRDB
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

    @Test("the tally's report period of an instant is the one whose days hold it, at every month's first and last second from 1992 to 2100")
    func samePeriods() throws {
        let database = try DatabaseQueue()
        let sql = "SELECT " + ReportPeriod.Kind.allCases.map { TallySQL.period($0, "?1") }.joined(separator: ", ")
        var checked = 0
        for year in 1992..<2100 {
            for month in 1...12 {
                let start = CountyTime.midnight(year: year, month: month, day: 1).unixSeconds
                for instant in [start - 1, start] {
                    let row = try #require(try database.read { try Row.fetchOne($0, sql: sql, arguments: [instant]) })
                    for (column, kind) in ReportPeriod.Kind.allCases.enumerated() {
                        let text: String = row[column]
                        let period = try #require(ReportPeriod(text), "\(text)")
                        #expect(period.kind == kind && period.instants.contains(instant), "\(instant): \(kind) \(text)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 108 * 12 * 2 * 4)
    }
}
