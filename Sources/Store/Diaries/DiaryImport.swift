import Foundation
import GRDB
import LeagueCore
import Workflow

extension TableImporter {
    /// Diaries are matched by cadre, visit day and contact point. A diary not yet taken to
    /// review takes the file's text; a returned one, revised, goes back to the queue; one in
    /// review or reviewed keeps the text it was scored on.
    mutating func diaries(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        let existing = try db.cachedStatement(sql: """
            SELECT id, state, version, work_log, reflections, photo_refs FROM diary
            WHERE cadre_id = ? AND visit_on = ? AND contact_point_id IS ?
            """)
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let (cadre, visit, point) = visit(row, &sheet)
            let workLog = text(row, .workLog, required: true, max: 5000, multiline: true, &sheet)
            let reflections = text(row, .reflections, required: false, max: 5000, multiline: true, &sheet)
            let photos = ImportTable.photoList(row[.photos])
            if let bad = photos.first(where: { CadreRules.textProblem($0, required: false, max: 500) != nil }) {
                sheet.report(row, .photos, .field(CadreRules.textProblem(bad, required: false, max: 500)!))
            }
            let submitted = instant(row, .submittedAt, &sheet) ?? now.unixSeconds
            if let cadre, !account.mayEditRoster(townshipId: cadre.cadre.townshipId) { sheet.report(row, .cadrePhone, .notAllowed) }
            guard sheet.problems.count == problemsBefore, let cadre, let workLog else { continue }
            if let first = Sheet.firstLine(of: "\(cadre.id) \(visit) \(point ?? 0)", at: row.line, in: &seen) {
                sheet.report(row, .startedOn, .duplicate(firstLine: first))
                continue
            }
            let photoJSON = ChangeRecord.list(photos)
            let reflection = reflections ?? ""
            // The photos of its list that were kept, in its order (nil: photos not read).
            let kept = self.photos.map { found in photos.compactMap { name in found[name].map { (name, $0) } } }
            let at = now
            guard let stored = try Row.fetchOne(existing, arguments: [cadre.id, visit, point]) else {
                changes.append(PlannedChange(kind: .add) { db in
                    // Cached: each insert sets off the tallies' triggers, which SQLite compiles with the statement.
                    try db.cachedStatement(sql: """
                        INSERT INTO diary (cadre_id, contact_point_id, visit_on, submitted_at, work_log, reflections, photo_refs, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted')
                        """).execute(arguments: [cadre.id, point, visit, submitted, workLog, reflection, photoJSON])
                    if let kept { try PhotoStore.link(kept, toDiary: db.lastInsertedRowID, at: at, db) }
                })
                continue
            }
            let id: Int64 = try stored.value("id")
            let same = stored["work_log"] == workLog && stored["reflections"] == reflection && stored["photo_refs"] == photoJSON
            let state = DiaryState(rawValue: try stored.value("state")) ?? .submitted
            let open = state == .submitted || state == .returned
            guard same || open else {
                sheet.report(row, .workLog, .field(.alreadyInReview))
                continue
            }
            // Photos that came since (the files put beside the list later) join a diary not
            // yet taken to review; one in review keeps what it is scored on.
            let listedBefore = stored["photo_refs"] != "[]"
            let samePhotos = try kept.map { kept in
                kept.isEmpty && !listedBefore ? true : try kept.map(\.1.sha256) == PhotoStore.linked(toDiary: id, db)
            } ?? true
            let by = account
            changes.append(PlannedChange(kind: same && (samePhotos || !open) ? .none : .update) { db in
                guard !same || (!samePhotos && open) else { return }
                try db.execute(sql: "UPDATE diary SET work_log = ?, reflections = ?, photo_refs = ?, submitted_at = ? WHERE id = ?",
                               arguments: [workLog, reflection, photoJSON, submitted, id])
                if let kept { try PhotoStore.link(kept, toDiary: id, at: at, db) }
                // A revision of a returned diary goes back to the reviewers.
                if state == .returned { try DiaryStore.resubmitDiary(id, by: by, at: at, db) }
            })
        }
        return changes
    }
}

extension TableImporter {
    /// The cadre (by phone), day and contact point a row names, each problem reported.
    func visit(_ row: Sheet.Row, _ sheet: inout Sheet) -> (RosterLookup.StoredCadre?, String, Int64?) {
        let phoneText = row[.cadrePhone] ?? ""
        var cadre: RosterLookup.StoredCadre? = nil
        if let phone = MainlandMobile.normalized(phoneText) {
            cadre = lookup.cadresByPhone[phone]
            if cadre == nil { sheet.report(row, .cadrePhone, .field(.noSuchCadre)) }
        } else {
            sheet.report(row, .cadrePhone, .field(phoneText.isEmpty ? .required : .notMobile))
        }
        let visit = CellText.day(row[.startedOn] ?? "")
        if visit.isEmpty { sheet.report(row, .startedOn, .field(.required)) } else if !CountyTime.isDay(visit) {
            sheet.report(row, .startedOn, .field(.notDate))
        } else if visit > today { sheet.report(row, .startedOn, .field(.inFuture)) }
        var point: Int64? = nil
        if let name = row[.contactPoint], !name.isEmpty, let cadre {
            point = lookup.contactPoints[cadre.cadre.townshipId]?[name]
            if point == nil { sheet.report(row, .contactPoint, .field(.unknownContactPoint(name))) }
        }
        return (cadre, visit, point)
    }
}

extension ChangeRecord {
    /// A JSON list of strings, as `photo_refs` keeps them.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ",") + "]"
    }
}
