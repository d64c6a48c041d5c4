import Foundation
import GRDB
import LeagueCore

/// A staff account: the OS login of a person who uses the program, and what they may do.
public struct Operator: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "operator"

    public var id: Int64?
    public var login: String
    public var name: String
    public var role: OperatorRole
    /// Set for township secretaries only: the one township they work on.
    public var townshipId: Int64?
    public var active: Bool
    public var createdAt: Int64

    /// The one township a township secretary works in; nil for everyone else, who see the
    /// whole county.
    public var ownTownship: Int64? { role == .townshipSecretary ? townshipId : nil }

    public enum Columns {
        public static let login = Column(CodingKeys.login)
    }

    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public init(login: String, name: String, role: OperatorRole, townshipId: Int64? = nil, createdAt: Date) {
        self.login = login
        self.name = name
        self.role = role
        self.townshipId = townshipId
        self.active = true
        self.createdAt = createdAt.unixSeconds
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension AppDatabase {
    /// Makes `login` an admin unless it already has an account: the person who creates a
    /// database can use every pane of it. Returns the login's account.
    @discardableResult
    public func ensureAdmin(login: String, at now: Date) throws -> Operator {
        try StoreError.translating(path: path) {
            try writer.write { db in
                if let existing = try Operator.filter(Operator.Columns.login == login).fetchOne(db) {
                    return existing
                }
                var admin = Operator(login: login, name: login, role: .admin, createdAt: now)
                try admin.insert(db)
                return admin
            }
        }
    }

    /// The account of `login`, or nil when the login is unknown here.
    public func operatorAccount(login: String) throws -> Operator? {
        try writer.read { db in
            try Operator.filter(Operator.Columns.login == login).fetchOne(db)
        }
    }
}
