import Foundation
import GRDB
import LeagueCore

/// Everything about one help request, for the detail view: the whole text, the people and
/// places by name, and the full history.
public struct RequestDetail: Codable, Equatable, Sendable {
    public struct Event: Codable, Equatable, Sendable {
        public var at: Int64
        public var actor: String
        public var action: String
        public var fromState: RequestState?
        public var toState: RequestState?
        public var note: String
        /// Whom it was assigned to (a cadre or a commune), or the request it was merged into.
        public var target: String? = nil
        /// The village branch a village approval was recorded for.
        public var onBehalfOf: String? = nil
        /// A township approval by the one who made the village approval, as an admin allowed.
        public var oneReviewer = false
        /// How a contact was made, and whether it came after the first.
        public var channel: ContactChannel? = nil
        public var contactAgain = false
        /// A duplicate merged into this request, by reference.
        public var mergedFrom: String? = nil
        /// A correction's fields, old → new.
        public var changes: [FieldChange] = []
        /// How many photos an `attach` added.
        public var photoCount = 0
    }

    /// One field of a correction: texts as they were, a category or township by id, an
    /// urgency by its raw value.
    public struct FieldChange: Codable, Equatable, Sendable {
        public var field: RequestField
        public var before: String
        public var after: String
    }

    public var row: QueueRow
    public var body: String
    public var categoryId: Int64
    public var township: String
    public var village: String?
    public var requester: String?
    public var requesterPhone: String?
    public var collector: String?
    /// A cadre's or a youth commune's name.
    public var assignee: String?
    public var source: RequestSource?
    public var resolution: String?
    public var escalated: Bool
    public var events: [Event]
    /// The duplicates merged into this request, with their requesters: people to call back too.
    public var merged: [MergedRequest] = []
    /// Its photos, in the order they were attached.
    public var photos: [KeptPhoto] = []

    public struct MergedRequest: Codable, Equatable, Sendable {
        public var ref: String
        public var requester: String?
        public var requesterPhone: String?
    }
}

/// The categories and townships by id, read once: rows carry ids, screens show names.
public struct Vocabulary: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var id: Int64
        public var code: String
        public var nameZh: String
        public var nameEn: String

        /// The name in `language` (the English falls back to the Chinese).
        public func name(_ language: Language) -> String { BilingualName(zh: nameZh, en: nameEn)(language) }
    }

    public var categories: [Entry]
    public var townships: [Entry]

    public func category(_ id: Int64) -> Entry? { categories.first { $0.id == id } }
    public func township(_ id: Int64) -> Entry? { townships.first { $0.id == id } }
}

extension AppDatabase {
    /// The county's categories and townships, read once when a desk opens.
    public func vocabulary() throws -> Vocabulary {
        try StoreError.translating(path: path) {
            try writer.read { db in
                func entries(_ sql: String) throws -> [Vocabulary.Entry] {
                    try Row.fetchAll(db, sql: sql).map {
                        try Vocabulary.Entry(id: $0.value("id"), code: $0.value("code"), nameZh: $0.value("name_zh"), nameEn: $0.value("name_en"))
                    }
                }
                return Vocabulary(
                    categories: try entries("SELECT id, code, name_zh, name_en FROM category ORDER BY position"),
                    townships: try entries("SELECT id, name_en AS code, name AS name_zh, name_en FROM township ORDER BY position"))
            }
        }
    }
}

extension RequestStore {
    /// The request `id` read at `now`, or nil if there is none.
    public func requestDetail(id: Int64, now: Date) throws -> RequestDetail? {
        try StoreError.translating(path: path) {
            try writer.read { db in
                let overdue = RequestSQL.isOverdue(at: now.unixSeconds)
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT r.*, \(overdue) AS overdue, t.name AS township_name, p.name AS village_name,
                           y.name AS requester_name, y.phone AS requester_phone, c.name AS collector_name,
                           coalesce(a.name, m.name) AS assignee_name
                    FROM help_request r
                    JOIN township t ON t.id = r.township_id
                    LEFT JOIN contact_point p ON p.id = r.contact_point_id
                    LEFT JOIN young_person y ON y.id = r.requester_id
                    LEFT JOIN cadre c ON c.id = r.collector_id
                    LEFT JOIN cadre a ON a.id = r.assignee_cadre_id
                    LEFT JOIN commune m ON m.id = r.assignee_commune_id
                    WHERE r.id = ?
                    """, arguments: [id]) else { return nil }
                // The event's data names its target by id (assign) or reference (merge).
                let events = try Row.fetchAll(db, sql: """
                    SELECT e.at, e.actor, e.action, e.from_state, e.to_state, e.note,
                      CASE WHEN json_valid(e.data) THEN coalesce(
                        (SELECT name FROM cadre WHERE id = json_extract(e.data, '$.cadre_id')),
                        (SELECT name FROM commune WHERE id = json_extract(e.data, '$.commune_id')),
                        json_extract(e.data, '$.into')) END AS target,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.for') END AS for_branch,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.one_reviewer') IS NOT NULL ELSE 0 END AS one_reviewer,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.channel') END AS channel,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.again') IS NOT NULL ELSE 0 END AS again,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.merged_from') END AS merged_from,
                      CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.changes') END AS changes,
                      CASE WHEN json_valid(e.data) THEN coalesce(json_array_length(e.data, '$.photos'), 0) ELSE 0 END AS photo_count
                    FROM request_event e WHERE e.request_id = ? ORDER BY e.id
                    """, arguments: [id]).map { event in
                    RequestDetail.Event(
                        at: try event.value("at"), actor: try event.value("actor"), action: try event.value("action"),
                        fromState: (try event.value("from_state") as String?).flatMap(RequestState.init(rawValue:)),
                        toState: (try event.value("to_state") as String?).flatMap(RequestState.init(rawValue:)),
                        note: try event.value("note"), target: try event.value("target"), onBehalfOf: try event.value("for_branch"),
                        oneReviewer: try event.value("one_reviewer"),
                        channel: (try event.value("channel") as String?).flatMap(ContactChannel.init(rawValue:)), contactAgain: try event.value("again"),
                        mergedFrom: try event.value("merged_from"), changes: Self.fieldChanges(try event.value("changes")),
                        photoCount: try event.value("photo_count"))
                }
                let merged = try Row.fetchAll(db, sql: """
                    SELECT r.ref, y.name, y.phone FROM help_request r LEFT JOIN young_person y ON y.id = r.requester_id
                    WHERE r.merged_into_id = ? ORDER BY r.id
                    """, arguments: [id]).map {
                    RequestDetail.MergedRequest(ref: try $0.value("ref"), requester: try $0.value("name"), requesterPhone: try $0.value("phone"))
                }
                return RequestDetail(
                    row: try QueueRow(row: row), body: try row.value("body"), categoryId: try row.value("category_id"),
                    township: try row.value("township_name"), village: try row.value("village_name"), requester: try row.value("requester_name"),
                    requesterPhone: try row.value("requester_phone"), collector: try row.value("collector_name"), assignee: try row.value("assignee_name"),
                    source: (try row.value("source") as String?).flatMap(RequestSource.init(rawValue:)),
                    resolution: try row.value("resolution"), escalated: (try row.value("escalated_at") as Int64?) != nil, events: events,
                    merged: merged, photos: try PhotoStore.photos(ofRequest: id, db))
            }
        }
    }

    /// A correction's `changes` (field → [before, after]) in the fields' order.
    static func fieldChanges(_ json: String?) -> [RequestDetail.FieldChange] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String]] else { return [] }
        return RequestField.allCases.compactMap { field in
            guard let pair = object[field.rawValue], pair.count == 2 else { return nil }
            return RequestDetail.FieldChange(field: field, before: pair[0], after: pair[1])
        }
    }
}
