import Foundation
import GRDB
import LeagueCore

/// Two levels of review are two people: the township approval of a request is refused to
/// the operator who made its village approval (`TransitionError.sameReviewer`), unless an
/// admin allowed one person for the township — one with a single secretary — and then the
/// history says so.
extension AppDatabase {
    static func oneReviewerKey(_ townshipId: Int64) -> String { "review.one_person.\(townshipId)" }

    static func oneReviewerAllowed(townshipId: Int64, _ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [oneReviewerKey(townshipId)]) != nil
    }

    /// The townships where one person may make both approvals, by name.
    public func oneReviewerTownships() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT t.name FROM township t JOIN setting s ON s.key = 'review.one_person.' || t.id ORDER BY t.position, t.id
                """)
        }
    }

    /// Allows one person both approvals in `township` (its Chinese name), or takes that back
    /// (admins only); returns the township's name.
    @discardableResult
    public func allowOneReviewer(township: String, _ allowed: Bool, by admin: String, at now: Date) throws -> String {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let account = try Operator.filter(Operator.Columns.login == admin).fetchOne(db), account.active,
                      account.role == .admin else { throw OperatorError.notAnAdmin(login: admin) }
                guard let id = try RosterLookup(db).township(named: township) else { throw OperatorError.noSuchTownship(township) }
                if allowed {
                    try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                                   arguments: [Self.oneReviewerKey(id), "\(admin) \(CountyTime.dayString(now))"])
                } else {
                    try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Self.oneReviewerKey(id)])
                }
                return try String.fetchOne(db, sql: "SELECT name FROM township WHERE id = ?", arguments: [id]) ?? township
            }
        }
    }
}
