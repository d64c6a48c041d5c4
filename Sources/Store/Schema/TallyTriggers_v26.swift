import GRDB

/// A tally's triggers were rewritten after the migration that made them — the cadres' last
/// visits' (v21), read through the same parts as their recount — and a database migrated in
/// between kept the older, equivalent, text, which `check` names as not as this version made
/// it. Every tally's triggers are made again, as this version makes them; the figures stand.
enum TallyTriggers_v26 {
    static let identifier = "v26 tally triggers made again"

    static func migrate(_ db: Database) throws {
        // A tally a later migration makes is made with its triggers then.
        for tally in Tallies.all where try db.tableExists(tally.table) {
            for trigger in tally.triggers {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger.name)")
                try db.execute(sql: trigger.sql)
            }
        }
    }
}
