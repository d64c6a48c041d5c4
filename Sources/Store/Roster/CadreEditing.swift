import Foundation
import GRDB
import LeagueCore

/// A cadre as a form or a file row gives it: the text as typed, checked before it is saved.
public struct CadreDraft: Codable, Equatable, Sendable {
    public var name = ""
    public var phone = ""
    public var role: CadreRole = .leagueCadre
    public var townshipId: Int64?
    public var communeId: Int64?
    public var youthInContact = "0"
    /// `YYYY-MM-DD`, or empty when not known.
    public var joinedOn = ""
    /// Names of the township's contact points the cadre reports to, separated by 、
    public var contactPoints = ""

    public init(name: String = "", phone: String = "", role: CadreRole = .leagueCadre, townshipId: Int64? = nil,
                communeId: Int64? = nil, youthInContact: String = "0", joinedOn: String = "", contactPoints: String = "") {
        self.name = name
        self.phone = phone
        self.role = role
        self.townshipId = townshipId
        self.communeId = communeId
        self.youthInContact = youthInContact
        self.joinedOn = joinedOn
        self.contactPoints = contactPoints
    }

    /// The draft of a cadre as they are now, to edit.
    public init(_ card: CadreCard) {
        self.init(name: card.cadre.name, phone: card.cadre.phone ?? "", role: card.cadre.role, townshipId: card.cadre.townshipId,
                  communeId: card.communeId, youthInContact: String(card.cadre.youthInContact), joinedOn: card.joinedOn ?? "",
                  contactPoints: card.contactPoints.map(\.name).joined(separator: CadreDraft.listSeparator))
    }

    /// Between contact point names in a draft.
    public static let listSeparator = "、"

    /// The names of a list as people write them: separated by 、 , ; | or spaces.
    static func names(_ list: String) -> [String] {
        list.split(whereSeparator: { character in ",;| ".contains { IMEText.reads(character, as: $0) } }).map(String.init)
    }
}

/// The fields of a cadre, in the order forms and files show them.
public enum CadreField: String, CaseIterable, Codable, Sendable {
    case name, phone, role, township, commune, contactPoints, youthInContact, joinedOn
}

/// What is wrong with one field's value.
public enum FieldProblem: Codable, Equatable, Sendable {
    case required
    case tooLong(max: Int)
    case controlCharacters
    case notMobile
    /// Another cadre already has this number.
    case phoneTaken(by: String)
    case unknownTownship
    case unknownCommune
    case communeElsewhere
    case notCount
    case notDate
    case inFuture
    case unknownChoice([String])
    case unknownContactPoint(String)
    case noSuchCadre
    /// Nobody with this phone is on file yet (import young people first).
    case noSuchPerson
    case endsBeforeStart
    /// A diary already taken to review, or reviewed: its text stays as it was scored.
    case alreadyInReview
    case noSuchDiary
    case noSuchRequest
    case noSuchSurvey
    case noSuchActivity
    /// The township has no plan for that service day.
    case noPlanThatDay
    /// A township's name is Chinese and ends in 镇, 乡 or 街道.
    case notTownshipName

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.required, .zh): "必填"
        case (.required, .en): "required"
        case let (.tooLong(max), .zh): "太长（最多 \(max) 字）"
        case let (.tooLong(max), .en): "too long (at most \(max) characters)"
        case (.controlCharacters, .zh): "含有控制字符"
        case (.controlCharacters, .en): "contains control characters"
        case (.notMobile, .zh): "不是大陆手机号（11 位，1 开头）"
        case (.notMobile, .en): "not a mainland mobile number (11 digits starting with 1)"
        case let (.phoneTaken(name), .zh): "已是 \(name) 的号码"
        case let (.phoneTaken(name), .en): "already the number of \(name)"
        case (.unknownTownship, .zh): "没有这个乡镇"
        case (.unknownTownship, .en): "no such township"
        case (.unknownCommune, .zh): "没有这个青年公社"
        case (.unknownCommune, .en): "no such youth commune"
        case (.communeElsewhere, .zh): "该公社不在这个乡镇"
        case (.communeElsewhere, .en): "that commune is in another township"
        case (.notCount, .zh): "应为 0 到 100000 的整数"
        case (.notCount, .en): "should be a whole number from 0 to 100000"
        case (.notDate, .zh): "日期应写作 2026-11-28"
        case (.notDate, .en): "a date is written 2026-11-28"
        case (.notTownshipName, .zh): "不是乡镇名称（应为汉字，以镇、乡或街道结尾）"
        case (.notTownshipName, .en): "not a township's name (Chinese, ending in 镇, 乡 or 街道)"
        case (.inFuture, .zh): "日期在将来"
        case (.inFuture, .en): "the date is in the future"
        case let (.unknownChoice(choices), .zh): "应为 \(choices.joined(separator: " / ")) 之一"
        case let (.unknownChoice(choices), .en): "should be one of \(choices.joined(separator: " / "))"
        case let (.unknownContactPoint(name), .zh): "该乡镇没有联系点“\(name)”"
        case let (.unknownContactPoint(name), .en): "the township has no contact point \"\(name)\""
        case (.noSuchCadre, .zh): "没有用这个手机号的团干部"
        case (.noSuchCadre, .en): "no cadre has this phone number"
        case (.noSuchPerson, .zh): "没有用这个手机号的青年（请先导入青年名单）"
        case (.noSuchPerson, .en): "no young person has this phone number (import young people first)"
        case (.endsBeforeStart, .zh): "结束日期早于开始日期"
        case (.endsBeforeStart, .en): "ends before it starts"
        case (.alreadyInReview, .zh): "这篇日记已在点评或已点评，不能再改"
        case (.alreadyInReview, .en): "this diary is in review or reviewed and can no longer change"
        case (.noSuchDiary, .zh): "该团干部这一天没有日记"
        case (.noSuchDiary, .en): "this cadre has no diary of that day"
        case (.noSuchRequest, .zh): "没有这个编号的求助"
        case (.noSuchRequest, .en): "no request has this ref"
        case (.noSuchSurvey, .zh): "没有这个测评（用 --survey 指定，circledesk survey list 可查编号）"
        case (.noSuchSurvey, .en): "no such survey (give it with --survey; circledesk survey list shows them)"
        case (.noSuchActivity, .zh): "没有这个活动（用 --activity 指定，circledesk activity list 可查编号）"
        case (.noPlanThatDay, .zh): "该乡镇这一天没有服务安排（先用 circledesk serviceday plan 报安排）"
        case (.noPlanThatDay, .en): "the township has no plan that day (plan it first with circledesk serviceday plan)"
        case (.noSuchActivity, .en): "no such activity (give it with --activity; circledesk activity list shows them)"
        }
    }
}

/// Why a cadre was not saved. Nothing was written.
public enum CadreEditError: Codable, Error, Equatable, Sendable {
    case invalid([CadreField: FieldProblem])
    /// Someone saved this cadre after the form was opened.
    case changedMeanwhile(by: String?, at: Int64)
    case noSuchCadre
    case notAllowed
}

extension Operator {
    /// Admins and desk staff keep the whole roster; a township secretary their own township's.
    public func mayEditRoster(townshipId: Int64) -> Bool {
        switch role {
        case .admin, .desk: true
        case .townshipSecretary: self.townshipId == townshipId
        case .reviewer, .readOnly: false
        }
    }

    /// Who may see a cadre's or young person's number in full: those who keep the roster.
    public func mayReadPhones(townshipId: Int64) -> Bool { mayEditRoster(townshipId: townshipId) }
}

/// A draft that passed its checks: the values as stored.
struct CheckedCadre: Equatable {
    var name: String
    var phone: String
    var role: CadreRole
    var townshipId: Int64
    var communeId: Int64?
    var youthInContact: Int
    var joinedOn: String?
    var contactPointIds: Set<Int64>

    /// Field → value as the history records it (the phone masked: history is read widely).
    var recorded: [String: String] {
        [CadreField.name.rawValue: name, CadreField.phone.rawValue: PhoneMask.mask(phone), CadreField.role.rawValue: role.rawValue,
         CadreField.township.rawValue: String(townshipId), CadreField.commune.rawValue: communeId.map(String.init) ?? "",
         CadreField.contactPoints.rawValue: contactPointIds.sorted().map(String.init).joined(separator: ","),
         CadreField.youthInContact.rawValue: String(youthInContact), CadreField.joinedOn.rawValue: joinedOn ?? ""]
    }
}

enum CadreRules {
    static let maxNameLength = 30

    /// The draft's values as stored, or what is wrong with each field. `cadreId` is the
    /// cadre being edited (its own number is not "taken").
    static func check(_ draft: CadreDraft, cadreId: Int64?, today: String, _ lookup: RosterLookup) -> Result<CheckedCadre, CadreEditError> {
        var problems: [CadreField: FieldProblem] = [:]
        let name = draft.name.trimmed
        if let problem = textProblem(name, required: true, max: maxNameLength) { problems[.name] = problem }
        let phone = MainlandMobile.normalized(draft.phone)
        if draft.phone.trimmed.isEmpty {
            problems[.phone] = .required
        } else if let phone {
            if let holder = lookup.cadresByPhone[phone], holder.id != cadreId {
                problems[.phone] = .phoneTaken(by: holder.cadre.name)
            }
        } else {
            problems[.phone] = .notMobile
        }
        if let township = draft.townshipId {
            if lookup.townshipNames[township] == nil {
                problems[.township] = .unknownTownship
            }
        } else {
            problems[.township] = .required
        }
        if let commune = draft.communeId {
            let home = lookup.communeTownships[commune]
            if home == nil { problems[.commune] = .unknownCommune } else if home != draft.townshipId, draft.townshipId != nil {
                problems[.commune] = .communeElsewhere
            }
        }
        var points: Set<Int64> = []
        for name in CadreDraft.names(draft.contactPoints) where problems[.contactPoints] == nil {
            if let township = draft.townshipId, let id = lookup.contactPoints[township]?[name] { points.insert(id) } else {
                problems[.contactPoints] = .unknownContactPoint(name)
            }
        }
        let youth = count(draft.youthInContact)
        if youth == nil { problems[.youthInContact] = .notCount }
        let joined = draft.joinedOn.trimmed
        if !joined.isEmpty {
            if !CountyTime.isDay(joined) { problems[.joinedOn] = .notDate } else if joined > today { problems[.joinedOn] = .inFuture }
        }
        guard problems.isEmpty, let phone, let township = draft.townshipId, let youth else { return .failure(.invalid(problems)) }
        return .success(CheckedCadre(name: name, phone: phone, role: draft.role, townshipId: township, communeId: draft.communeId,
                                     youthInContact: youth, joinedOn: joined.isEmpty ? nil : joined, contactPointIds: points))
    }

    /// What is wrong with a line of text (or, `multiline`, a text of lines), if anything.
    static func textProblem(_ text: String, required: Bool, max: Int, multiline: Bool = false) -> FieldProblem? {
        if required, text.isEmpty { return .required }
        if text.count > max { return .tooLong(max: max) }
        if text.unicodeScalars.contains(where: { scalar in
            if multiline, scalar == "\n" || scalar == "\t" { return false }
            return scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format && scalar != "\u{200D}"
        }) {
            return .controlCharacters
        }
        return nil
    }

    /// A whole number from 0 to 100000, as typed (blank is 0).
    static func count(_ text: String) -> Int? {
        let trimmed = text.trimmed
        if trimmed.isEmpty { return 0 }
        guard let value = Int(trimmed), (0...100_000).contains(value) else { return nil }
        return value
    }
}

extension RosterStore {
    /// Adds a cadre; returns their id.
    public func addCadre(_ draft: CadreDraft, by account: Operator, at now: Date) throws -> Int64 {
        try StoreError.translating(path: path) {
            try writer.write { db in
                let cadre = try CadreRules.check(draft, cadreId: nil, today: CountyTime.dayString(now), RosterLookup(db)).get()
                guard account.mayEditRoster(townshipId: cadre.townshipId) else { throw CadreEditError.notAllowed }
                return try Self.insert(cadre, active: true, action: "added", by: account, at: now, db)
            }
        }
    }

    /// Saves a cadre's new values, if no one else saved them since `version`. A change of
    /// township is recorded as a move; the contact points named must be the new township's.
    public func updateCadre(id: Int64, version: Int, _ draft: CadreDraft, by account: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let current = try Self.storedCadre(id, db) else { throw CadreEditError.noSuchCadre }
                let cadre = try CadreRules.check(draft, cadreId: id, today: CountyTime.dayString(now), RosterLookup(db)).get()
                guard account.mayEditRoster(townshipId: current.cadre.townshipId), account.mayEditRoster(townshipId: cadre.townshipId)
                else { throw CadreEditError.notAllowed }
                guard current.version == version else { throw try Self.lastChange(of: id, db) }
                try Self.write(cadre, over: current.cadre, id: id, action: nil, by: account, at: now, db)
            }
        }
    }

    /// Marks a cadre as no longer serving (or serving again). History is never deleted.
    public func setCadreActive(id: Int64, _ active: Bool, version: Int, by account: Operator, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let current = try Self.storedCadre(id, db) else { throw CadreEditError.noSuchCadre }
                guard account.mayEditRoster(townshipId: current.cadre.townshipId) else { throw CadreEditError.notAllowed }
                guard current.version == version else { throw try Self.lastChange(of: id, db) }
                guard current.active != active else { return }
                try Self.setActive(id, active, by: account, at: now, db)
            }
        }
    }

    /// A new cadre (who may already have left, in a file), with their first history entry.
    static func insert(_ cadre: CheckedCadre, active: Bool, action: String, by account: Operator?, at now: Date,
                       _ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO cadre (name, name_pinyin, role, township_id, commune_id, phone, youth_in_contact, active, joined_on, left_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [cadre.name, Pinyin.searchKeys(cadre.name), cadre.role.rawValue, cadre.townshipId, cadre.communeId,
                                      cadre.phone, cadre.youthInContact, active, cadre.joinedOn, active ? nil : CountyTime.dayString(now)])
        let id = db.lastInsertedRowID
        if !cadre.contactPointIds.isEmpty { try setContactPoints(id, cadre.contactPointIds, db) }
        try recordCadreEvent(id, action, changes: cadre.recorded.mapValues { ["", $0] }, by: account, at: now, db)
        return id
    }

    /// Marks a cadre as having left today, or as serving again, with a history entry.
    static func setActive(_ id: Int64, _ active: Bool, by account: Operator?, at now: Date, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE cadre SET active = ?, left_on = ?, version = version + 1 WHERE id = ?")
            .execute(arguments: [active, active ? nil : CountyTime.dayString(now), id])
        try recordCadreEvent(id, active ? "reactivated" : "deactivated", changes: [:], by: account, at: now, db)
    }

    /// Writes `cadre` over what is stored when anything differs, with one history entry
    /// ("moved" when the township changes, else `action` or "edited"). Returns whether it wrote.
    @discardableResult
    static func write(_ cadre: CheckedCadre, over stored: CheckedCadre, id: Int64, action: String?, by account: Operator?,
                      at now: Date, _ db: Database) throws -> Bool {
        let before = stored.recorded, after = cadre.recorded
        var changes: [String: [String]] = [:]
        for (field, value) in after where before[field] != value { changes[field] = [before[field] ?? "", value] }
        if cadre.phone != stored.phone, changes[CadreField.phone.rawValue] == nil {
            changes[CadreField.phone.rawValue] = [PhoneMask.mask(stored.phone), PhoneMask.mask(cadre.phone)]
        }
        guard !changes.isEmpty else { return false }
        try db.cachedStatement(sql: """
            UPDATE cadre SET name = ?, name_pinyin = ?, role = ?, township_id = ?, commune_id = ?, phone = ?, youth_in_contact = ?,
              joined_on = ?, version = version + 1 WHERE id = ?
            """).execute(arguments: [cadre.name, Pinyin.searchKeys(cadre.name), cadre.role.rawValue, cadre.townshipId, cadre.communeId,
                             cadre.phone, cadre.youthInContact, cadre.joinedOn, id])
        if cadre.contactPointIds != stored.contactPointIds { try setContactPoints(id, cadre.contactPointIds, db) }
        let moved = cadre.townshipId != stored.townshipId
        try recordCadreEvent(id, moved ? "moved" : action ?? "edited", changes: changes, by: account, at: now, db)
        return true
    }

    /// The contact points a cadre reports to, all of them replaced.
    static func setContactPoints(_ cadreId: Int64, _ points: Set<Int64>, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM cadre_contact_point WHERE cadre_id = ?").execute(arguments: [cadreId])
        let insert = try db.cachedStatement(sql: "INSERT INTO cadre_contact_point (cadre_id, contact_point_id) VALUES (?, ?)")
        for point in points.sorted() { try insert.execute(arguments: [cadreId, point]) }
    }

    static func storedCadre(_ id: Int64, _ db: Database) throws -> (cadre: CheckedCadre, version: Int, active: Bool)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cadre WHERE id = ?", arguments: [id]) else { return nil }
        let points = try Int64.fetchSet(db, sql: "SELECT contact_point_id FROM cadre_contact_point WHERE cadre_id = ?", arguments: [id])
        return (try checkedCadre(row, contactPointIds: points), try row.value("version"), try row.value("active"))
    }

    /// A `cadre` row's values as a check gives them.
    static func checkedCadre(_ row: Row, contactPointIds: Set<Int64>) throws -> CheckedCadre {
        try CheckedCadre(
            name: row.value("name"), phone: row.value("phone") ?? "", role: row.stored("role"),
            townshipId: row.value("township_id"), communeId: row.value("commune_id"), youthInContact: row.value("youth_in_contact"),
            joinedOn: row.value("joined_on"), contactPointIds: contactPointIds)
    }

    static func recordCadreEvent(_ id: Int64, _ action: String, changes: [String: [String]], by account: Operator?, at now: Date,
                                 _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO cadre_event (cadre_id, at, operator_id, action, changes) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, now.unixSeconds, account?.id, action, ChangeRecord.json(changes)])
    }

    private static func lastChange(of id: Int64, _ db: Database) throws -> CadreEditError {
        let row = try Row.fetchOne(db, sql: """
            SELECT o.name, e.at FROM cadre_event e LEFT JOIN operator o ON o.id = e.operator_id
            WHERE e.cadre_id = ? ORDER BY e.id DESC LIMIT 1
            """, arguments: [id])
        return .changedMeanwhile(by: row?[0], at: row?[1] ?? 0)
    }
}

/// A history entry's changes as a JSON object (field → [before, after]), keys in order:
/// written by hand because an import records one per row.
enum ChangeRecord {
    static func json(_ changes: [String: [String]]) -> String {
        "{" + changes.keys.sorted().map { key in
            quoted(key) + ":[" + changes[key]!.map(quoted).joined(separator: ",") + "]"
        }.joined(separator: ",") + "}"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
