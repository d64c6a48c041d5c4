import Foundation
import GRDB
import LeagueCore

extension TableImporter {
    /// Suggestions collected elsewhere (paper, a form, another office's sheet), with their
    /// answers if given. A suggestion already on file (the same words received at the same
    /// time, to the precision the file writes it) is left as it is, except that an answer
    /// the file adds is recorded.
    mutating func suggestions(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var changes: [PlannedChange] = []
        var seen: [String: Int] = [:]
        let existing = try db.cachedStatement(sql: "SELECT id, answer FROM suggestion WHERE content = ? AND received_at >= ? AND received_at < ?")
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let content = text(row, .content, required: true, max: 2000, multiline: true, &sheet)
            var source = RequestSource.moments
            if let written = row[.source], !written.isEmpty {
                if let found = RequestSource(written: written) { source = found } else {
                    sheet.report(row, .source, .field(.unknownChoice(["朋友圈", "电话", "走访", "青公社"])))
                }
            }
            // A township secretary's suggestions are their township's.
            let townshipId = township(row, required: false, &sheet) ?? account.ownTownship
            let receivedAt = instant(row, .submittedAt, &sheet) ?? now.unixSeconds
            let answer = text(row, .answer, required: false, max: 2000, multiline: true, &sheet).flatMap { $0.isEmpty ? nil : $0 }
            let answeredAt = instant(row, .answeredAt, &sheet) ?? (answer == nil ? nil : now.unixSeconds)
            if let answeredAt, answeredAt < receivedAt { sheet.report(row, .answeredAt, .field(.endsBeforeStart)) }
            if answer == nil, row[.answeredAt]?.isEmpty == false { sheet.report(row, .answer, .field(.required)) }
            guard sheet.problems.count == problemsBefore, let content else { continue }
            if let first = Sheet.firstLine(of: "\(receivedAt) \(content)", at: row.line, in: &seen) {
                sheet.report(row, .content, .duplicate(firstLine: first))
                continue
            }
            let operatorId = account.id
            let within = receivedAt + CellText.precision(row[.submittedAt])
            if let found = try Row.fetchOne(existing, arguments: [content, receivedAt, within]) {
                let id: Int64 = try found.value("id")
                guard let answer, (try found.value("answer") as String?) == nil else {
                    changes.append(PlannedChange(kind: .none) { _ in })
                    continue
                }
                changes.append(PlannedChange(kind: .update) { db in
                    try db.execute(sql: "UPDATE suggestion SET answer = ?, answered_at = ?, answered_by = ? WHERE id = ?",
                                   arguments: [answer, answeredAt, operatorId, id])
                })
                continue
            }
            changes.append(PlannedChange(kind: .add) { db in
                let ref = try Suggestions.nextRef(db, year: CountyTime.year(Date(unixSeconds: receivedAt)))
                // Cached: each insert sets off the township tally's trigger, which SQLite compiles with the statement.
                try db.cachedStatement(sql: """
                    INSERT INTO suggestion (ref, content, source, township_id, received_at, answer, answered_at, answered_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [ref, content, source.rawValue, townshipId, receivedAt, answer, answeredAt, answer == nil ? nil : operatorId])
            })
        }
        return changes
    }
}
