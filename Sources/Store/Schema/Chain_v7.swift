import GRDB

/// The history sealed: a `seal` on every row of the append-only event tables, chained over
/// the row before (see `EventChain`), filled in for the events already there.
enum Chain_v7 {
    static let identifier = "v7 sealed history"

    static func migrate(_ db: Database) throws {
        for (table, columns) in EventChain.tables {
            try db.execute(sql: """
                ALTER TABLE \(table) ADD COLUMN seal TEXT;
                DROP TRIGGER \(table)_append_only_update;
                """)
            try EventChain.sealUnsealed(db, table, columns)
            try db.execute(sql: EventChain.sealTrigger(table, columns) + EventChain.appendOnlyTrigger(table, columns))
        }
    }
}
