import Foundation
import GRDB
import LeagueCore

extension TableImporter {
    /// Finds the activity whose replies the file holds, and its menu.
    mutating func matchActivity(_ id: Int64?, _ sheet: inout Sheet) throws {
        let options = try Row.fetchAll(db, sql: "SELECT position, label FROM activity_option WHERE activity_id = ? ORDER BY position",
                                       arguments: [id]).map { (position: try $0.value("position") as Int, label: try $0.value("label") as String) }
        guard let id, !options.isEmpty else {
            sheet.reportHeader(column: "activity", .field(.noSuchActivity))
            return
        }
        activity = (id, options)
    }

    /// One reply per row: the option chosen (its number, or its words as a form tool writes
    /// them), who if they said, their comment. A reply already on file (the same person,
    /// choice, comment and time) is left as it is; a named person replies once per file.
    mutating func activityReplies(_ sheet: inout Sheet) throws -> [PlannedChange] {
        guard let activity else { return [] }
        var changes: [PlannedChange] = []
        var seen: [String: Int] = [:]
        let existing = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM activity_reply WHERE activity_id = ? AND position = ? AND respondent = ? AND comment = ?
              AND replied_at >= ? AND replied_at < ?)
            """)
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let written = row[.option] ?? ""
            let option = Self.option(written, among: activity.options)
            if option == nil {
                sheet.report(row, .option, .field(written.isEmpty ? .required
                    : .unknownChoice(activity.options.map { "\($0.position) \($0.label)" })))
            }
            let respondent = text(row, .respondent, required: false, max: CadreRules.maxNameLength, &sheet)
            let comment = text(row, .comment, required: false, max: 2000, multiline: true, &sheet)
            let at = instant(row, .submittedAt, &sheet) ?? now.unixSeconds
            guard sheet.problems.count == problemsBefore, let option, let respondent, let comment else { continue }
            if !respondent.isEmpty, let first = Sheet.firstLine(of: respondent, at: row.line, in: &seen) {
                sheet.report(row, .respondent, .duplicate(firstLine: first))
                continue
            }
            if try Bool.fetchOne(existing, arguments: [activity.id, option, respondent, comment, at, at + CellText.precision(row[.submittedAt])]).required() {
                changes.append(PlannedChange(kind: .none) { _ in })
                continue
            }
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: "INSERT INTO activity_reply (activity_id, position, respondent, comment, replied_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [activity.id, option, respondent, comment, at])
            })
        }
        return changes
    }

    /// The option a cell means: its number (3, 3.0, "3."), its label (spaces and case aside),
    /// or the label with the number before it ("3. 4:30 课堂").
    static func option(_ written: String, among options: [(position: Int, label: String)]) -> Int? {
        func plain(_ text: String) -> String { text.lowercased().filter { !" \u{3000}".contains($0) } }
        let cell = plain(written)
        guard !cell.isEmpty else { return nil }
        if let byLabel = options.first(where: { plain($0.label) == cell }) { return byLabel.position }
        let digits = cell.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), options.contains(where: { $0.position == number }) else { return nil }
        let rest = cell.dropFirst(digits.count).drop { ".、.):)".contains($0) }
        let label = options.first { $0.position == number }!.label
        return rest.isEmpty || rest == ".0" || plain(label) == String(rest) ? number : nil
    }
}
