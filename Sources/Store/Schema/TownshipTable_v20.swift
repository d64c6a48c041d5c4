import GRDB

/// The township table counted each township's active cadres from an index of all 24,500
/// cadres at a hundred times the county, and its diaries this month by summing every cadre's
/// month (21,000 rows, each cadre looked up for its township): both are now tallied by township
/// (`Tallies.townshipCadres`, `Tallies.townshipDiaries`), and the index of active cadres by
/// township (v14), which only that count read, goes.
enum TownshipTable_v20 {
    static let identifier = "v20 township table tallies"

    static let tallies = [Tallies.townshipCadres, Tallies.townshipDiaries]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX cadre_active_township")
        for tally in tallies { try tally.install(db) }
    }
}
