import Foundation
import GRDB
import LeagueCore

/// A survey as its answers are read: its kind and its questions, with the header of each
/// question's column when the file has one per question.
struct ImportedSurvey {
    struct Question {
        let id: Int64
        let kind: QuestionKind
        let text: String
        var header: String?
    }

    let id: Int64
    let kind: SurveyKind
    var questions: [Question]

    /// The question a line names, by its words (numbering and marks aside).
    func question(named text: String) -> Question? {
        let wanted = TableImporter.questionText(text)
        return questions.first { TableImporter.questionText($0.text) == wanted }
    }
}

extension TableImporter {
    /// Finds the survey and the column of each of its questions: a header is a question's
    /// when it is the question's text, numbering (1、 Q1. 第1题) and marks aside, or contains it.
    /// Every question but free text must have its column. A file with a line per answer
    /// (question and answer columns, as the export writes) names its surveys itself.
    mutating func matchQuestions(survey id: Int64?, _ sheet: inout Sheet) throws {
        if sheet.has(.question), sheet.has(.answer) {
            guard sheet.has(.survey) || id != nil else {
                sheet.reportHeader(column: "survey", .field(.noSuchSurvey))
                return
            }
            surveys = try Row.fetchAll(db, sql: "SELECT id, title FROM survey").reduce(into: [:]) { found, row in
                if let survey = try Self.survey(row["id"], db) { found[row["title"]] = survey }
            }
            survey = try id.flatMap { try Self.survey($0, db) }
            return
        }
        guard let id, var found = try Self.survey(id, db) else {
            sheet.reportHeader(column: "survey", .field(.noSuchSurvey))
            return
        }
        let headers = sheet.extraHeaders.map { ($0, Self.questionText($0)) }
        for index in found.questions.indices {
            let wanted = Self.questionText(found.questions[index].text)
            found.questions[index].header = headers.first { $0.1 == wanted }?.0
                ?? headers.first { !$0.1.isEmpty && ($0.1.contains(wanted) || wanted.contains($0.1)) }?.0
        }
        for question in found.questions where question.header == nil && question.kind != .text {
            sheet.reportHeader(column: question.text, .missingColumn)
        }
        survey = found
    }

    private static func survey(_ id: Int64, _ db: Database) throws -> ImportedSurvey? {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind FROM survey WHERE id = ?", arguments: [id]) else { return nil }
        let questions = try Row.fetchAll(db, sql: "SELECT id, kind, text FROM survey_question WHERE survey_id = ? ORDER BY position",
                                         arguments: [id]).map { row in
            ImportedSurvey.Question(id: try row.value("id"), kind: QuestionKind(rawValue: try row.value("kind")) ?? .text, text: try row.value("text"))
        }
        return ImportedSurvey(id: id, kind: SurveyKind(rawValue: try row.value("kind")) ?? .periodic, questions: questions)
    }

    /// A question's words without numbering, marks, spaces or final punctuation.
    static func questionText(_ text: String) -> String {
        var rest = Substring(text.trimmed)
        for prefix in ["第", "Q", "q"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        rest = rest.drop { $0.isNumber }
        for prefix in ["题", "、", ".", ".", ":", ":", ")", ")"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        return String(rest).filter { !" \u{3000}*?？:：".contains($0) }.lowercased()
    }

    /// One response per row, an answer per question column; or, in a file with a line per
    /// answer, one response per survey and response number. The cadre rated (by phone, or
    /// by name within the township) or the request followed up, and the time, come from the
    /// response's first line. A response already on file (the same respondent number, or the
    /// same cadre or request at the same time, to the precision the file writes it) is left
    /// as it is.
    mutating func surveyAnswers(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var responses = try Responses(db: db)
        if sheet.has(.question) {
            var order: [String] = [], lines: [String: [Sheet.Row]] = [:]
            for row in sheet.rows {
                let key = (row[.survey] ?? "") + "\u{1F}" + (row[.respondent] ?? "line \(row.line)")
                if lines[key] == nil { order.append(key) }
                lines[key, default: []].append(row)
            }
            for key in order {
                guard let rows = lines[key], let first = rows.first else { continue }
                guard let survey = first[.survey].flatMap({ $0.isEmpty ? nil : surveys[$0] }) ?? (sheet.has(.survey) ? nil : survey) else {
                    sheet.report(first, .survey, .field(.noSuchSurvey))
                    continue
                }
                let problemsBefore = sheet.problems.count
                var answers: [(Int64, Int?, String?)] = []
                for row in rows {
                    guard let question = survey.question(named: row[.question] ?? "") else {
                        sheet.report(row, .question, .field(.unknownChoice(survey.questions.map(\.text))))
                        continue
                    }
                    if let answer = answer(row[.answer] ?? "", to: question, row, header: sheet.header(.answer), &sheet) { answers.append(answer) }
                }
                try responses.plan(first, survey, answers, problemsBefore: problemsBefore, &self, &sheet)
            }
        } else if let survey {
            for row in sheet.rows {
                let problemsBefore = sheet.problems.count
                var answers: [(Int64, Int?, String?)] = []
                for question in survey.questions {
                    guard let header = question.header, let cell = row.extra[header], !cell.isEmpty else { continue }
                    if let answer = answer(cell, to: question, row, header: header, &sheet) { answers.append(answer) }
                }
                try responses.plan(row, survey, answers, problemsBefore: problemsBefore, &self, &sheet)
            }
        }
        return responses.changes
    }

    /// A cell's answer to `question` as stored (a value, or a text), or nil with the problem
    /// reported under `header`. An empty cell is no answer.
    private func answer(_ cell: String, to question: ImportedSurvey.Question, _ row: Sheet.Row, header: String,
                        _ sheet: inout Sheet) -> (Int64, Int?, String?)? {
        guard !cell.isEmpty else { return nil }
        switch question.kind {
        case .satisfaction:
            if let value = Self.satisfactionValue(cell) { return (question.id, value, nil) }
            sheet.report(row, header: header, .field(.unknownChoice(Satisfaction.Answer.allCases.reversed().map { $0.name(.zh) })))
        case .scale:
            if let value = Int(cell), (1...5).contains(value) { return (question.id, value, nil) }
            sheet.report(row, header: header, .field(.unknownChoice(["1", "2", "3", "4", "5"])))
        case .yesNo:
            if let value = CellText.yesNo(cell) { return (question.id, value ? 1 : 0, nil) }
            sheet.report(row, header: header, .field(.unknownChoice(["是", "否"])))
        case .text:
            if let problem = CadreRules.textProblem(cell, required: false, max: 2000, multiline: true) {
                sheet.report(row, header: header, .field(problem))
            } else {
                return (question.id, nil, cell)
            }
        }
        return nil
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

/// The responses a survey-answers file adds, planned one at a time.
private struct Responses {
    let byName: Statement
    let existing: Statement
    var changes: [PlannedChange] = []
    var seen: [String: Int] = [:]

    init(db: Database) throws {
        byName = try db.cachedStatement(sql: "SELECT id, township_id FROM cadre WHERE name = ? AND (?2 IS NULL OR township_id = ?2)")
        existing = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM survey_response WHERE survey_id = ? AND (source = ?
              OR (cadre_id IS ? AND request_id IS ? AND answered_at >= ? AND answered_at < ?)))
            """)
    }

    /// Who the response on `row` is about and when, and the change it makes with `answers`;
    /// nothing when the row or its answers had problems (reported since `problemsBefore`).
    mutating func plan(_ row: Sheet.Row, _ survey: ImportedSurvey, _ answers: [(Int64, Int?, String?)], problemsBefore: Int,
                       _ importer: inout TableImporter, _ sheet: inout Sheet) throws {
        var cadre: (id: Int64, township: Int64)? = nil
        var request: (id: Int64, township: Int64, cadre: Int64?)? = nil
        let lookup = importer.lookup, db = importer.db
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
        let at = importer.instant(row, .submittedAt, &sheet) ?? importer.now.unixSeconds
        guard sheet.problems.count == problemsBefore, cadre != nil || request != nil else { return }
        let respondent = row[.respondent].flatMap { $0.isEmpty ? nil : "import:\($0)" }
        let cadreId = cadre?.id ?? request?.cadre, requestId = request?.id
        let key = "\(survey.id) " + (respondent ?? "\(cadreId ?? 0) \(requestId ?? 0) \(at)")
        if let first = Sheet.firstLine(of: key, at: row.line, in: &seen) {
            sheet.report(row, respondent == nil ? .submittedAt : .respondent, .duplicate(firstLine: first))
            return
        }
        let within = at + CellText.precision(row[.submittedAt])
        if try Bool.fetchOne(existing, arguments: [survey.id, respondent ?? "", cadreId, requestId, at, within]).required() {
            changes.append(PlannedChange(kind: .none) { _ in })
            return
        }
        let township = cadre?.township ?? request!.township
        let source = respondent ?? "import", surveyId = survey.id
        // Cached: each insert sets off the tallies' triggers, which SQLite compiles with the statement.
        changes.append(PlannedChange(kind: .add) { db in
            try db.cachedStatement(sql: """
                INSERT INTO survey_response (survey_id, cadre_id, request_id, township_id, answered_at, source) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [surveyId, cadreId, requestId, township, at, source])
            let response = db.lastInsertedRowID
            for (question, value, text) in answers {
                try db.cachedStatement(sql: "INSERT INTO survey_answer (response_id, question_id, value, text) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [response, question, value, text])
            }
        })
    }
}
