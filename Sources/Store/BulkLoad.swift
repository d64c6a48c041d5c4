import Foundation
import GRDB

extension AppDatabase {
    /// A new file to be filled in one go by this process alone (the demo county): no
    /// rollback journal and no syncing while it is written, since a failed build is thrown
    /// away whole. `pageLimit` caps the file's pages, which is how tests run out of disk.
    ///
    /// Call `finishBulkLoad()` before anyone else opens the file.
    public static func createForBulkLoad(path: String, pageLimit: Int? = nil) throws -> AppDatabase {
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError.alreadyExists(path: path)
        }
        return try open(path: path, mode: .createIfMissing, configure: { configuration in
            configuration.prepareDatabase { db in
                try db.execute(sql: """
                    PRAGMA journal_mode = OFF;
                    PRAGMA synchronous = OFF;
                    PRAGMA cache_size = -262144;
                    """)
                if let pageLimit {
                    try db.execute(sql: "PRAGMA max_page_count = \(pageLimit)")
                }
            }
        }, makeWriter: { configuration in
            try DatabaseQueue(path: path, configuration: configuration)
        })
    }

    /// Writes a whole new county in one transaction, straight in SQL: the demo builder's way
    /// in, on a file made by `createForBulkLoad` or an empty database in memory. The history
    /// is sealed, and the tallies filled, once at the end rather than by triggers for each of
    /// millions of rows.
    public func bulkLoad(_ body: (Database) throws -> Void) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                for (table, _) in EventChain.tables { try db.execute(sql: "DROP TRIGGER \(table)_seal") }
                for tally in Tallies.all { try tally.dropTriggers(db) }
                try WeekEnds.dropTriggers(db)
                try body(db)
                for tally in Tallies.all {
                    try tally.rebuild(db)
                    try tally.setTriggers(db)
                }
                try WeekEnds.recordFromHistory(db, weeks: nil)
                try WeekEnds.setTriggers(db)
                for (table, columns) in EventChain.tables {
                    try EventChain.sealUnsealed(db, table, columns)
                    try db.execute(sql: EventChain.sealTrigger(table, columns))
                }
            }
        }
    }

    /// Leaves a bulk-loaded file as everyday opening expects it: in WAL mode, closed.
    public func finishBulkLoad() throws {
        try StoreError.translating(path: path) {
            try writer.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
            try writer.close()
        }
    }
}
