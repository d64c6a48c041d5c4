import Foundation
import GRDB
import LeagueCore

/// Everything about one cadre, for their card in the roster.
public struct CadreCard: Codable, Equatable, Sendable {
    public struct ContactPoint: Codable, Equatable, Sendable {
        public var id: Int64
        public var name: String
        public var kind: ContactPointKind?
    }

    public struct Pairing: Codable, Equatable, Sendable {
        public var cardNumber: String
        public var youngPerson: String
        public var kind: String
        public var startedOn: String
        public var endedOn: String?
    }

    public struct OpenRequest: Codable, Equatable, Sendable {
        public var ref: String
        public var title: String
        public var state: RequestState
        public var overdue: Bool
    }

    public struct Change: Codable, Equatable, Sendable {
        public var at: Int64
        public var actor: String?
        public var action: String
        /// What each changed field was and became, places by name (the event keeps ids).
        public var fields: [FieldChange]
    }

    public struct FieldChange: Codable, Equatable, Sendable {
        public var field: CadreField
        public var before: String
        public var after: String
    }

    public struct LastDiary: Codable, Equatable, Sendable {
        public var visitOn: String
        public var workLog: String
    }

    public struct PeriodShare: Codable, Equatable, Sendable {
        /// The first day of the survey's period.
        public var period: String
        public var share: Satisfaction.Figure
    }

    public var cadre: CadreRow
    public var township: String
    public var communeId: Int64?
    public var joinedOn: String?
    public var leftOn: String?
    public var contactPoints: [ContactPoint]
    public var pairings: [Pairing]
    /// The oldest first, at most ten; `openRequestCount` says how many in all.
    public var openRequests: [OpenRequest]
    public var openRequestCount: Int
    public var lastDiary: LastDiary?
    /// Mean review total of each of the last twelve calendar months, oldest first.
    public var monthlyScores: [Double?]
    /// Periodic survey answers about this cadre, each half-year, oldest first.
    public var satisfaction: [PeriodShare]
    /// Newest first.
    public var history: [Change]
}

extension RosterStore {
    /// The card of cadre `id` at `now`, or nil if there is none.
    public func cadreCard(id: Int64, now: Date) throws -> CadreCard? {
        let today = CountyTime.dayString(now)
        let months = Self.lastMonths(12, endingWith: today)
        return try StoreError.translating(path: path) {
            try writer.read { db in
                guard let base = try Row.fetchOne(db, sql: """
                    SELECT \(CadreRow.selection), t.name AS township_name, c.commune_id, c.joined_on, c.left_on
                    FROM cadre c JOIN township t ON t.id = c.township_id LEFT JOIN commune m ON m.id = c.commune_id
                    WHERE c.id = ?2
                    """, arguments: [CountyTime.dayString(now.addingTimeInterval(-90 * 86400)), id])
                else { return nil }
                let points = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name, p.kind FROM cadre_contact_point cp JOIN contact_point p ON p.id = cp.contact_point_id
                    WHERE cp.cadre_id = ? ORDER BY p.name
                    """, arguments: [id]).map {
                    try CadreCard.ContactPoint(id: $0.value("id"), name: $0.value("name"), kind: ContactPointKind(rawValue: $0.value("kind")))
                }
                let pairings = try Row.fetchAll(db, sql: """
                    SELECT p.card_number, y.name, p.kind, p.started_on, p.ended_on FROM pairing p
                    JOIN young_person y ON y.id = p.young_person_id WHERE p.cadre_id = ?
                    ORDER BY p.ended_on IS NOT NULL, p.started_on DESC
                    """, arguments: [id]).map {
                    CadreCard.Pairing(cardNumber: $0[0], youngPerson: $0[1], kind: $0[2], startedOn: $0[3], endedOn: $0[4])
                }
                let requests = try Row.fetchAll(db, sql: """
                    SELECT ref, title, state, \(RequestSQL.isOverdue(at: now.unixSeconds)) AS overdue FROM help_request
                    WHERE assignee_cadre_id = ? AND \(RequestSQL.isOpen) ORDER BY created_at LIMIT 10
                    """, arguments: [id]).map {
                    try CadreCard.OpenRequest(ref: $0.value("ref"), title: $0.value("title"), state: RequestState(rawValue: $0.value("state")) ?? .published,
                                          overdue: try $0.value("overdue"))
                }
                let diary = try Row.fetchOne(db, sql: """
                    SELECT visit_on, work_log FROM diary WHERE cadre_id = ? ORDER BY visit_on DESC, id DESC LIMIT 1
                    """, arguments: [id])
                let scores = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                    SELECT substr(d.visit_on, 1, 7) AS month, avg(r.total) AS score FROM diary d
                    JOIN diary_review r ON r.diary_id = d.id AND r.state = \(ReviewState.submitted.sql)
                    WHERE d.cadre_id = ? AND d.visit_on >= ? GROUP BY month
                    """, arguments: [id, months[0] + "-01"]).map { (try $0.value("month") as String, try $0.value("score") as Double) })
                let halves = try Row.fetchAll(db, sql: """
                    SELECT s.period_start AS period, count(*) AS n, total(a.value = 2) AS satisfied
                    FROM survey_response r JOIN survey s ON s.id = r.survey_id AND s.kind = 'periodic'
                    JOIN survey_question q ON q.survey_id = s.id AND q.kind = 'satisfaction'
                    JOIN survey_answer a ON a.response_id = r.id AND a.question_id = q.id AND a.value IS NOT NULL
                    WHERE r.cadre_id = ? GROUP BY s.id ORDER BY s.period_start
                    """, arguments: [id]).map {
                    try CadreCard.PeriodShare(period: $0.value("period"), share: Satisfaction.Figure(satisfied: try $0.tallied("satisfied"), answers: $0.value("n")))
                }
                let history = try Row.fetchAll(db, sql: """
                    SELECT e.at, o.name AS actor, e.action, e.changes FROM cadre_event e LEFT JOIN operator o ON o.id = e.operator_id
                    WHERE e.cadre_id = ? ORDER BY e.id DESC
                    """, arguments: [id]).map {
                    try CadreCard.Change(at: $0.value("at"), actor: $0.value("actor"), action: $0.value("action"),
                                         fields: Self.fieldChanges($0.value("changes"), db))
                }
                return CadreCard(
                    cadre: try CadreRow(row: base), township: try base.value("township_name"), communeId: try base.value("commune_id"),
                    joinedOn: try base.value("joined_on"), leftOn: try base.value("left_on"), contactPoints: points, pairings: pairings,
                    openRequests: requests, openRequestCount: try base.value("open_requests"),
                    lastDiary: try diary.map { CadreCard.LastDiary(visitOn: try $0.value("visit_on"), workLog: try $0.value("work_log")) },
                    monthlyScores: months.map { scores[$0] }, satisfaction: halves, history: history)
            }
        }
    }

    /// The `count` calendar months up to the one of `day`, as `YYYY-MM`, oldest first.
    static func lastMonths(_ count: Int, endingWith day: String) -> [String] {
        var year = Int(day.prefix(4)) ?? 2000, month = Int(day.dropFirst(5).prefix(2)) ?? 1
        var months: [String] = []
        for _ in 0..<count {
            months.insert(String(format: "%04d-%02d", year, month), at: 0)
            (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
        }
        return months
    }
}

extension RosterStore {
    /// A cadre event's `changes` (field → [before, after]) in the fields' order, with the
    /// township, commune and contact points it holds by id named.
    static func fieldChanges(_ json: String, _ db: Database) throws -> [CadreCard.FieldChange] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String]] else { return [] }
        func names(_ table: String, _ ids: String) throws -> String {
            let list = ids.split(separator: ",").compactMap { Int64($0) }
            guard !list.isEmpty else { return "" }
            return try String.fetchAll(db, sql: "SELECT name FROM \(table) WHERE id IN (\(list.map(String.init).joined(separator: ","))) ORDER BY name")
                .joined(separator: "、")
        }
        return try CadreField.allCases.compactMap { field in
            guard let pair = object[field.rawValue], pair.count == 2 else { return nil }
            let named = { (value: String) throws -> String in
                switch field {
                case .township: try names("township", value)
                case .commune: try names("commune", value)
                case .contactPoints: try names("contact_point", value)
                default: value
                }
            }
            return CadreCard.FieldChange(field: field, before: try named(pair[0]), after: try named(pair[1]))
        }
    }
}
