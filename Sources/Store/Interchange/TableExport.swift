import Foundation
import GRDB
import LeagueCore

extension TableStore {
    /// Writes `table` as a file Excel and WPS open as it is — CSV (UTF-8 with a byte-order
    /// mark, CRLF, cells that a spreadsheet would take for formulas made inert) or a
    /// workbook — headers in `language`. Phone numbers are masked unless `includePersonal`.
    /// The file is handed to `write` a piece at a time; it reads back with `importTable`.
    /// Activity replies are `activity`'s.
    public func exportTable(_ table: ImportTable, language: Language, includePersonal: Bool, activity: Int64? = nil,
                             format: FileFormat = .csv, write: (Data) throws -> Void) throws {
        let phone = { (text: String?) in text.map { includePersonal ? $0 : PhoneMask.mask($0) } ?? "" }
        let yes = language.word(.yes), no = language.word(.no)
        let sql: String
        var arguments: StatementArguments = []
        let cells: (Row) throws -> [String]
        switch table {
        case .townships:
            sql = "SELECT name, name_en FROM township ORDER BY position"
            cells = { try [$0.value("name"), $0.value("name_en")] }
        case .cadres:
            sql = """
                SELECT c.name, c.phone, c.role, t.name AS township, m.name AS commune, c.youth_in_contact, c.joined_on, c.active,
                  (SELECT group_concat(p.name, '、') FROM (SELECT p.name FROM cadre_contact_point cp
                     JOIN contact_point p ON p.id = cp.contact_point_id WHERE cp.cadre_id = c.id ORDER BY p.name) p) AS points
                FROM cadre c JOIN township t ON t.id = c.township_id LEFT JOIN commune m ON m.id = c.commune_id ORDER BY c.id
                """
            cells = { row in
                try [row.value("name"), phone(row.value("phone")), CadreRole(rawValue: row.value("role"))?.name(language) ?? row.value("role"), row.value("township"),
                 row.value("commune") ?? "", row.value("points") ?? "", String(row.value("youth_in_contact") as Int), row.value("joined_on") ?? "",
                 row.value("active") ? yes : no]
            }
        case .communes:
            sql = "SELECT c.name, t.name AS township, c.address FROM commune c JOIN township t ON t.id = c.township_id ORDER BY c.id"
            cells = { try [$0.value("name"), $0.value("township"), $0.value("address")] }
        case .contactPoints:
            sql = "SELECT t.name AS township, p.name, p.kind FROM contact_point p JOIN township t ON t.id = p.township_id ORDER BY p.id"
            cells = { try [$0.value("township"), $0.value("name"), ContactPointKind(rawValue: $0.value("kind"))?.name(language) ?? $0.value("kind")] }
        case .pairings:
            sql = """
                SELECT p.card_number, c.name AS cadre, c.phone AS cadre_phone, y.name AS young, y.phone AS young_phone, p.kind,
                  p.started_on, p.ended_on
                FROM pairing p JOIN cadre c ON c.id = p.cadre_id JOIN young_person y ON y.id = p.young_person_id ORDER BY p.id
                """
            cells = { row in
                try [row.value("card_number"), row.value("cadre"), phone(row.value("cadre_phone")), row.value("young"), phone(row.value("young_phone")),
                 PairingKind(rawValue: row.value("kind"))?.name(language) ?? row.value("kind"), row.value("started_on"), row.value("ended_on") ?? ""]
            }
        case .diaries:
            sql = """
                SELECT c.phone, d.visit_on, p.name AS point, d.work_log, d.reflections, d.photo_refs, d.submitted_at
                FROM diary d JOIN cadre c ON c.id = d.cadre_id LEFT JOIN contact_point p ON p.id = d.contact_point_id ORDER BY d.id
                """
            cells = { row in
                let photos = (try? JSONSerialization.jsonObject(with: Data((try row.value("photo_refs") as String).utf8))) as? [String] ?? []
                return [phone(try row.value("phone")), try row.value("visit_on"), try row.value("point") ?? "", try row.value("work_log"), try row.value("reflections"),
                        photos.joined(separator: "\n"), CountyTime.instantString(Date(unixSeconds: try row.value("submitted_at")))]
            }
        case .surveyAnswers:
            sql = """
                SELECT s.title, r.id AS response, c.name AS cadre, t.name AS township, h.ref, q.text AS question, q.kind,
                  a.value, a.text, r.answered_at
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
                JOIN survey_question q ON q.id = a.question_id JOIN township t ON t.id = r.township_id
                LEFT JOIN cadre c ON c.id = r.cadre_id LEFT JOIN help_request h ON h.id = r.request_id
                ORDER BY r.id, q.position
                """
            cells = { row in
                let value: Int? = try row.value("value")
                let answer: String = switch QuestionKind(rawValue: try row.value("kind")) {
                case .satisfaction: value.flatMap { Satisfaction.Answer(rawValue: $0)?.name(language) } ?? ""
                case .yesNo: value.map { $0 == 1 ? yes : no } ?? ""
                case .scale: value.map(String.init) ?? ""
                default: try row.value("text") ?? ""
                }
                return try [row.value("title"), String(row.value("response") as Int64), row.value("cadre") ?? "", row.value("township"), row.value("ref") ?? "",
                        row.value("question"), answer, CountyTime.instantString(Date(unixSeconds: row.value("answered_at")))]
            }
        case .diaryComments:
            sql = """
                SELECT c.phone, d.visit_on, p.name AS point, m.author_kind, m.author_name, m.body, m.created_at
                FROM diary_comment m JOIN diary d ON d.id = m.diary_id JOIN cadre c ON c.id = d.cadre_id
                LEFT JOIN contact_point p ON p.id = d.contact_point_id ORDER BY m.id
                """
            let kinds = ["cadre": language.word(.authorCadre), "group": language.word(.authorGroup), "reviewer": language.word(.authorReviewer)]
            cells = { row in
                [phone(try row.value("phone")), try row.value("visit_on"), try row.value("point") ?? "", try kinds[row.value("author_kind")] ?? row.value("author_kind"),
                 try row.value("author_name"), try row.value("body"), CountyTime.instantString(Date(unixSeconds: try row.value("created_at")))]
            }
        case .suggestions:
            sql = """
                SELECT s.content, s.source, t.name AS township, s.received_at, s.answer, s.answered_at
                FROM suggestion s LEFT JOIN township t ON t.id = s.township_id ORDER BY s.id
                """
            let sources: [RequestSource: TableWords] = [.moments: .sourceMoments, .phone: .sourcePhone, .visit: .sourceVisit,
                                                        .commune: .sourceCommune]
            cells = { row in
                let source = RequestSource(rawValue: try row.value("source")).flatMap { sources[$0] }
                return try [row.value("content"), source.map(language.word) ?? row.value("source"), row.value("township") ?? "",
                        CountyTime.instantString(Date(unixSeconds: row.value("received_at"))), row.value("answer") ?? "",
                        (row.value("answered_at") as Int64?).map { CountyTime.instantString(Date(unixSeconds: $0)) } ?? ""]
            }
        case .activityReplies:
            sql = """
                SELECT o.label, r.respondent, r.comment, r.replied_at FROM activity_reply r
                JOIN activity_option o ON o.activity_id = r.activity_id AND o.position = r.position WHERE r.activity_id = ? ORDER BY r.id
                """
            arguments = [activity]
            cells = { try [$0.value("label"), $0.value("respondent"), $0.value("comment"), CountyTime.instantString(Date(unixSeconds: $0.value("replied_at")))] }
        case .serviceDaySignups:
            sql = """
                SELECT p.day, t.name AS township, s.name FROM service_day_signup s JOIN service_day_plan p ON p.id = s.plan_id
                JOIN township t ON t.id = p.township_id ORDER BY p.day, t.position, s.name
                """
            cells = { try [$0.value("day"), $0.value("township"), $0.value("name")] }
        case .youngPeople:
            sql = """
                SELECT y.name, y.gender, y.birth_year, y.phone, t.name AS township, p.name AS point, y.note FROM young_person y
                JOIN township t ON t.id = y.township_id LEFT JOIN contact_point p ON p.id = y.contact_point_id ORDER BY y.id
                """
            let female = language.word(.female), male = language.word(.male)
            cells = { row in
                let gender: String? = try row.value("gender")
                return try [row.value("name"), gender == "f" ? female : gender == "m" ? male : "", (row.value("birth_year") as Int?).map(String.init) ?? "",
                        phone(row.value("phone")), row.value("township"), row.value("point") ?? "", row.value("note")]
            }
        }
        try StoreError.translating(path: path) {
            try writer.read { db in
                _ = try RowFile.write(format, header: table.exportHeader(language), sheetName: table.rawValue, to: write,
                                      rows: try Row.fetchCursor(db, sql: sql, arguments: arguments), cells: cells)
            }
        }
    }
}
