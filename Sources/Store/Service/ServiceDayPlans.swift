import Foundation
import GRDB
import LeagueCore

/// What a township plans for a service day, and who signed up.
public struct ServiceDayPlan: Codable, Equatable, Sendable {
    public var id: Int64
    /// `YYYY-MM-DD`.
    public var day: String
    public var township: String
    public var plan: String
    public var signups: [String]
}

public enum ServiceDayError: Error, Equatable, Sendable {
    case notADay(String)
    case blankPlan
    case unknownTownship(String)
    case noSuchPlan(Int64)
    case blankName
    case notAllowed
}

extension ServiceStore {
    /// The plans for days from `first` to `last` (`YYYY-MM-DD`, both included), by day and township.
    public func serviceDayPlans(from first: String, to last: String) throws -> [ServiceDayPlan] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT p.id, p.day, t.name AS township, p.plan,
                      (SELECT group_concat(name, '、') FROM service_day_signup WHERE plan_id = p.id) AS names
                    FROM service_day_plan p JOIN township t ON t.id = p.township_id
                    WHERE p.day >= ? AND p.day <= ? ORDER BY p.day, t.position
                    """, arguments: [first, last]).map {
                    try ServiceDayPlan(id: $0.value("id"), day: $0.value("day"), township: $0.value("township"), plan: $0.value("plan"),
                                   signups: (try $0.value("names") as String?)?.split(separator: "、").map(String.init) ?? [])
                }
            }
        }
    }

    /// A township's plan for `day` (a new one, or a change of what it plans); returns its number.
    @discardableResult
    public func planServiceDay(_ day: String, township: String, plan: String, by account: Operator) throws -> Int64 {
        guard CountyTime.isDay(day) else { throw ServiceDayError.notADay(day) }
        guard !plan.trimmed.isEmpty else { throw ServiceDayError.blankPlan }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                guard let townshipId = try RosterLookup(db).township(named: township) else { throw ServiceDayError.unknownTownship(township) }
                guard account.mayEditRoster(townshipId: townshipId) else { throw ServiceDayError.notAllowed }
                try db.execute(sql: """
                    INSERT INTO service_day_plan (day, township_id, plan) VALUES (?, ?, ?)
                    ON CONFLICT (day, township_id) DO UPDATE SET plan = excluded.plan
                    """, arguments: [day, townshipId, plan.trimmed])
                return try Int64.fetchOne(db, sql: "SELECT id FROM service_day_plan WHERE day = ? AND township_id = ?", arguments: [day, townshipId]).required()
            }
        }
    }

    /// Someone signed up for plan `id` (once: the same name again changes nothing).
    public func signUp(forServiceDayPlan id: Int64, name: String) throws {
        guard !name.trimmed.isEmpty else { throw ServiceDayError.blankName }
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM service_day_plan WHERE id = ?)", arguments: [id]).required() else {
                    throw ServiceDayError.noSuchPlan(id)
                }
                try db.execute(sql: "INSERT OR IGNORE INTO service_day_signup (plan_id, name) VALUES (?, ?)", arguments: [id, name.trimmed])
            }
        }
    }
}
