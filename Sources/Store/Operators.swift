import Foundation
import GRDB
import LeagueCore

/// Why an operator account could not be changed.
public enum OperatorError: Error, Equatable, Sendable {
    case notAnAdmin(login: String)
    case loginTaken(String)
    case noSuchLogin(String)
    case noSuchTownship(String)
    /// Township secretaries need their township; nobody else has one.
    case townshipMismatch(role: OperatorRole)
    /// The last active admin cannot be disabled.
    case lastAdmin
}

/// An operator with their township's name, for listings.
public struct OperatorListing: Equatable, Sendable, Codable {
    public var login: String
    public var name: String
    public var role: OperatorRole
    public var township: String?
    public var active: Bool
}

extension AppDatabase {
    public func operators() throws -> [OperatorListing] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT operator.login, operator.name, operator.role, township.name AS township, operator.active
                FROM operator LEFT JOIN township ON township.id = operator.township_id ORDER BY operator.id
                """).map {
                try OperatorListing(login: $0.value("login"), name: $0.value("name"), role: OperatorRole(rawValue: $0.value("role")) ?? .readOnly,
                                township: try $0.value("township"), active: $0.value("active"))
            }
        }
    }

    /// Adds an account, if `admin` is an active admin here.
    public func addOperator(
        login: String, name: String, role: OperatorRole, township: String?, by admin: String, at now: Date
    ) throws {
        try writer.write { db in
            try Self.requireAdmin(admin, db)
            guard try Operator.filter(Operator.Columns.login == login).fetchCount(db) == 0 else { throw OperatorError.loginTaken(login) }
            guard (role == .townshipSecretary) == (township != nil) else { throw OperatorError.townshipMismatch(role: role) }
            var townshipId: Int64? = nil
            if let township {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM township WHERE name = ? OR name_en = ?", arguments: [township, township])
                else { throw OperatorError.noSuchTownship(township) }
                townshipId = id
            }
            var account = Operator(login: login, name: name, role: role, townshipId: townshipId, createdAt: now)
            try account.insert(db)
        }
    }

    /// Disables an account (kept, with its history), if `admin` is an active admin here.
    public func disableOperator(login: String, by admin: String) throws {
        try writer.write { db in
            try Self.requireAdmin(admin, db)
            guard let account = try Operator.filter(Operator.Columns.login == login).fetchOne(db) else {
                throw OperatorError.noSuchLogin(login)
            }
            if account.role == .admin {
                let admins = try Int.fetchOne(db, sql: "SELECT count(*) FROM operator WHERE role = 'admin' AND active") ?? 0
                guard admins > 1 else { throw OperatorError.lastAdmin }
            }
            try db.execute(sql: "UPDATE operator SET active = 0 WHERE login = ?", arguments: [login])
        }
    }

    private static func requireAdmin(_ login: String, _ db: Database) throws {
        guard let account = try Operator.filter(Operator.Columns.login == login).fetchOne(db), account.active,
              account.role == .admin else { throw OperatorError.notAnAdmin(login: login) }
    }
}
