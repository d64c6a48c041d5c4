import GRDB

/// The township table's count of active cadres and the young people they are in contact
/// with, read from an index alone: without it each cadre's row was read (24,500 at scale 100).
enum Roster_v14 {
    static let identifier = "v14 township table from an index"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX cadre_active_township ON cadre(township_id, youth_in_contact, active) WHERE active")
    }
}
