import Foundation
import GRDB
import LeagueCore

/// Writes the sample county into an empty, migrated database, one part after another.
/// Every part draws from its own fork of the seed, so the same options give the same file.
final class CountyBuilder {
    struct Township {
        let id: Int64
        let entry: TownshipEntry
        var contactPoints: [(id: Int64, name: String)] = []
        var communes: [(id: Int64, name: String)] = []
        var cadres: [Int] = []
    }

    struct Cadre {
        let id: Int64
        let name: String
        let township: Int
        let communeId: Int64?
        let joined: Int64
        /// When they stopped, for inactive cadres.
        let left: Int64?
        let contactPoints: [Int64]
        /// How well they write diaries, 0 to 5.
        let diligence: Double
    }

    struct Staff {
        let id: Int64
        let name: String
    }

    let db: Database
    let options: DemoOptions
    let now: Int64
    let scale: Int
    let seed: SeededRandom

    var townships: [Township] = []
    var cadres: [Cadre] = []
    var categoryIds: [String: Int64] = [:]
    var desk: [Staff] = []
    var reviewers: [Staff] = []
    var nextYoungPersonId: Int64 = 1

    private let youngPersonStatement: Statement

    init(db: Database, options: DemoOptions) throws {
        self.db = db
        self.options = options
        self.now = options.now.unixSeconds
        self.scale = options.scale
        self.seed = SeededRandom(seed: options.seed)
        youngPersonStatement = try db.makeStatement(sql: """
            INSERT INTO young_person (id, name, gender, birth_year, phone, township_id, contact_point_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func build() throws {
        try buildSettings()
        try buildPlaces()
        try buildOperators()
        try buildCadres()
        try buildPairings()
        try buildRequests()
        try buildDiaries()
        try buildSurveys()
        try buildSuggestions()
        try buildService()
        try buildActivities()
        try buildServiceDayPlans()
    }

    private func buildSettings() throws {
        let settings = [
            ("county_name", "泰顺县"),
            ("sample_data", "示例数据：乡镇名称真实，其余人员、村居与事例均为虚构。"),
            ("demo_scale", String(scale)),
            ("demo_seed", String(options.seed)),
            ("demo_now", String(now)),
        ]
        for (key, value) in settings {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    // MARK: - Shared helpers

    /// A new young person living in `township`, returning their id.
    func insertYoungPerson(township: Int, contactPoint: Int64?, bornAround year: Int, random: inout SeededRandom) throws -> Int64 {
        let id = nextYoungPersonId
        nextYoungPersonId += 1
        try youngPersonStatement.execute(arguments: [
            id, PersonNames.name(&random), random.chance(0.5) ? "f" : "m", year + random.int(-2...2),
            random.chance(0.9) ? uniqueMobile(&random) : nil, townships[township].id, contactPoint,
        ])
        return id
    }

    private var mobilesGiven: Set<String> = []

    /// A mobile number nobody in the county has yet: imports match people by their number.
    func uniqueMobile(_ random: inout SeededRandom) -> String {
        while true {
            let mobile = PersonNames.mobile(&random)
            if mobilesGiven.insert(mobile).inserted { return mobile }
        }
    }

    /// A township chosen in proportion to its weight.
    func randomTownship(_ random: inout SeededRandom) -> Int {
        random.weightedIndex(townshipWeights)
    }

    private lazy var townshipWeights: [Double] = townships.map(\.entry.weight)

    private var dayStrings: [Int64: String] = [:]

    /// The county's calendar day of a Unix time, as `YYYY-MM-DD` (cached: called millions of times).
    func day(_ unix: Int64) -> String {
        let key = (unix + 8 * 3600) / 86400
        if let cached = dayStrings[key] { return cached }
        let text = CountyTime.dayString(Date(unixSeconds: unix))
        dayStrings[key] = text
        return text
    }

    func year(_ unix: Int64) -> Int { Int(day(unix).prefix(4))! }
}
