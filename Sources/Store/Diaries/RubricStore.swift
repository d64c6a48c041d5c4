import Foundation
import GRDB
import LeagueCore

/// A rubric as stored: reviews keep the one they were scored with.
public struct StoredRubric: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var rubric: Rubric
}

/// Why a new rubric was refused.
public enum RubricError: Error, Equatable, Sendable {
    case notAnAdmin
    case noCriteria
    case weightsDoNotAddUp(Int)
    case repeatedCode(String)
    case blank(String)
}

extension DiaryStore {
    /// The rubric new reviews are scored with.
    public func activeRubric() throws -> StoredRubric {
        try StoreError.translating(path: path) { try writer.read { try Self.activeRubric($0) } }
    }

    static func activeRubric(_ db: Database) throws -> StoredRubric {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM rubric WHERE active ORDER BY id DESC LIMIT 1") else {
            return StoredRubric(id: 0, name: "", rubric: .countyDefault)
        }
        return try storedRubric(row)
    }

    static func rubric(_ id: Int64, _ db: Database) throws -> StoredRubric? {
        try Row.fetchOne(db, sql: "SELECT * FROM rubric WHERE id = ?", arguments: [id]).map(storedRubric)
    }

    private static func storedRubric(_ row: Row) throws -> StoredRubric {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let criteria = try decoder.decode([RubricCriterion].self, from: Data((row.value("criteria") as String).utf8))
        return try StoredRubric(id: row.value("id"), name: row.value("name"), rubric: Rubric(criteria: criteria))
    }

    /// Makes `rubric` the one new reviews use (admins only); reviews already begun keep theirs.
    @discardableResult
    public func setRubric(_ rubric: Rubric, name: String, by account: Operator, at now: Date) throws -> Int64 {
        guard account.role == .admin else { throw RubricError.notAnAdmin }
        guard !rubric.criteria.isEmpty else { throw RubricError.noCriteria }
        var codes: Set<String> = []
        for criterion in rubric.criteria {
            for text in [criterion.code, criterion.nameZh, criterion.nameEn] where text.trimmed.isEmpty {
                throw RubricError.blank(criterion.code.isEmpty ? "code" : criterion.code)
            }
            guard codes.insert(criterion.code).inserted else { throw RubricError.repeatedCode(criterion.code) }
        }
        let total = rubric.criteria.map(\.weight).reduce(0, +)
        guard total == 100, rubric.criteria.allSatisfy({ $0.weight > 0 }) else { throw RubricError.weightsDoNotAddUp(total) }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = .sortedKeys
        let criteria = String(decoding: try encoder.encode(rubric.criteria), as: UTF8.self)
        return try StoreError.translating(path: path) {
            try writer.write { db in
                try db.execute(sql: "UPDATE rubric SET active = 0 WHERE active")
                try db.execute(sql: "INSERT INTO rubric (name, criteria, created_at, active) VALUES (?, ?, ?, 1)",
                               arguments: [name, criteria, now.unixSeconds])
                return db.lastInsertedRowID
            }
        }
    }
}

/// Scores as stored: a JSON object by criterion code, read in a rubric's order.
enum ScoreRecord {
    static func json(_ scores: [Int?], _ rubric: Rubric) -> String {
        "{" + zip(rubric.criteria, scores).compactMap { criterion, score in score.map { "\"\(criterion.code)\":\($0)" } }
            .joined(separator: ",") + "}"
    }

    static func scores(_ json: String, _ rubric: Rubric) -> [Int?] {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        return rubric.criteria.map { (object[$0.code] as? NSNumber)?.intValue }
    }
}
