import Foundation

/// Time as the county lives it. Instants are stored in UTC (Unix seconds); they are shown,
/// and calendar days and weeks are cut, in the county's zone, Asia/Shanghai (UTC+8, no
/// daylight saving since 1991).
public enum CountyTime {
    /// The county's zone; a fixed UTC+8 if the system has no zone database.
    public static let zone: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// The years the program reads in a date, a week or a period: a birth in 1900 to a plan
    /// for 2999. A year outside is a typo (`0026`, `20261`), and said so.
    public static let years: ClosedRange<Int> = 1900...2999

    /// A Gregorian calendar in the county's zone, weeks starting on Monday (ISO 8601).
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        return calendar
    }()

    /// Parses an instant as people type it for `--now`:
    /// `2026-11-28T09:00:00+08:00`, `2026-11-28T01:00:00Z`, `2026-11-28T09:00` or
    /// `2026-11-28 09:00` (county time), or `2026-11-28` (county midnight).
    public static func parseInstant(_ text: String) -> Date? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard let (year, month, day) = takeDate(&rest) else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset: Int? = nil
        if let separator = rest.first, separator == "T" || separator == " " {
            rest = rest.dropFirst()
            guard let h = takeNumber(&rest, digits: 2), rest.popFirst() == ":",
                  let m = takeNumber(&rest, digits: 2) else { return nil }
            hour = h; minute = m
            if rest.first == ":" {
                rest = rest.dropFirst()
                guard let s = takeNumber(&rest, digits: 2) else { return nil }
                second = s
            }
            if rest.first == "Z" {
                rest = rest.dropFirst()
                offset = 0
            } else if let sign = rest.first, sign == "+" || sign == "-" {
                rest = rest.dropFirst()
                guard let oh = takeNumber(&rest, digits: 2) else { return nil }
                if rest.first == ":" { rest = rest.dropFirst() }
                let om = takeNumber(&rest, digits: 2) ?? 0
                // Offsets on Earth run from -12:00 to +14:00; ISO allows up to 18 hours.
                guard oh <= 18, om < 60 else { return nil }
                offset = (sign == "+" ? 1 : -1) * (oh * 3600 + om * 60)
            }
        }
        guard rest.isEmpty, years.contains(year), (1...12).contains(month), (1...31).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        guard let timeZone = offset.map({ TimeZone(secondsFromGMT: $0) }) ?? zone else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        guard let date = gregorian.date(from: components),
              gregorian.component(.day, from: date) == day else { return nil }
        return date
    }

    /// The county's calendar day of an instant, as `YYYY-MM-DD`.
    /// Whether `text` is a real calendar day written `YYYY-MM-DD` (no clock needed: imports
    /// check a hundred thousand of them).
    public static func isDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), years.contains(year)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// Midnight at the start of a county day. Never fails: for a day the calendar cannot
    /// place it counts days from 1970 (UTC+8).
    public static func midnight(year: Int, month: Int, day: Int) -> Date {
        if let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) { return date }
        return Date(unixSeconds: Int64(daysSince1970(year: year, month: month, day: day)) * 86_400 - 8 * 3_600)
    }

    /// Days from 1970-01-01 of a proleptic Gregorian day (Hinnant's days_from_civil).
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD` from its numbers, zero-padded.
    public static func dayText(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// `2026-11-28 09:00` in the county's time: what a file shows of a moment.
    public static func instantString(_ date: Date) -> String {
        let (year, month, day, minutes) = civil(date)
        return dayText(year: year, month: month, day: day) + " " + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    /// `2026-11-28-0900`: a moment in a file's name.
    public static func fileStamp(_ date: Date) -> String {
        let (year, month, day, minutes) = civil(date)
        return dayText(year: year, month: month, day: day) + "-" + twoDigits(minutes / 60) + twoDigits(minutes % 60)
    }

    public static func dayString(_ date: Date) -> String {
        let (year, month, day, _) = civil(date)
        return dayText(year: year, month: month, day: day)
    }

    /// The county day and minute of the day of an instant. Since 1992 the zone is UTC+8 all
    /// year, so the day is counted from 1970 (Hinnant's civil_from_days): an export writes
    /// hundreds of thousands of times, and the calendar costs microseconds each. Earlier
    /// instants (summer time 1986–1991) ask the calendar.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int, minutes: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        guard seconds >= plainUTC8Since else {
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            return (c.year!, c.month!, c.day!, c.hour! * 60 + c.minute!)
        }
        let local = seconds + 8 * 3_600
        let (year, month, day) = day(daysSince1970: local / 86_400)
        return (year, month, day, local % 86_400 / 60)
    }

    /// The proleptic Gregorian day `days` after 1970-01-01 (Hinnant's civil_from_days), for
    /// days counted without a zone: a spreadsheet's serial dates, the county's since 1992.
    public static func day(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1992-01-01 00:00 UTC+8: from here on the county's clock is UTC+8 without exception.
    private static let plainUTC8Since = 694_195_200

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// The county's calendar year of an instant.
    public static func year(_ date: Date) -> Int {
        calendar.component(.year, from: date)
    }

    private static func takeDate(_ rest: inout Substring) -> (Int, Int, Int)? {
        guard let year = takeNumber(&rest, digits: 4), rest.popFirst() == "-",
              let month = takeNumber(&rest, digits: 2), rest.popFirst() == "-",
              let day = takeNumber(&rest, digits: 2) else { return nil }
        return (year, month, day)
    }

    private static func takeNumber(_ rest: inout Substring, digits: Int) -> Int? {
        guard let value = Digits.value(rest.prefix(digits), count: digits...digits) else { return nil }
        rest = rest.dropFirst(digits)
        return value
    }
}

extension Date {
    /// Whole Unix seconds, the way instants are stored.
    public var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }

    public init(unixSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(unixSeconds)) }
}
