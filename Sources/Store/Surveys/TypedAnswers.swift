import Foundation
import GRDB
import LeagueCore

/// A survey to type answers into from paper: its questions in order.
public struct SurveyForm: Codable, Equatable, Sendable {
    public struct Question: Codable, Equatable, Sendable {
        public var id: Int64
        public var kind: QuestionKind
        public var text: String
    }

    public var id: Int64
    public var title: String
    public var questions: [Question]
}

/// One answer typed in: a choice's value, or words.
public enum TypedAnswer: Codable, Equatable, Sendable {
    case value(Int)
    case text(String)
}

extension SurveyStore {
    /// The periodic survey answers are typed into now: the one whose period holds `now`,
    /// else the latest.
    public func currentSurveyForm(now: Date) throws -> SurveyForm? {
        let today = CountyTime.dayString(now)
        return try StoreError.translating(path: path) {
            try writer.read { db in
                guard let survey = try Row.fetchOne(db, sql: """
                    SELECT id, title FROM survey WHERE kind = 'periodic'
                    ORDER BY (period_start <= ?1 AND period_end >= ?1) DESC, period_start DESC, id DESC LIMIT 1
                    """, arguments: [today]) else { return nil }
                let questions = try Row.fetchAll(db, sql: "SELECT id, kind, text FROM survey_question WHERE survey_id = ? ORDER BY position",
                                                 arguments: [try survey.value("id") as Int64]).map {
                    try SurveyForm.Question(id: $0.value("id"), kind: QuestionKind(rawValue: $0.value("kind")) ?? .text, text: $0.value("text"))
                }
                return try SurveyForm(id: survey.value("id"), title: survey.value("title"), questions: questions)
            }
        }
    }

    /// Records one paper questionnaire about cadre `cadreId`: the answers by question id
    /// (questions left out were not answered).
    public func recordTypedResponse(survey: Int64, cadreId: Int64, answers: [Int64: TypedAnswer], by account: Operator,
                                    at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let township = try Int64.fetchOne(db, sql: "SELECT township_id FROM cadre WHERE id = ?", arguments: [cadreId]) else {
                    throw SurveyError.noSuchCadre
                }
                guard account.mayEditRoster(townshipId: township) else { throw SurveyError.notAllowed }
                try db.execute(sql: """
                    INSERT INTO survey_response (survey_id, cadre_id, township_id, answered_at, source) VALUES (?, ?, ?, ?, 'typed')
                    """, arguments: [survey, cadreId, township, now.unixSeconds])
                let response = db.lastInsertedRowID
                for (question, answer) in answers.sorted(by: { $0.key < $1.key }) {
                    let (value, text): (Int?, String?) = switch answer {
                    case let .value(value): (value, nil)
                    case let .text(text): (nil, text)
                    }
                    try db.execute(sql: "INSERT INTO survey_answer (response_id, question_id, value, text) VALUES (?, ?, ?, ?)",
                                   arguments: [response, question, value, text])
                }
            }
        }
    }
}
