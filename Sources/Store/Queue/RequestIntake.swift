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
    /// Who asked: found by their mobile number among the young people, else added with it.
    public var requesterName: String?
    public var requesterPhone: String?
    /// The cadre who took it in.
    public var collectorId: Int64?

    public init(title: String, body: String, category: String, township: String, village: String? = nil,
                urgency: Urgency = .normal, source: RequestSource = .moments,
                requesterName: String? = nil, requesterPhone: String? = nil, collectorId: Int64? = nil) {
        self.title = title
        self.body = body
        self.category = category
        self.township = township
        self.village = village
        self.urgency = urgency
        self.source = source
        self.requesterName = requesterName.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
        self.requesterPhone = requesterPhone.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
        self.collectorId = collectorId
    }
}

/// Why a request could not be added: the field and what is wrong with it.
public enum IntakeError: Error, Equatable, Sendable {
    case empty(field: String)
    case unknown(field: String, value: String)
    case notMobile(String)
}

/// A request that may be the same as a new one: the same requester, or a like title in the
/// same township, within 30 days.
public struct PossibleDuplicate: Codable, Equatable, Sendable {
    public var ref: String
    public var title: String
    public var state: RequestState
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
                let requester = try Self.requester(new, township: township, village: village, db)
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
                      requester_id, collector_id, created_at, updated_at, first_contact_due, resolution_due)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, \(RequestState.collected.sql), ?, ?, ?, ?, ?, ?)
                    """, arguments: [ref, new.title, new.body, category, new.urgency.rawValue, township, village, new.source.rawValue,
                                     requester, new.collectorId,
                                     at, at, at + policy.allowance(new.urgency, .firstContact).wholeSeconds,
                                     at + policy.allowance(new.urgency, .resolution).wholeSeconds])
                try db.execute(sql: """
                    INSERT INTO request_event (request_id, at, operator_id, actor, action, to_state) VALUES (?, ?, ?, ?, 'collect', \(RequestState.collected.sql))
                    """, arguments: [db.lastInsertedRowID, at, account.id, account.name])
                return ref
            }
        }
    }

    /// The young person who asked: the one with this mobile number, else a new one with the
    /// name and number given (in the request's township and village); nil when neither is.
    static func requester(_ new: NewRequest, township: Int64, village: Int64?, _ db: Database) throws -> Int64? {
        var phone: String? = nil
        if let typed = new.requesterPhone {
            guard let mobile = MainlandMobile.normalized(typed) else { throw IntakeError.notMobile(typed) }
            phone = mobile
            if let known = try Int64.fetchOne(db, sql: "SELECT id FROM young_person WHERE phone = ? ORDER BY id LIMIT 1", arguments: [mobile]) {
                return known
            }
        }
        guard let name = new.requesterName else { return nil }
        if phone == nil, let known = try Int64.fetchOne(db, sql: "SELECT id FROM young_person WHERE township_id = ? AND name = ? ORDER BY id LIMIT 1",
                                                        arguments: [township, name]) {
            return known
        }
        try db.execute(sql: "INSERT INTO young_person (name, phone, township_id, contact_point_id) VALUES (?, ?, ?, ?)",
                       arguments: [name, phone, township, village])
        return db.lastInsertedRowID
    }

    /// Requests of the 30 days before `now` that may be the same as request `ref`: the same
    /// requester, or a title in the same township sharing two or more pairs of characters.
    public func possibleDuplicates(of ref: String, now: Date) throws -> [PossibleDuplicate] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                guard let request = try Row.fetchOne(db, sql: "SELECT id, title, township_id, requester_id FROM help_request WHERE ref = ?",
                                                     arguments: [ref]) else { return [] }
                let pairs = Self.characterPairs(try request.value("title"))
                return try Row.fetchAll(db, sql: """
                    SELECT ref, title, state, requester_id FROM help_request
                    WHERE created_at >= ? AND id != ? AND merged_into_id IS NULL AND state NOT IN ('withdrawn', 'rejected', 'merged')
                      AND (township_id = ? OR requester_id = ?)
                    ORDER BY created_at DESC
                    """, arguments: [now.unixSeconds - 30 * 86_400, try request.value("id") as Int64, try request.value("township_id") as Int64,
                                     try request.value("requester_id") as Int64?]).compactMap { row in
                    let theirs: Int64? = try row.value("requester_id"), ours: Int64? = try request.value("requester_id")
                    let sameRequester = theirs != nil && theirs == ours
                    let title: String = try row.value("title")
                    guard sameRequester || Self.characterPairs(title).intersection(pairs).count >= 2 else { return nil }
                    return PossibleDuplicate(ref: try row.value("ref"), title: title, state: RequestState(rawValue: try row.value("state")) ?? .collected)
                }
            }
        }
    }

    /// The pairs of neighbouring letters or characters of a title, punctuation aside.
    static func characterPairs(_ title: String) -> Set<String> {
        let letters = Array(title.filter { $0.isLetter || $0.isNumber })
        return Set(zip(letters, letters.dropFirst()).map { String([$0, $1]) })
    }

    /// The id and version of the request with reference `ref`.
    public func requestHandle(ref: String) throws -> (id: Int64, version: Int)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, version FROM help_request WHERE ref = ?", arguments: [ref.uppercased()])
                .map { (try $0.value("id"), try $0.value("version")) }
        }
    }
}
