import Foundation
import GRDB
import LeagueCore

extension TableImporter {
    /// Volunteers signed up for a township's plan for a day, as a sign-up sheet lists them.
    /// Someone already signed up is left as they are; the same name twice in the file for
    /// the same plan is reported.
    mutating func serviceDaySignups(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var changes: [PlannedChange] = []
        var seen: [String: Int] = [:]
        let plans = try db.cachedStatement(sql: "SELECT id FROM service_day_plan WHERE day = ? AND township_id = ?")
        let already = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM service_day_signup WHERE plan_id = ? AND name = ?)")
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let day = CellText.day(row[.startedOn] ?? "")
            if day.isEmpty { sheet.report(row, .startedOn, .field(.required)) } else if !CountyTime.isDay(day) { sheet.report(row, .startedOn, .field(.notDate)) }
            let townshipId = township(row, &sheet)
            let name = text(row, .name, required: true, max: CadreRules.maxNameLength, &sheet)
            guard sheet.problems.count == problemsBefore, let townshipId, let name else { continue }
            guard let plan = try Int64.fetchOne(plans, arguments: [day, townshipId]) else {
                sheet.report(row, .startedOn, .field(.noPlanThatDay))
                continue
            }
            if let first = Sheet.firstLine(of: "\(plan) \(name)", at: row.line, in: &seen) {
                sheet.report(row, .name, .duplicate(firstLine: first))
                continue
            }
            if try Bool.fetchOne(already, arguments: [plan, name]).required() {
                changes.append(PlannedChange(kind: .none) { _ in })
                continue
            }
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: "INSERT INTO service_day_signup (plan_id, name) VALUES (?, ?)", arguments: [plan, name])
            })
        }
        return changes
    }
}
