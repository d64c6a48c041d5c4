import Foundation
import GRDB
import LeagueCore
import Workflow

/// Why an action on a request was not recorded.
public enum TransitionError: Error, Equatable, Sendable {
    case noSuchRequest(id: Int64)
    /// The workflow refused it (see `WorkflowError` for what to give or who may).
    case refused(WorkflowError)
    /// Someone else changed the request since it was read: who, when, and where it stands now.
    case changedMeanwhile(by: String, at: Int64, state: RequestState, version: Int)
    /// A merge target that does not exist, or is the request itself.
    case noSuchTarget(String)
    /// The township approval by the operator who made the village approval: two levels of
    /// review are two people, unless an admin allowed one for the township.
    case sameReviewer
}

extension RequestStore {
    /// Records `action` on request `id` as `actor` at `now`, if the request is still at
    /// `version` (what the person saw): the new state, the clocks, the event with who, when
    /// and why, and the next version, in one transaction. Returns the new version.
    ///
    /// Two people acting on the same version: exactly one wins; the other gets
    /// `changedMeanwhile` and nothing of theirs is written.
    @discardableResult
    public func act(
        _ action: String, on id: Int64, version: Int, by actor: Operator, input: ActionInput, at now: Date
    ) throws -> Int {
        try StoreError.translating(path: path) {
            try writer.write { db in try Self.act(action, on: id, version: version, by: actor, input: input, at: now, db) }
        }
    }

    /// `act` inside a transaction that records more (a follow-up's answer and the close).
    static func act(
        _ action: String, on id: Int64, version: Int, by actor: Operator, input: ActionInput, at now: Date, _ db: Database
    ) throws -> Int {
        guard let request = try Row.fetchOne(db, sql: """
            SELECT state, version, township_id, urgency, first_contact_at, sla_paused_at, first_contact_due, resolution_due
            FROM help_request WHERE id = ?
            """, arguments: [id]) else { throw TransitionError.noSuchRequest(id: id) }
        let state = RequestState(rawValue: try request.value("state")) ?? .collected
        let current: Int = try request.value("version")
        guard current == version else {
            let last = try Row.fetchOne(db, sql: "SELECT actor, at FROM request_event WHERE request_id = ? ORDER BY id DESC LIMIT 1",
                                        arguments: [id])
            throw TransitionError.changedMeanwhile(by: last?["actor"] ?? "?", at: last?["at"] ?? 0, state: state, version: current)
        }
        let step: Step<RequestState>
        switch Workflow.helpRequest.apply(
            action, to: state, by: Actor(role: actor.role, townshipId: actor.townshipId),
            townshipId: try request.value("township_id"), input: input) {
        case let .success(success): step = success
        case let .failure(error): throw TransitionError.refused(error)
        }
        let at = now.unixSeconds
        var changes = ["state = ?", "version = version + 1", "updated_at = ?"]
        var values: [(any DatabaseValueConvertible)?] = [step.to.rawValue, at]
        var data: String? = nil
        /// The request a duplicate goes into: its history says so too.
        var mergedInto: Int64? = nil
        switch action {
        case "assign", "reassign":
            changes += ["assignee_cadre_id = ?", "assignee_commune_id = ?"]
            values += [input.assigneeCadreId, input.assigneeCommuneId]
            data = input.assigneeCadreId.map { "{\"cadre_id\":\($0)}" } ?? input.assigneeCommuneId.map { "{\"commune_id\":\($0)}" }
        case "resolve":
            changes += ["resolution = ?", "resolved_at = ?"]
            values += [input.resolution, at]
        case "close":
            changes.append("closed_at = ?")
            values.append(at)
        case "edit":
            let edit = try edit(input.changes, of: id, by: actor, db)
            changes += edit.columns
            values += edit.values
            data = edit.data
        case "attach":
            // The photos are kept and shown with the request before their event (`PhotoStore.attach`,
            // the one way in): the history names each by its SHA-256, and names no other.
            let linked = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM request_photo l JOIN photo p ON p.id = l.photo_id
                WHERE l.request_id = ? AND p.sha256 IN (SELECT value FROM json_each(?))
                """, arguments: [id, ChangeRecord.list(input.photos)]) ?? 0
            guard linked == Set(input.photos).count else { throw TransitionError.refused(.missing(action: action, [.photos])) }
            data = "{\"photos\":\(ChangeRecord.list(input.photos))}"
        case "escalate":
            changes.append("escalated_at = coalesce(escalated_at, ?)")
            values.append(at)
        case "contact":
            // The first contact stops the first-contact clock; later ones are follow-ups.
            let again = (try request.value("first_contact_at") as Int64?) != nil
            data = EventData.json(["channel": input.channel].merging(again ? ["again": "1"] : [:]) { $1 })
        case "village_approve" where !input.onBehalfOf.trimmed.isEmpty:
            data = EventData.json(["for": input.onBehalfOf.trimmed])
        case "township_approve":
            let villageReviewer = try Int64.fetchOne(db, sql: """
                SELECT operator_id FROM request_event WHERE request_id = ? AND action = 'village_approve' ORDER BY id DESC LIMIT 1
                """, arguments: [id])
            if villageReviewer == actor.id {
                guard try AppDatabase.oneReviewerAllowed(townshipId: try request.value("township_id"), db) else { throw TransitionError.sameReviewer }
                data = EventData.json(["one_reviewer": "1"])
            }
        case "merge":
            // `46` is QZ-<this year>-00046: the number staff read off the other request.
            guard let ref = ReferenceCode(typed: input.target, year: CountyTime.year(now)).map(\.description),
                  let target = try Int64.fetchOne(db, sql: "SELECT id FROM help_request WHERE ref = ? AND id != ?", arguments: [ref, id]) else {
                throw TransitionError.noSuchTarget(input.target)
            }
            changes.append("merged_into_id = ?")
            values.append(target)
            mergedInto = target
            data = "{\"into\":\"\(ref)\"}"
        default: break
        }
        switch step.clock {
        case .contact:
            changes.append("first_contact_at = coalesce(first_contact_at, ?)")
            values.append(at)
        case .pause:
            changes.append("sla_paused_at = ?")
            values.append(at)
        case .resume:
            // The time spent waiting on the requester does not count against the deadlines.
            let waited = max(0, at - ((try request.value("sla_paused_at") as Int64?) ?? at))
            changes += ["sla_paused_at = NULL", "first_contact_due = first_contact_due + ?", "resolution_due = resolution_due + ?"]
            values += [waited, waited]
        case .restart:
            let urgency = Urgency(rawValue: try request.value("urgency")) ?? .normal
            changes += ["resolved_at = NULL", "resolution_due = ?"]
            values.append(at + (try AppDatabase.slaPolicy(db)).allowance(urgency, .resolution).wholeSeconds)
        case .none, .stop: break
        }
        values += [id, version]
        try db.execute(sql: "UPDATE help_request SET \(changes.joined(separator: ", ")) WHERE id = ? AND version = ?",
                       arguments: StatementArguments(values))
        let note = [input.reason, input.resolution, input.note].first { !$0.isEmpty } ?? ""
        try db.execute(sql: """
            INSERT INTO request_event (request_id, at, operator_id, actor, action, from_state, to_state, note, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, at, actor.id, actor.name, action, step.from.rawValue, step.to.rawValue, note, data])
        if let mergedInto {
            // The surviving request's history names the duplicate, whose requester it now
            // answers too (a record only: its state and version stay).
            let ref: String = try String.fetchOne(db, sql: "SELECT ref FROM help_request WHERE id = ?", arguments: [id]) ?? ""
            try db.execute(sql: """
                INSERT INTO request_event (request_id, at, operator_id, actor, action, from_state, to_state, note, data)
                SELECT id, ?, ?, ?, 'note', state, state, ?, ? FROM help_request WHERE id = ?
                """, arguments: [at, actor.id, actor.name, note, EventData.json(["merged_from": ref]), mergedInto])
        }
        return version + 1
    }
}
