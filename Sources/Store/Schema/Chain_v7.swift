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
            var previous: String?, last: Int64 = .min
            let update = try db.makeStatement(sql: "UPDATE \(table) SET seal = ? WHERE id = ?")
            let batch = try db.makeStatement(sql: "SELECT id, \(columns.joined(separator: ", ")) FROM \(table) WHERE id > ? ORDER BY id LIMIT 20000")
            // In batches, so that millions of events never sit in memory at once.
            while true {
                let rows = try Row.fetchAll(batch, arguments: [last])
                guard let end = rows.last else { break }
                for row in rows {
                    let seal = EventChain.seal(previous: previous, values: (1..<row.count).map { row[$0] as DatabaseValue })
                    try update.execute(arguments: [seal, row[0] as Int64])
                    previous = seal
                }
                last = end[0]
            }
            try db.execute(sql: EventChain.triggers(table, columns))
        }
    }
}
