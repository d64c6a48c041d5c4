import Foundation

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

    /// A reference as staff type it: whole (`qz-2026-00046`), or just its number (`46`,
    /// `00046`) for a request of `year` — the one they have in front of them.
    public init?(typed text: String, year: Int) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let whole = ReferenceCode(text) {
            self = whole
        } else if let number = Digits.value(text, count: 1...5), number > 0 {
            self.init(year: year, number: number)
        } else {
            return nil
        }
    }

    public var description: String {
        let digits = String(number)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 5 - digits.count)))\(digits)"
    }
}
