import GRDB
import LeagueCore

extension AppDatabase {
    /// A setting's text, or nil.
    public func setting(_ key: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Whether this is the sample county (`circledesk demo`), whose history is made up: the
    /// one database that may record at a moment given with `--now`.
    public func isSampleCounty() throws -> Bool { try setting("sample_data") != nil }

    /// The deadlines this office works to: the county's defaults, with its own settings.
    public func slaPolicy() throws -> SLAPolicy {
        try writer.read { db in try Self.slaPolicy(db) }
    }

    static func slaPolicy(_ db: Database) throws -> SLAPolicy {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting WHERE key LIKE 'sla.%'")
        return SLAPolicy(settings: Dictionary(uniqueKeysWithValues: try rows.map { (try $0.value("key"), try $0.value("value")) }))
    }

    /// Changes the deadlines of one urgency and clock (admins only); applies to requests
    /// collected from now on.
    public func setSLA(_ urgency: Urgency, _ clock: SLAPolicy.Clock, hours: Int, by admin: String) throws {
        try writer.write { db in
            guard let account = try Operator.filter(Operator.Columns.login == admin).fetchOne(db), account.active,
                  account.role == .admin else { throw OperatorError.notAnAdmin(login: admin) }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           arguments: [SLAPolicy.key(urgency, clock), String(hours)])
        }
    }
}
