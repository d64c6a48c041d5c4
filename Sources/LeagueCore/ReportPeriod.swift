import Foundation

/// A span of county days a report covers: a year (2026), a half-year (2026H2), a quarter
/// (2026Q4) or a month (2026-11).
public struct ReportPeriod: TextCodable, Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable, CaseIterable { case year, half, quarter, month }

    public let kind: Kind
    public let year: Int
    /// 1-based: the half, quarter or month; 1 for a year.
    public let index: Int

    public init(kind: Kind, year: Int, index: Int = 1) {
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// Reads 2026, 2026H1, 2026h2, 2026Q3, 2026-11 (a year of `CountyTime.years`); nil for
    /// anything else.
    public init?(_ text: String) {
        let upper = text.trimmed.uppercased()
        guard let year = Digits.value(upper.prefix(4), count: 4...4), CountyTime.years.contains(year) else { return nil }
        let rest = upper.dropFirst(4)
        let number = Digits.value(rest.dropFirst(), count: 1...2)
        switch (rest.first, number) {
        case (nil, _): self.init(kind: .year, year: year)
        case let ("H", half?) where (1...2).contains(half): self.init(kind: .half, year: year, index: half)
        case let ("Q", quarter?) where (1...4).contains(quarter): self.init(kind: .quarter, year: year, index: quarter)
        case let ("-", month?) where (1...12).contains(month) && rest.count == 3: self.init(kind: .month, year: year, index: month)
        default: return nil
        }
    }

    /// The period of `kind` that `date` falls in, in county time.
    public init(_ kind: Kind, containing date: Date) {
        let day = CountyTime.calendar.dateComponents([.year, .month], from: date)
        let month = day.month ?? 1
        let index = switch kind { case .year: 1; case .half: (month + 5) / 6; case .quarter: (month + 2) / 3; case .month: month }
        self.init(kind: kind, year: day.year ?? 1970, index: index)
    }

    public var description: String {
        switch kind {
        case .year: "\(year)"
        case .half: "\(year)H\(index)"
        case .quarter: "\(year)Q\(index)"
        case .month: String(format: "%04d-%02d", year, index)
        }
    }

    /// First and last month of the period.
    private var months: ClosedRange<Int> {
        switch kind {
        case .year: 1...12
        case .half: (index * 6 - 5)...(index * 6)
        case .quarter: (index * 3 - 2)...(index * 3)
        case .month: index...index
        }
    }

    /// The first day, and the day after the last, as `YYYY-MM-DD`.
    public var days: (first: String, afterLast: String) {
        let last = months.upperBound
        return (CountyTime.dayText(year: year, month: months.lowerBound, day: 1),
                last == 12 ? CountyTime.dayText(year: year + 1, month: 1, day: 1) : CountyTime.dayText(year: year, month: last + 1, day: 1))
    }

    /// Unix seconds from the start of the first day to the start of the day after, county time.
    public var instants: Range<Int64> {
        let last = months.upperBound
        let start = CountyTime.midnight(year: year, month: months.lowerBound, day: 1)
        let end = last == 12 ? CountyTime.midnight(year: year + 1, month: 1, day: 1) : CountyTime.midnight(year: year, month: last + 1, day: 1)
        return start.unixSeconds..<end.unixSeconds
    }

    /// The period of the same kind before this one.
    public var previous: ReportPeriod {
        let count = switch kind { case .year: 1; case .half: 2; case .quarter: 4; case .month: 12 }
        return index > 1 ? ReportPeriod(kind: kind, year: year, index: index - 1) : ReportPeriod(kind: kind, year: year - 1, index: count)
    }

    /// The period of the same kind after this one.
    public var next: ReportPeriod {
        let count = switch kind { case .year: 1; case .half: 2; case .quarter: 4; case .month: 12 }
        return index < count ? ReportPeriod(kind: kind, year: year, index: index + 1) : ReportPeriod(kind: kind, year: year + 1, index: 1)
    }

    public func name(_ language: Language) -> String {
        switch (kind, language) {
        case (.year, .zh): "\(year)年"
        case (.half, .zh): "\(year)年\(index == 1 ? "上" : "下")半年"
        case (.quarter, .zh): "\(year)年第\(index)季度"
        case (.month, .zh): "\(year)年\(index)月"
        case (.year, .en): "\(year)"
        case (.half, .en): "\(year) H\(index)"
        case (.quarter, .en): "\(year) Q\(index)"
        case (.month, .en): String(format: "%04d-%02d", year, index)
        }
    }
}
