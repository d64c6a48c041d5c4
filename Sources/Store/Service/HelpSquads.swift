import Foundation
import GRDB
import LeagueCore
import Workflow

/// A help squad as the desk lists it.
public struct HelpSquad: Codable, Equatable, Sendable {
    public var id: Int64
    public var project: String
    public var name: String
    public var township: String?
    public var townshipId: Int64?
    public var leader: String?
    public var members: [String]
    public var plan: String
    public var planState: SquadPlanState
    public var version: Int
    /// The reason of the latest return, while the plan stands returned.
    public var returnedBecause: String?
}

/// Why a step on a squad's plan was not recorded.
public enum SquadError: Error, Equatable, Sendable {
    case noSuchSquad(Int64)
    case refused(WorkflowError)
    case changedMeanwhile(SquadPlanState)
    case blankName
    case unknownTownship(String)
    /// No cadre has the leader's phone.
    case noSuchLeader(String)
    /// The project has a squad of this name already.
    case nameTaken(String)
    /// A plan submitted or filed stays as it was sent.
    case planLocked(SquadPlanState)
    case notAllowed
}

/// A new help squad as it is formed.
public struct NewSquad: Codable, Equatable, Sendable {
    public var project: String
    public var name: String
    public var township: String?
    /// The leader, by the phone the roster has for them.
    public var leaderPhone: String?
    public var members: [String]
    public var plan: String

    public init(project: String, name: String, township: String?, leaderPhone: String?, members: [String], plan: String) {
        self.project = project
        self.name = name
        self.township = township
        self.leaderPhone = leaderPhone
        self.members = members
        self.plan = plan
    }
}

extension ServiceStore {
    /// Every squad of every project, the project's oldest first.
    public func helpSquads() throws -> [HelpSquad] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.*, p.name AS project, t.name AS township, c.name AS leader,
                      (SELECT group_concat(name, '、') FROM squad_member WHERE squad_id = s.id) AS members,
                      (SELECT note FROM squad_event WHERE squad_id = s.id AND action = 'return' ORDER BY id DESC LIMIT 1) AS reason
                    FROM help_squad s JOIN volunteer_project p ON p.id = s.project_id
                    LEFT JOIN township t ON t.id = s.township_id LEFT JOIN cadre c ON c.id = s.leader_cadre_id
                    ORDER BY p.started_on, p.id, s.id
                    """).map { row in
                    let state = SquadPlanState(rawValue: try row.value("plan_state")) ?? .draft
                    return HelpSquad(
                        id: try row.value("id"), project: try row.value("project"), name: try row.value("name"), township: try row.value("township"), townshipId: try row.value("township_id"),
                        leader: try row.value("leader"), members: (try row.value("members") as String?)?.split(separator: "、").map(String.init) ?? [],
                        plan: try row.value("plan"), planState: state, version: try row.value("version"), returnedBecause: state == .returned ? try row.value("reason") : nil)
                }
            }
        }
    }

    /// Takes `action` on squad `id`'s plan as the person saw it at `version`, through the
    /// squad-plan workflow; the history records who, when and why.
    public func actOnSquadPlan(_ action: String, squad id: Int64, version: Int, reason: String = "", by account: Operator,
                               at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT plan_state, version, township_id FROM help_squad WHERE id = ?",
                                                 arguments: [id]) else { throw SquadError.noSuchSquad(id) }
                let state = SquadPlanState(rawValue: try row.value("plan_state")) ?? .draft
                guard (try row.value("version") as Int) == version else { throw SquadError.changedMeanwhile(state) }
                var input = ActionInput()
                input.reason = reason.trimmed
                let step: Step<SquadPlanState>
                switch Workflow.squadPlan.apply(action, to: state, by: Actor(role: account.role, townshipId: account.townshipId),
                                                townshipId: try row.value("township_id"), input: input) {
                case let .success(applied): step = applied
                case let .failure(error): throw SquadError.refused(error)
                }
                try db.execute(sql: "UPDATE help_squad SET plan_state = ?, version = version + 1 WHERE id = ?",
                               arguments: [step.to.rawValue, id])
                try db.execute(sql: """
                    INSERT INTO squad_event (squad_id, at, operator_id, action, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, now.unixSeconds, account.id, action, step.from.rawValue, step.to.rawValue, input.reason])
            }
        }
    }

    /// Forms a squad of `squad.project` (the project is started today if it is new), its
    /// plan a draft; returns its number. Desk staff form any township's squads, a township
    /// secretary their own township's.
    @discardableResult
    public func formSquad(_ squad: NewSquad, by account: Operator, at now: Date) throws -> Int64 {
        let project = squad.project.trimmed, name = squad.name.trimmed
        guard !project.isEmpty, !name.isEmpty else { throw SquadError.blankName }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                var townshipId: Int64? = nil
                if let township = squad.township, !township.trimmed.isEmpty {
                    guard let id = try RosterLookup(db).township(named: township) else { throw SquadError.unknownTownship(township) }
                    townshipId = id
                }
                var leader: Int64? = nil
                if let phone = squad.leaderPhone, !phone.trimmed.isEmpty {
                    guard let found = try Row.fetchOne(db, sql: "SELECT id, township_id FROM cadre WHERE phone = ?", arguments: [phone.trimmed])
                    else { throw SquadError.noSuchLeader(phone) }
                    leader = try found.value("id")
                    townshipId = townshipId ?? found["township_id"]
                }
                switch account.role {
                case .admin, .desk: break
                case .townshipSecretary where townshipId == nil || townshipId == account.townshipId: townshipId = account.townshipId
                default: throw SquadError.notAllowed
                }
                try db.execute(sql: "INSERT OR IGNORE INTO volunteer_project (name, started_on) VALUES (?, ?)",
                               arguments: [project, CountyTime.dayString(now)])
                let projectId = try Int64.fetchOne(db, sql: "SELECT id FROM volunteer_project WHERE name = ?", arguments: [project]).required()
                guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM help_squad WHERE project_id = ? AND name = ?)",
                                         arguments: [projectId, name]).required() else { throw SquadError.nameTaken(name) }
                try db.execute(sql: "INSERT INTO help_squad (project_id, name, township_id, leader_cadre_id, plan) VALUES (?, ?, ?, ?, ?)",
                               arguments: [projectId, name, townshipId, leader, squad.plan.trimmed])
                let id = db.lastInsertedRowID
                for member in squad.members.map(\.trimmed) where !member.isEmpty {
                    try db.execute(sql: "INSERT OR IGNORE INTO squad_member (squad_id, name) VALUES (?, ?)", arguments: [id, member])
                }
                return id
            }
        }
    }

    /// Rewrites squad `id`'s plan while it is a draft or returned, as seen at `version`;
    /// submitting it again is a separate step.
    public func reviseSquadPlan(squad id: Int64, version: Int, plan: String, by account: Operator) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT plan_state, version, township_id FROM help_squad WHERE id = ?",
                                                 arguments: [id]) else { throw SquadError.noSuchSquad(id) }
                let state = SquadPlanState(rawValue: try row.value("plan_state")) ?? .draft
                guard (try row.value("version") as Int) == version else { throw SquadError.changedMeanwhile(state) }
                guard state == .draft || state == .returned else { throw SquadError.planLocked(state) }
                let township: Int64? = try row.value("township_id")
                guard [.admin, .desk].contains(account.role) || (account.role == .townshipSecretary && township == account.townshipId) else {
                    throw SquadError.notAllowed
                }
                try db.execute(sql: "UPDATE help_squad SET plan = ?, version = version + 1 WHERE id = ?", arguments: [plan.trimmed, id])
            }
        }
    }
}
