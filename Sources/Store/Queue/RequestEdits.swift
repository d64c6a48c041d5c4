import Foundation
import GRDB
import LeagueCore

/// Why a correction of a request was not recorded.
public enum EditError: Error, Equatable, Sendable {
    /// A title or text left empty.
    case empty(RequestField)
    /// A category or township that is not one, or an urgency that is none.
    case unknown(RequestField, String)
    /// Every value given is the one it has.
    case nothingChanged
    /// A township secretary moving a request out of her township: the county's desk does.
    case townshipBySecretary
}

extension RequestStore {
    /// What an edit of request `id` sets — columns and values for its `UPDATE` — and its
    /// event's data: each changed field's value before and after (ids for places and
    /// categories, as a cadre's changes keep them). Moving an urgency moves the deadlines
    /// not yet met by the difference of their allowances; moving a township forgets a
    /// village of the old one.
    static func edit(_ wanted: [RequestField: String], of id: Int64, by actor: Operator, _ db: Database)
        throws -> (columns: [String], values: [(any DatabaseValueConvertible)?], data: String) {
        guard let current = try Row.fetchOne(db, sql: """
            SELECT title, body, category_id, urgency, township_id, first_contact_at, resolved_at FROM help_request WHERE id = ?
            """, arguments: [id]) else { throw TransitionError.noSuchRequest(id: id) }
        var columns: [String] = [], values: [(any DatabaseValueConvertible)?] = [], changed: [String: [String]] = [:]
        for field in RequestField.allCases {
            guard let typed = wanted[field] else { continue }
            let value = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            let before: String
            switch field {
            case .title, .body:
                guard !value.isEmpty else { throw EditError.empty(field) }
                before = try current.value(field.rawValue)
                columns.append("\(field.rawValue) = ?")
                values.append(value)
            case .category, .township:
                let table = field == .category ? "category" : "township"
                guard let newId = Int64(value), try Bool.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [newId]) == true else {
                    throw EditError.unknown(field, typed)
                }
                before = String(try current.value("\(table)_id") as Int64)
                if field == .township, before != value {
                    guard actor.ownTownship == nil else { throw EditError.townshipBySecretary }
                    columns.append("contact_point_id = (SELECT id FROM contact_point WHERE id = contact_point_id AND township_id = ?)")
                    values.append(newId)
                }
                columns.append("\(table)_id = ?")
                values.append(newId)
            case .urgency:
                guard let urgency = Int(value).flatMap(Urgency.init(rawValue:)) else { throw EditError.unknown(field, typed) }
                let old = Urgency(rawValue: try current.value("urgency")) ?? .normal
                before = String(old.rawValue)
                let policy = try AppDatabase.slaPolicy(db)
                let shift = { (clock: SLAPolicy.Clock) in policy.allowance(urgency, clock).wholeSeconds - policy.allowance(old, clock).wholeSeconds }
                columns += ["urgency = ?", "first_contact_due = first_contact_due + (CASE WHEN first_contact_at IS NULL THEN ? ELSE 0 END)",
                            "resolution_due = resolution_due + (CASE WHEN resolved_at IS NULL THEN ? ELSE 0 END)"]
                values += [urgency.rawValue, shift(.firstContact), shift(.resolution)]
            }
            if before != value { changed[field.rawValue] = [before, value] }
        }
        guard !changed.isEmpty else { throw EditError.nothingChanged }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (columns, values, String(decoding: try encoder.encode(["changes": changed]), as: UTF8.self))
    }
}
