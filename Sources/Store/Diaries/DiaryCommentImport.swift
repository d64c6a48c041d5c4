import Foundation
import GRDB
import LeagueCore

extension TableImporter {
    /// Answers in diaries' threads. A cadre's or a young person's answer goes under the
    /// latest reviewer's comment before it (the feedback it answers), else on the diary.
    /// The same author and words on the same diary are not added twice.
    mutating func diaryComments(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var changes: [PlannedChange] = []
        let diaries = try db.cachedStatement(sql: """
            SELECT id FROM diary WHERE cadre_id = ? AND visit_on = ? AND (?3 IS NULL OR contact_point_id = ?3) ORDER BY id
            """)
        let already = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM diary_comment WHERE diary_id = ? AND author_name = ? AND body = ?)
            """)
        let feedback = try db.cachedStatement(sql: """
            SELECT id FROM diary_comment WHERE diary_id = ? AND author_kind = 'reviewer' AND created_at <= ?
            ORDER BY created_at DESC, id DESC LIMIT 1
            """)
        var seen: [String: Int] = [:]
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let (cadre, visit, point) = visit(row, &sheet)
            let kind: String? = switch (row[.authorKind] ?? "").lowercased() {
            case "团干部", "cadre": "cadre"
            case "青年", "group", "young person": "group"
            case "点评人", "点评", "reviewer": "reviewer"
            default: nil
            }
            if kind == nil { sheet.report(row, .authorKind, .field(.unknownChoice(["团干部", "青年", "点评人"]))) }
            let author = text(row, .author, required: true, max: CadreRules.maxNameLength, &sheet)
            let body = text(row, .body, required: true, max: 2000, multiline: true, &sheet)
            let at = instant(row, .submittedAt, &sheet) ?? now.unixSeconds
            guard sheet.problems.count == problemsBefore, let cadre, let kind, let author, let body else { continue }
            let found = try Int64.fetchAll(diaries, arguments: [cadre.id, visit, point])
            guard found.count == 1, let diary = found.first else {
                sheet.report(row, .startedOn, found.isEmpty ? .field(.noSuchDiary) : .ambiguous)
                continue
            }
            if let first = Sheet.firstLine(of: "\(diary) \(author) \(body)", at: row.line, in: &seen) {
                sheet.report(row, .body, .duplicate(firstLine: first))
                continue
            }
            if try Bool.fetchOne(already, arguments: [diary, author, body]).required() {
                changes.append(PlannedChange(kind: .none) { _ in })
                continue
            }
            let parent = kind == "reviewer" ? nil : try Int64.fetchOne(feedback, arguments: [diary, at])
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: """
                    INSERT INTO diary_comment (diary_id, parent_id, author_kind, author_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [diary, parent, kind, author, body, at])
            })
        }
        return changes
    }
}
