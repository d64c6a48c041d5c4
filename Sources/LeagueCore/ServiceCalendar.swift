import Foundation
import Synchronization

/// The county's volunteer service day: the last Sunday of every month.
public enum ServiceDay {
    /// The last Sunday of the month of `date`, county time.
    public static func lastSunday(ofMonthOf date: Date) -> Date {
        let calendar = CountyTime.calendar
        let month = calendar.dateInterval(of: .month, for: date)!
        var day = calendar.date(byAdding: .day, value: -1, to: month.end)!
        while calendar.component(.weekday, from: day) != 1 { day = calendar.date(byAdding: .day, value: -1, to: day)! }
        return calendar.startOfDay(for: day)
    }

    /// The first service day on or after the day of `date`.
    public static func next(onOrAfter date: Date) -> Date {
        let calendar = CountyTime.calendar
        let day = calendar.startOfDay(for: date)
        let thisMonth = lastSunday(ofMonthOf: day)
        if thisMonth >= day { return thisMonth }
        return lastSunday(ofMonthOf: calendar.date(byAdding: .month, value: 1, to: day)!)
    }
}

/// The holidays the county's volunteers serve on. The lunar ones are computed from the
/// Chinese calendar, never typed in by hand.
public enum Holiday: String, Codable, CaseIterable, Sendable {
    /// 元旦, 1 January.
    case newYear
    /// 学雷锋纪念日, 5 March.
    case leiFengDay
    /// 七一, 1 July, the Party's founding day.
    case partyDay
    /// 重阳, the ninth day of the ninth lunar month.
    case doubleNinth
    /// 春节, the first day of the first lunar month.
    case springFestival

    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<Self>(
        zh: [.newYear: "元旦", .leiFengDay: "学雷锋纪念日", .partyDay: "七一", .doubleNinth: "重阳", .springFestival: "春节"],
        en: [.newYear: "New Year's Day", .leiFengDay: "Learn from Lei Feng Day", .partyDay: "1 July", .doubleNinth: "Double Ninth", .springFestival: "Spring Festival"])

    /// The day (county time, 00:00) it falls on in the Gregorian `year`.
    public func date(in year: Int) -> Date {
        let calendar = CountyTime.calendar
        switch self {
        case .newYear: return calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
        case .leiFengDay: return calendar.date(from: DateComponents(year: year, month: 3, day: 5))!
        case .partyDay: return calendar.date(from: DateComponents(year: year, month: 7, day: 1))!
        case .doubleNinth: return Self.lunar(month: 9, day: 9, in: year)
        case .springFestival: return Self.lunar(month: 1, day: 1, in: year)
        }
    }

    private static let chinese: Calendar = {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = CountyTime.zone
        return calendar
    }()

    /// The Gregorian day of `year` that is lunar `month`/`day` (not in a leap month).
    private static func lunar(month: Int, day: Int, in year: Int) -> Date {
        let key = LunarDay(year: year, month: month, day: day)
        if let date = found.withLock({ $0[key] }) { return date }
        let calendar = CountyTime.calendar
        var date = calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
        while calendar.component(.year, from: date) == year {
            let components = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
            if components.month == month, components.day == day, components.isLeapMonth != true {
                found.withLock { $0[key] = date }
                return date
            }
            date = calendar.date(byAdding: .day, value: 1, to: date)!
        }
        preconditionFailure("every Gregorian year has lunar \(month)/\(day)")
    }

    /// Lunar days found in Gregorian years: finding one walks the year a day at a time through
    /// the Chinese calendar (up to 300 days for 重阳), which every weekly summary asked for.
    private static let found = Mutex<[LunarDay: Date]>([:])

    private struct LunarDay: Hashable {
        var year: Int, month: Int, day: Int
    }

    /// The holidays from `start` (inclusive) to `end` (exclusive), in date order.
    public static func between(_ start: Date, _ end: Date) -> [(holiday: Holiday, date: Date)] {
        let calendar = CountyTime.calendar
        let years = calendar.component(.year, from: start)...calendar.component(.year, from: end)
        return years.flatMap { year in allCases.map { (holiday: $0, date: $0.date(in: year)) } }
            .filter { $0.date >= start && $0.date < end }.sorted { $0.date < $1.date }
    }
}
