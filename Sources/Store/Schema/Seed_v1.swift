import Foundation
import GRDB
import LeagueCore

/// What every new database starts with: the categories and the county's default rubric.
enum Seed_v1 {
    static let identifier = "v1 seed categories and rubric"

    static func migrate(_ db: Database) throws {
        for (position, category) in CategorySeed.defaults.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO category (code, name_zh, name_en, sensitive, position)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [category.code, category.nameZh, category.nameEn, category.sensitive, position])
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = .sortedKeys
        let criteria = String(decoding: try encoder.encode(Rubric.countyDefault.criteria), as: UTF8.self)
        // Dated at the plan's launch so that every review can refer to it.
        try db.execute(
            sql: "INSERT INTO rubric (name, criteria, created_at) VALUES (?, ?, ?)",
            arguments: ["团县委日记点评标准", criteria, PlanFacts.launch.unixSeconds])
    }
}
