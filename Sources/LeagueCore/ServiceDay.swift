import Foundation

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
