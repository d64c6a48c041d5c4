import GRDB
@testable import Store

extension AppDatabase {
    /// What SQLite will do to run `sql`: its query plan's lines, in order.
    func queryPlan(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }
}
