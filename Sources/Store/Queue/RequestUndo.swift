import Foundation
import GRDB
import LeagueCore
import Workflow

/// Why the last action could not be taken back.
public enum UndoError: Error, Equatable, Sendable {
    case nothingToUndo
    /// The action records or changes more than a state (a note, a resolution …).
    case notUndoable(ref: String, action: String)
    case tooLate(ref: String, action: String)
    /// Someone acted on the request after it.
    case changedSince(ref: String, by: String, at: Int64)
}

extension RequestStore {
    /// Takes back `account`'s latest action, if the workflow lets it be taken back, it is
    /// recent, and nobody acted on the request since: the request returns to where it was,
    /// and the history gains an `undo` event (it never loses one). Returns the reference
    /// and the action taken back.
    @discardableResult
    public func undoLast(by account: Operator, at now: Date) throws -> (ref: String, action: String) {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let id = account.id, let last = try Row.fetchOne(db, sql: """
                    SELECT e.id, e.request_id, e.at, e.action, e.from_state, r.ref, r.version,
                           (SELECT max(id) FROM request_event WHERE request_id = e.request_id) AS latest
                    FROM request_event e JOIN help_request r ON r.id = e.request_id
                    WHERE e.operator_id = ? AND e.action != 'undo' ORDER BY e.id DESC LIMIT 1
                    """, arguments: [id]) else { throw UndoError.nothingToUndo }
                let ref: String = try last.value("ref"), action: String = try last.value("action"), at: Int64 = try last.value("at")
                guard Workflow.helpRequest.undoable.contains(action), let from: String = try last.value("from_state") else {
                    throw UndoError.notUndoable(ref: ref, action: action)
                }
                guard now.unixSeconds - at <= Workflow<RequestState>.undoWindow else { throw UndoError.tooLate(ref: ref, action: action) }
                guard try last.value("latest") == last.value("id") as Int64 else {
                    let after = try Row.fetchOne(db, sql: "SELECT actor, at FROM request_event WHERE id = ?", arguments: [last["latest"]]).required()
                    throw UndoError.changedSince(ref: ref, by: try after.value("actor"), at: try after.value("at"))
                }
                // A contact (or a start, which is one) taken back takes back the first contact it
                // made, and with it the stopped first-contact clock; an earlier contact stands.
                let reversal = switch action {
                case "assign": ", assignee_cadre_id = NULL, assignee_commune_id = NULL"
                case "close": ", closed_at = NULL"
                case "contact", "start": ", first_contact_at = CASE WHEN first_contact_at = \(at) THEN NULL ELSE first_contact_at END"
                default: ""
                }
                try db.execute(sql: "UPDATE help_request SET state = ?, version = version + 1, updated_at = ?\(reversal) WHERE id = ?",
                               arguments: [from, now.unixSeconds, last["request_id"]])
                try db.execute(sql: """
                    INSERT INTO request_event (request_id, at, operator_id, actor, action, from_state, to_state, note, data)
                    SELECT request_id, ?, ?, ?, 'undo', to_state, from_state, '', json_object('undid', id) FROM request_event WHERE id = ?
                    """, arguments: [now.unixSeconds, id, account.name, last["id"]])
                return (ref, action)
            }
        }
    }
}
