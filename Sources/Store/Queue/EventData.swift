import Foundation

/// The `data` of a request event: a small JSON object of what the note does not say (whom
/// it was assigned to, the branch a village approval was recorded for).
enum EventData {
    /// `values` as a JSON object, every text escaped as JSON needs.
    static func json(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
