import Foundation

/// Time as the county lives it. Instants are stored in UTC (Unix seconds); they are shown,
/// and calendar days and weeks are cut, in the county's zone, Asia/Shanghai (UTC+8, no
/// daylight saving since 1991).
public enum CountyTime {
    /// The county's zone; a fixed UTC+8 if the system has no zone database.
    public static let zone: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

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
                offset = (sign == "+" ? 1 : -1) * (oh * 3600 + om * 60)
            }
        }
        guard rest.isEmpty, (1...12).contains(month), (1...31).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        components.timeZone = offset.map { TimeZone(secondsFromGMT: $0)! } ?? zone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = components.timeZone!
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
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), year > 0
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
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
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return dayText(year: c.year!, month: c.month!, day: c.day!) + String(format: " %02d:%02d", c.hour!, c.minute!)
    }

    public static func dayString(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

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
        let head = rest.prefix(digits)
        guard head.count == digits, head.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        rest = rest.dropFirst(digits)
        return Int(head)
    }
}

extension Date {
    /// Whole Unix seconds, the way instants are stored.
    public var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }

    public init(unixSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(unixSeconds)) }
}
