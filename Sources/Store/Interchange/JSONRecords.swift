import Foundation

/// A JSON list of records, as phone forms export them, read as rows of a table: the keys
/// become the header (in the order first met), each object a row numbered from 1. A list
/// of strings (photos) becomes one cell, one entry per line.
enum JSONRecords {
    struct NotRecords: Error {
        var detail: String
    }

    static func looksLikeJSON(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "[" || first == "{"
    }

    /// Accepts a list of objects, or an object holding one under "data", "items" or "records".
    static func records(_ text: String) throws -> [CSVRecord] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw NotRecords(detail: (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)")
        }
        let list: [Any]
        if let array = parsed as? [Any] {
            list = array
        } else if let object = parsed as? [String: Any], let array = ["data", "items", "records"].lazy.compactMap({ object[$0] as? [Any] }).first {
            list = array
        } else {
            throw NotRecords(detail: "expected a list of objects")
        }
        var keys: [String] = []
        var objects: [[String: Any]] = []
        for (index, item) in list.enumerated() {
            guard let object = item as? [String: Any] else { throw NotRecords(detail: "item \(index + 1) is not an object") }
            for key in object.keys.sorted() where !keys.contains(key) { keys.append(key) }
            objects.append(object)
        }
        return [CSVRecord(line: 0, fields: keys)] + objects.enumerated().map { index, object in
            CSVRecord(line: index + 1, fields: keys.map { cell(object[$0]) })
        }
    }

    private static func cell(_ value: Any?) -> String {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        case let list as [Any]: list.map { cell($0) }.joined(separator: "\n")
        default: ""
        }
    }
}
