import Foundation
import GRDB
import LeagueCore

extension TableImporter {
    /// Finds the survey and the column of each of its questions: a header is a question's
    /// when it is the question's text, numbering (1、 Q1. 第1题) and marks aside, or contains it.
    /// Every question but free text must have its column.
    mutating func matchQuestions(survey id: Int64?, _ sheet: inout Sheet) throws {
        guard let id, let row = try Row.fetchOne(db, sql: "SELECT kind FROM survey WHERE id = ?", arguments: [id]) else {
            sheet.reportHeader(column: "survey", .field(.noSuchSurvey))
            return
        }
        let headers = sheet.extraHeaders.map { ($0, Self.questionText($0)) }
        let questions = try Row.fetchAll(db, sql: "SELECT id, kind, text FROM survey_question WHERE survey_id = ? ORDER BY position",
                                         arguments: [id]).map { row -> (id: Int64, kind: QuestionKind, text: String, header: String?) in
            let text: String = try row.value("text")
            let wanted = Self.questionText(text)
            let header = headers.first { $0.1 == wanted }?.0 ?? headers.first { !$0.1.isEmpty && ($0.1.contains(wanted) || wanted.contains($0.1)) }?.0
            return (try row.value("id"), QuestionKind(rawValue: try row.value("kind")) ?? .text, text, header)
        }
        for question in questions where question.header == nil && question.kind != .text {
            sheet.reportHeader(column: question.text, .missingColumn)
        }
        survey = (id, SurveyKind(rawValue: try row.value("kind")) ?? .periodic, questions)
    }

    /// A question's words without numbering, marks, spaces or final punctuation.
    static func questionText(_ text: String) -> String {
        var rest = Substring(text.trimmed)
        for prefix in ["第", "Q", "q"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        rest = rest.drop { $0.isNumber }
        for prefix in ["题", "、", ".", ".", ":", ":", ")", ")"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        return String(rest).filter { !" \u{3000}*?？:：".contains($0) }.lowercased()
    }

    /// One response per row: the cadre rated (by phone, or by name within the township) or
    /// the request followed up, the time, and an answer per question. A row already on file
    /// (the same respondent number, or the same cadre or request at the same time) is left as it is.
    mutating func surveyAnswers(_ sheet: inout Sheet) throws -> [PlannedChange] {
        guard let survey else { return [] }
        var changes: [PlannedChange] = []
        var seen: [String: Int] = [:]
        let byName = try db.cachedStatement(sql: "SELECT id, township_id FROM cadre WHERE name = ? AND (?2 IS NULL OR township_id = ?2)")
        let existing = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM survey_response WHERE survey_id = ? AND (source = ?
              OR (cadre_id IS ? AND request_id IS ? AND answered_at = ?)))
            """)
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            var cadre: (id: Int64, township: Int64)? = nil
            var request: (id: Int64, township: Int64, cadre: Int64?)? = nil
            if let ref = row[.requestRef], !ref.isEmpty {
                if let found = try Row.fetchOne(db, sql: "SELECT id, township_id, assignee_cadre_id FROM help_request WHERE ref = ?",
                                                arguments: [ref.uppercased()]) {
                    request = (try found.value("id"), try found.value("township_id"), try found.value("assignee_cadre_id"))
                } else {
                    sheet.report(row, .requestRef, .field(.noSuchRequest))
                }
            } else if let phone = row[.cadrePhone], !phone.isEmpty {
                if let number = MainlandMobile.normalized(phone), let found = lookup.cadresByPhone[number] {
                    cadre = (found.id, found.cadre.townshipId)
                } else {
                    sheet.report(row, .cadrePhone, .field(MainlandMobile.normalized(phone) == nil ? .notMobile : .noSuchCadre))
                }
            } else if let name = row[.cadreName], !name.isEmpty {
                let township = row[.township].flatMap { $0.isEmpty ? nil : lookup.township(named: $0) }
                if let written = row[.township], !written.isEmpty, township == nil { sheet.report(row, .township, .field(.unknownTownship)) }
                let found = try Row.fetchAll(byName, arguments: [name, township])
                if found.count == 1 { cadre = (found[0]["id"], found[0]["township_id"]) } else {
                    sheet.report(row, .cadreName, found.isEmpty ? .field(.noSuchCadre) : .ambiguous)
                }
            } else {
                sheet.report(row, survey.kind == .followUp ? .requestRef : .cadrePhone, .field(.required))
            }
            let at = instant(row, .submittedAt, &sheet) ?? now.unixSeconds
            var answers: [(Int64, Int?, String?)] = []
            for question in survey.questions {
                guard let header = question.header else { continue }
                let cell = row.extra[header] ?? ""
                if cell.isEmpty { continue }
                switch question.kind {
                case .satisfaction:
                    if let value = Self.satisfactionValue(cell) { answers.append((question.id, value, nil)) } else {
                        sheet.report(row, header: header, .field(.unknownChoice(Satisfaction.Answer.allCases.reversed().map { $0.name(.zh) })))
                    }
                case .scale:
                    if let value = Int(cell), (1...5).contains(value) { answers.append((question.id, value, nil)) } else {
                        sheet.report(row, header: header, .field(.unknownChoice(["1", "2", "3", "4", "5"])))
                    }
                case .yesNo:
                    if let value = CellText.yesNo(cell) { answers.append((question.id, value ? 1 : 0, nil)) } else {
                        sheet.report(row, header: header, .field(.unknownChoice(["是", "否"])))
                    }
                case .text:
                    if let problem = CadreRules.textProblem(cell, required: false, max: 2000, multiline: true) {
                        sheet.report(row, header: header, .field(problem))
                    } else {
                        answers.append((question.id, nil, cell))
                    }
                }
            }
            guard sheet.problems.count == problemsBefore, cadre != nil || request != nil else { continue }
            let respondent = row[.respondent].flatMap { $0.isEmpty ? nil : "import:\($0)" }
            let cadreId = cadre?.id ?? request?.cadre, requestId = request?.id
            let key = respondent ?? "\(cadreId ?? 0) \(requestId ?? 0) \(at)"
            if let first = Sheet.firstLine(of: key, at: row.line, in: &seen) {
                sheet.report(row, respondent == nil ? .submittedAt : .respondent, .duplicate(firstLine: first))
                continue
            }
            if try Bool.fetchOne(existing, arguments: [survey.id, respondent ?? "", cadreId, requestId, at]).required() {
                changes.append(PlannedChange(kind: .none) { _ in })
                continue
            }
            let township = cadre?.township ?? request!.township
            let source = respondent ?? "import"
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: """
                    INSERT INTO survey_response (survey_id, cadre_id, request_id, township_id, answered_at, source) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [survey.id, cadreId, requestId, township, at, source])
                let response = db.lastInsertedRowID
                for (question, value, text) in answers {
                    try db.execute(sql: "INSERT INTO survey_answer (response_id, question_id, value, text) VALUES (?, ?, ?, ?)",
                                   arguments: [response, question, value, text])
                }
            })
        }
        return changes
    }

    /// 满意 2, 基本满意 1, 不满意 0, as online forms word them.
    static func satisfactionValue(_ text: String) -> Int? {
        switch text.lowercased().filter({ !$0.isWhitespace }) {
        case "满意", "非常满意", "satisfied", "verysatisfied": Satisfaction.Answer.satisfied.rawValue
        case "基本满意", "比较满意", "一般", "basicallysatisfied", "fairlysatisfied": Satisfaction.Answer.basicallySatisfied.rawValue
        case "不满意", "很不满意", "非常不满意", "dissatisfied", "notsatisfied": Satisfaction.Answer.dissatisfied.rawValue
        default: nil
        }
    }
}
