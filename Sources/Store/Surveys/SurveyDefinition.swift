import Foundation
import GRDB
import LeagueCore

/// A survey as staff write it: questions as data, whom it asks, and the period it covers.
public struct SurveyDefinition: Codable, Equatable, Sendable {
    public struct Question: Codable, Equatable, Sendable {
        public var kind: QuestionKind
        public var text: String

        public init(kind: QuestionKind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Whom a periodic survey asks: the young people in contact with the cadres of these
    /// townships (all when empty), and how many were invited, for the response rate.
    public struct Target: Codable, Equatable, Sendable {
        public var townships: [String]
        public var invited: Int?

        public init(townships: [String] = [], invited: Int? = nil) {
            self.townships = townships
            self.invited = invited
        }

        /// `{}` (surveys filed before targets were written down) is everyone, number unknown.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            townships = try container.decodeIfPresent([String].self, forKey: .townships) ?? []
            invited = try container.decodeIfPresent(Int.self, forKey: .invited)
        }
    }

    public var title: String
    public var kind: SurveyKind
    /// 2026H2, 2026, 2026Q4 or 2026-11.
    public var period: String
    public var target: Target
    public var questions: [Question]

    public init(title: String, kind: SurveyKind, period: String, target: Target = Target(), questions: [Question]) {
        self.title = title
        self.kind = kind
        self.period = period
        self.target = target
        self.questions = questions
    }
}

/// A survey on file, for lists.
public struct SurveySummary: Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var kind: SurveyKind
    public var periodStart: String
    public var periodEnd: String
    public var questions: Int
    public var responses: Int
    public var invited: Int?
}

/// Why a survey was not created.
public enum SurveyError: Error, Equatable, Sendable {
    case notAllowed
    case blankTitle
    case badPeriod(String)
    case noQuestions
    case blankQuestion(Int)
    /// A periodic survey needs one satisfaction question to count.
    case noSatisfactionQuestion
    case unknownTownship(String)
    case noSuchSurvey(Int64)
    case noSuchCadre
}

extension SurveyStore {
    /// Files a new survey (admins and desk staff); returns its id.
    @discardableResult
    public func createSurvey(_ definition: SurveyDefinition, by account: Operator, at now: Date) throws -> Int64 {
        guard [.admin, .desk].contains(account.role) else { throw SurveyError.notAllowed }
        guard !definition.title.trimmed.isEmpty else { throw SurveyError.blankTitle }
        guard let period = ReportPeriod(definition.period) else { throw SurveyError.badPeriod(definition.period) }
        guard !definition.questions.isEmpty else { throw SurveyError.noQuestions }
        if let blank = definition.questions.firstIndex(where: { $0.text.trimmed.isEmpty }) { throw SurveyError.blankQuestion(blank + 1) }
        if definition.kind == .periodic, !definition.questions.contains(where: { $0.kind == .satisfaction }) {
            throw SurveyError.noSatisfactionQuestion
        }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                let lookup = try RosterLookup(db)
                var townships: [String] = []
                for name in definition.target.townships {
                    guard let id = lookup.township(named: name), let full = lookup.townshipNames[id] else { throw SurveyError.unknownTownship(name) }
                    townships.append(full)
                }
                var target = definition.target
                target.townships = townships
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                let first = period.days.first
                let last = CountyTime.dayString(Date(unixSeconds: period.instants.upperBound - 86_400))
                try db.execute(sql: "INSERT INTO survey (title, kind, period_start, period_end, target, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [definition.title.trimmed, definition.kind.rawValue, first, last,
                                           String(decoding: try encoder.encode(target), as: UTF8.self), now.unixSeconds])
                let survey = db.lastInsertedRowID
                for (position, question) in definition.questions.enumerated() {
                    try db.execute(sql: "INSERT INTO survey_question (survey_id, position, kind, text) VALUES (?, ?, ?, ?)",
                                   arguments: [survey, position, question.kind.rawValue, question.text.trimmed])
                }
                return survey
            }
        }
    }

    /// Every survey, the newest period first.
    public func surveys() throws -> [SurveySummary] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.*, (SELECT count(*) FROM survey_question WHERE survey_id = s.id) AS questions,
                      (SELECT count(*) FROM survey_response WHERE survey_id = s.id) AS responses
                    FROM survey s ORDER BY s.period_start DESC, s.id DESC
                    """).map { row in
                    let target = try? JSONDecoder().decode(SurveyDefinition.Target.self, from: Data((try row.value("target") as String).utf8))
                    return try SurveySummary(id: row.value("id"), title: row.value("title"), kind: SurveyKind(rawValue: row.value("kind")) ?? .periodic,
                                         periodStart: try row.value("period_start"), periodEnd: row.value("period_end"), questions: row.value("questions"),
                                         responses: try row.value("responses"), invited: target?.invited)
                }
            }
        }
    }
}
