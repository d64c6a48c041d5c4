/// The reference a help request is known by, e.g. `QZ-2026-00123`: a prefix, the year it
/// was collected, and its number within that year.
public struct ReferenceCode: Sendable, Hashable, CustomStringConvertible {
    public static let requestPrefix = "QZ"

    public let prefix: String
    public let year: Int
    public let number: Int

    public init(prefix: String = ReferenceCode.requestPrefix, year: Int, number: Int) {
        self.prefix = prefix
        self.year = year
        self.number = number
    }

    /// Parses `QZ-2026-00123`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isLetter }),
              parts[1].count == 4, let year = Int(parts[1]),
              parts[2].count >= 5, parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[2])
        else { return nil }
        self.init(prefix: String(parts[0]).uppercased(), year: year, number: number)
    }

    public var description: String {
        let digits = String(number)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 5 - digits.count)))\(digits)"
    }
}
