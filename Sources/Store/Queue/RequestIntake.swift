import Foundation
import GRDB
import LeagueCore

/// A help request as staff type it in.
public struct NewRequest: Sendable, Equatable {
    public var title: String
    public var body: String
    /// Category code or name (创业, entrepreneurship …).
    public var category: String
    /// Township name, Chinese or pinyin.
    public var township: String
    public var village: String?
    public var urgency: Urgency
    public var source: RequestSource

    public init(title: String, body: String, category: String, township: String, village: String? = nil,
                urgency: Urgency = .normal, source: RequestSource = .moments) {
        self.title = title
        self.body = body
        self.category = category
        self.township = township
        self.village = village
        self.urgency = urgency
        self.source = source
    }
}

/// Why a request could not be added: the field and what is wrong with it.
public enum IntakeError: Error, Equatable, Sendable {
    case empty(field: String)
    case unknown(field: String, value: String)
}

extension RequestStore {
    /// Records a new request, collected now by `account`, with the next reference of the year
    /// and its deadlines; returns its reference.
    @discardableResult
    public func addRequest(_ new: NewRequest, by account: Operator, at now: Date) throws -> String {
        for (field, value) in [("title", new.title), ("body", new.body)] where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw IntakeError.empty(field: field)
        }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                guard let township = try Int64.fetchOne(db, sql: "SELECT id FROM township WHERE name = ? OR name_en = ? COLLATE NOCASE",
                                                        arguments: [new.township, new.township]) else {
                    throw IntakeError.unknown(field: "township", value: new.township)
                }
                guard let category = try Int64.fetchOne(db, sql: """
                    SELECT id FROM category WHERE code = ? OR name_zh = ? OR name_en = ? COLLATE NOCASE
                    """, arguments: [new.category, new.category, new.category]) else {
                    throw IntakeError.unknown(field: "category", value: new.category)
                }
                var village: Int64? = nil
                if let name = new.village {
                    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM contact_point WHERE township_id = ? AND name = ?",
                                                      arguments: [township, name]) else {
                        throw IntakeError.unknown(field: "village", value: name)
                    }
                    village = id
                }
                let year = CountyTime.year(now)
                let prefix = "\(ReferenceCode.requestPrefix)-\(year)-"
                // The year's latest reference: refs grow with ids, and this range reads the ref index.
                let last = try String.fetchOne(db, sql: """
                    SELECT ref FROM help_request WHERE ref >= ? AND ref < ? ORDER BY id DESC LIMIT 1
                    """, arguments: [prefix, "\(ReferenceCode.requestPrefix)-\(year)."])
                let number = (last.flatMap(ReferenceCode.init)?.number ?? 0) + 1
                let ref = ReferenceCode(year: year, number: number).description
                let at = now.unixSeconds
                let policy = try AppDatabase.slaPolicy(db)
                try db.execute(sql: """
                    INSERT INTO help_request (ref, title, body, category_id, urgency, township_id, contact_point_id, source, state,
                      created_at, updated_at, first_contact_due, resolution_due)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, \(RequestState.collected.sql), ?, ?, ?, ?)
                    """, arguments: [ref, new.title, new.body, category, new.urgency.rawValue, township, village, new.source.rawValue,
                                     at, at, at + policy.allowance(new.urgency, .firstContact).wholeSeconds,
                                     at + policy.allowance(new.urgency, .resolution).wholeSeconds])
                try db.execute(sql: """
                    INSERT INTO request_event (request_id, at, operator_id, actor, action, to_state) VALUES (?, ?, ?, ?, 'collect', \(RequestState.collected.sql))
                    """, arguments: [db.lastInsertedRowID, at, account.id, account.name])
                return ref
            }
        }
    }

    /// The id and version of the request with reference `ref`.
    public func requestHandle(ref: String) throws -> (id: Int64, version: Int)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, version FROM help_request WHERE ref = ?", arguments: [ref.uppercased()])
                .map { (try $0.value("id"), try $0.value("version")) }
        }
    }
}
