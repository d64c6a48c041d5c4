import GRDB
import LeagueCore

/// The county's places and cadres by the names and numbers people write, read once per
/// save or import: checks and files refer to them by name, rows by id.
struct RosterLookup {
    struct Commune {
        var id: Int64
        var townshipId: Int64
    }

    struct StoredCadre {
        var id: Int64
        var cadre: CheckedCadre
        var active: Bool
    }

    /// Every way a township is written (三魁镇, 三魁, Sankui), to its id.
    private(set) var townshipIds: [String: Int64] = [:]
    private(set) var townshipNames: [Int64: String] = [:]
    private(set) var communes: [String: Commune] = [:]
    private(set) var communeTownships: [Int64: Int64] = [:]
    /// Contact point ids by township and name.
    private(set) var contactPoints: [Int64: [String: Int64]] = [:]
    private(set) var contactPointNames: [Int64: String] = [:]
    private(set) var cadresByPhone: [String: StoredCadre] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name, name_en FROM township") {
            let id: Int64 = try row.value("id"), name: String = try row.value("name"), english: String = try row.value("name_en")
            townshipNames[id] = name
            for written in [name, Self.shortName(name), english] { townshipIds[written.lowercased()] = id }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, township_id FROM commune") {
            communes[try row.value("name")] = Commune(id: try row.value("id"), townshipId: try row.value("township_id"))
            communeTownships[try row.value("id")] = try row.value("township_id")
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, township_id FROM contact_point") {
            contactPoints[try row.value("township_id"), default: [:]][try row.value("name")] = try row.value("id")
            contactPointNames[try row.value("id")] = try row.value("name")
        }
        var points: [Int64: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT cadre_id, contact_point_id FROM cadre_contact_point") {
            points[row[0], default: []].insert(row[1])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM cadre WHERE phone IS NOT NULL") {
            let id: Int64 = try row.value("id")
            cadresByPhone[try row.value("phone")] = StoredCadre(
                id: id, cadre: try RosterStore.checkedCadre(row, contactPointIds: points[id] ?? []), active: try row.value("active"))
        }
    }

    /// 三魁镇 → 三魁, 司前畲族镇 → 司前: how people shorten township names.
    static func shortName(_ name: String) -> String {
        for suffix in ["畲族镇", "畲族乡", "镇", "乡", "街道"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    func township(named text: String) -> Int64? {
        townshipIds[text.trimmed.lowercased()]
    }
}
