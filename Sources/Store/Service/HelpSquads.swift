import Foundation
import GRDB
import LeagueCore
import Workflow

/// A help squad as the desk lists it.
public struct HelpSquad: Equatable, Sendable {
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
}

extension AppDatabase {
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
                    let state = SquadPlanState(rawValue: row["plan_state"]) ?? .draft
                    return HelpSquad(
                        id: row["id"], project: row["project"], name: row["name"], township: row["township"], townshipId: row["township_id"],
                        leader: row["leader"], members: (row["members"] as String?)?.split(separator: "、").map(String.init) ?? [],
                        plan: row["plan"], planState: state, version: row["version"], returnedBecause: state == .returned ? row["reason"] : nil)
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
                let state = SquadPlanState(rawValue: row["plan_state"]) ?? .draft
                guard (row["version"] as Int) == version else { throw SquadError.changedMeanwhile(state) }
                var input = ActionInput()
                input.reason = reason.trimmed
                let step: Step<SquadPlanState>
                switch Workflow.squadPlan.apply(action, to: state, by: Actor(role: account.role, townshipId: account.townshipId),
                                                townshipId: row["township_id"], input: input) {
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
}
