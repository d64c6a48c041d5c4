import Foundation
import GRDB
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// A tally read over instants that do not begin or end at midnight: the days inside from the
/// table, the part days from the history, or a part day whole from the table less its rest.
@Suite struct TallyReadingTests {
    private static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    @Test("first contacts due up to, from and between every hour of three days agree with the requests counted, whichever side of the hour is read")
    func everyHour() throws {
        let database = try SampleCountyTemplate.inMemory(now: Self.now, creator: "tester")
        let today = CountyDays.day(of: Self.now.unixSeconds), weekStart = CountyWeek(containing: Self.now).instants.lowerBound
        try database.writer.read { db in
            func counted(_ span: Range<Int64>) throws -> [Int] {
                let row = try Row.fetchOne(db, sql: """
                    SELECT count(*), total(first_contact_at IS NOT NULL AND first_contact_at <= first_contact_due)
                    FROM help_request WHERE first_contact_due >= ? AND first_contact_due < ?
                    """, arguments: [span.lowerBound, span.upperBound])
                return [try #require(row).decode(atIndex: 0), try row!.tallied(atIndex: 1)]
            }
            func read(_ span: Range<Int64>) throws -> [Int] {
                let row = try #require(try Tallies.contactDeadlines.read(over: span, db).first)
                return [try row.tallied("due"), try row.tallied("met")]
            }
            var afternoonsWithMoreToCome = 0
            for hour in 0..<72 {
                let moment = CountyDays.start(of: today - 1) + Int64(hour) * 3600 + 1234
                let dayEnd = CountyDays.start(of: CountyDays.day(of: moment) + 1)
                // Into the hour, from it, five hours to it, and twenty to it (across a midnight, no day inside).
                for span in [weekStart..<moment, moment..<(moment + 3 * 86400), (moment - 5 * 3600)..<moment, (moment - 20 * 3600)..<moment] {
                    #expect(try read(span) == counted(span), "\(span) (\(hour) hours after yesterday began)")
                }
                if hour % 24 >= 12, try counted(moment..<dayEnd)[0] > 0 { afternoonsWithMoreToCome += 1 }
            }
            // The whole day less its rest was read, not only the part days or whole days.
            #expect(afternoonsWithMoreToCome >= 10)
        }
    }
}
