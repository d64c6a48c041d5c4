import GRDB

extension AppDatabase {
    /// Each tally whose rows differ from the figures recounted from the history (nothing
    /// for a database of a version before the tallies).
    static func tallyProblems(_ db: Database) throws -> [String] {
        try Tallies.all.compactMap { tally in
            guard try db.tableExists(tally.table) else { return nil }
            let differing = try tally.differences(db)
            return differing == 0 ? nil : "\(tally.table): \(differing) rows differ from the history (circledesk check --repair counts them again)"
        }
    }

    /// Counts every tally again from the history, once each, and indexes the open requests'
    /// words again when they are not the open requests', in one transaction; the names of
    /// those that were wrong, now put right.
    public func repairTallies() throws -> [String] {
        try StoreError.translating(path: path) {
            try writer.write { db in
                try Tallies.all.compactMap { tally in try tally.repair(db) ? tally.table : nil }
                    + (OpenRequestWords.repair(db) ? [OpenRequestWords.trigrams, OpenRequestWords.pieces] : [])
            }
        }
    }
}
