import Foundation

/// An ISO week in the county's time: Monday 00:00 to the next Monday 00:00, Beijing time.
/// Week 1 is the one with the year's first Thursday, so a week can straddle the new year
/// (2026-W01 begins on Monday 29 December 2025).
public struct CountyWeek: TextCodable, Sendable, Equatable, Hashable {
    public let year: Int
    public let week: Int

    public init?(year: Int, week: Int) {
        guard week >= 1, week <= Self.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Reads 2026-W48 (or 2026W48, 2026-w48, 2026-W8) of a year of `CountyTime.years`.
    public init?(_ text: String) {
        let upper = text.trimmed.uppercased()
        guard let year = Digits.value(upper.prefix(4), count: 4...4), CountyTime.years.contains(year) else { return nil }
        var rest = upper.dropFirst(4)
        if rest.first == "-" { rest = rest.dropFirst() }
        guard rest.first == "W", let week = Digits.value(rest.dropFirst(), count: 1...2) else { return nil }
        self.init(year: year, week: week)
    }

    /// The week `date` falls in.
    public init(containing date: Date) {
        let components = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        year = components.yearForWeekOfYear!
        week = components.weekOfYear!
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = CountyTime.zone
        return calendar
    }()

    /// 52 or 53.
    static func weeks(in year: Int) -> Int {
        // 28 December is always in the year's last ISO week.
        guard let date = calendar.date(from: DateComponents(year: year, month: 12, day: 28, hour: 12)) else { return 52 }
        return calendar.component(.weekOfYear, from: date)
    }

    /// Monday 00:00 of the week.
    public var start: Date {
        Self.calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year))!
    }

    /// The next Monday 00:00.
    public var end: Date { Self.calendar.date(byAdding: .day, value: 7, to: start)! }

    public var instants: Range<Int64> { start.unixSeconds..<end.unixSeconds }

    public var previous: CountyWeek { CountyWeek(containing: start.addingTimeInterval(-86400)) }
    public var next: CountyWeek { CountyWeek(containing: end.addingTimeInterval(86400)) }

    /// Monday and Sunday as `YYYY-MM-DD`.
    public var days: (monday: String, sunday: String) {
        (CountyTime.dayString(start), CountyTime.dayString(end.addingTimeInterval(-86400)))
    }

    public var description: String { String(format: "%04d-W%02d", year, week) }
}

/// Order statistics of durations, the way the summary reports them.
public enum Percentile {
    /// The value under which `fraction` of `values` lie (nearest rank: the ⌈fraction·n⌉-th
    /// smallest); nil for no values. The median is `of(values, 0.5)`.
    public static func of(_ values: [Int64], _ fraction: Double) -> Int64? {
        guard let rank = rank(fraction, among: values.count) else { return nil }
        return values.sorted()[rank - 1]
    }

    /// Which value, counted from the smallest (1 for the smallest), is `fraction`'s of
    /// `count` values; nil for none. For reading one value from an index in order.
    public static func rank(_ fraction: Double, among count: Int) -> Int? {
        guard count > 0 else { return nil }
        return min(count, max(1, Int((fraction * Double(count)).rounded(.up))))
    }
}
