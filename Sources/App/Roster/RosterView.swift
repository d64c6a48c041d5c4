import Foundation
import LeagueCore
import Store
import TerminalKit

/// The township table and the cadre lists.
enum RosterView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        switch state.roster.level {
        case .townships: drawTownships(state, into: &canvas, rect: rect)
        case .cadres: drawCadres(state, into: &canvas, rect: rect)
        case .card:
            if let card = state.roster.card { CadreCardView.draw(card, state, into: &canvas, rect: rect) }
        }
    }

    // MARK: - Townships

    static func townshipColumns(_ state: AppState) -> [TableColumn] {
        let c = state.catalog, zh = state.language == .zh
        return [
            TableColumn(c[.columnTownship], width: 10),
            TableColumn(c[.columnCadres], width: 6, alignRight: true),
            TableColumn(c[.columnCommunes], width: zh ? 4 : 8, alignRight: true),
            TableColumn(c[.columnYouth], width: zh ? 8 : 10, alignRight: true),
            TableColumn(c[.columnOpen], width: zh ? 6 : 5, alignRight: true),
            TableColumn(c[.columnOverdue], width: zh ? 4 : 7, alignRight: true),
            TableColumn(c[.columnDiaries], width: zh ? 8 : 7, alignRight: true),
            TableColumn(c[.columnScore], width: 5, alignRight: true),
            TableColumn(c[.columnSatisfaction], width: zh ? 6 : 7, alignRight: true),
            TableColumn(c[.columnAnswers], width: 4, alignRight: true),
        ]
    }

    static func townshipCells(_ t: TownshipSummary, _ state: AppState) -> [String] {
        [t.name(state.language), String(t.activeCadres), String(t.communes), String(t.youthInContact),
         String(t.openRequests), String(t.overdueRequests), String(t.diariesThisMonth), score(t.meanScore),
         percent(t.satisfaction.shown ? t.satisfaction.rate : nil), String(t.satisfaction.answers)]
    }

    /// The county's line under the townships: sums, and the means of all answers.
    static func countyCells(_ townships: [TownshipSummary], _ state: AppState) -> [String] {
        func sum(_ value: (TownshipSummary) -> Int) -> String { String(townships.map(value).reduce(0, +)) }
        let scored = townships.compactMap { t in t.meanScore.map { ($0, t.diariesThisMonth) } }
        let weight = scored.map(\.1).reduce(0, +)
        let mean = weight > 0 ? scored.map { $0.0 * Double($0.1) }.reduce(0, +) / Double(weight) : nil
        let share = Satisfaction.Figure(satisfied: townships.map(\.satisfaction.satisfied).reduce(0, +),
                                      answers: townships.map(\.satisfaction.answers).reduce(0, +))
        return [state.catalog[.county], sum(\.activeCadres), sum(\.communes), sum(\.youthInContact), sum(\.openRequests),
                sum(\.overdueRequests), sum(\.diariesThisMonth), score(mean), percent(share.shown ? share.rate : nil), String(share.answers)]
    }

    static func score(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
    static func percent(_ value: Double?) -> String { value.map { String(format: "%.0f%%", $0 * 100) } ?? "-" }

    private static func drawTownships(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let roster = state.roster
        guard roster.townshipsLoaded else {
            canvas.put(state.catalog[.loading], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
            return
        }
        guard !roster.townships.isEmpty else {
            canvas.put(state.catalog[.noTownships], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
            return
        }
        let rows = roster.townships.map { townshipCells($0, state) }
        let table = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, rows.count + 1))
        Table.draw(into: &canvas, rect: table, columns: townshipColumns(state), rows: rows,
                   roles: roster.townships.map { $0.overdueRequests > 0 ? .overdue : .normal }, selected: roster.selectedTownship)
        if rect.height > rows.count + 1 {
            Table.drawLine(into: &canvas, rect: Rect(x: rect.x, y: table.maxY, width: rect.width, height: 1),
                           columns: townshipColumns(state), fields: countyCells(roster.townships, state), role: .header)
        }
        if rect.height > rows.count + 3 {
            canvas.put(state.catalog[.townshipNote], x: rect.x + 1, y: table.maxY + 2, width: rect.width - 2, role: .muted)
        }
    }

    // MARK: - Cadres

    static func cadreColumns(_ state: AppState) -> [TableColumn] {
        let c = state.catalog, zh = state.language == .zh
        var columns = [TableColumn(c[.columnName], width: 10), TableColumn(c[.columnRole], width: zh ? 6 : 13)]
        if state.roster.query.townshipId == nil { columns.append(TableColumn(c[.columnTownship], width: 10)) }
        columns += [
            TableColumn(c[.columnCommune], width: nil),
            TableColumn(c[.columnPhone], width: 11),
            TableColumn(c[.columnYouth], width: zh ? 8 : 10, alignRight: true),
            TableColumn(c[.columnOpen], width: zh ? 6 : 5, alignRight: true),
            TableColumn(c[.columnLastDiary], width: 10),
            TableColumn(c[.columnScore], width: 5, alignRight: true),
        ]
        return columns
    }

    static func cadreCells(_ cadre: CadreRow, _ state: AppState) -> [String] {
        let name = SafeText.line(cadre.name) + (cadre.active ? "" : state.catalog[.inactiveMark])
        var cells = [name, cadre.role.name(state.language)]
        if state.roster.query.townshipId == nil { cells.append(state.labels.township(state.vocabulary.township(cadre.townshipId))) }
        cells += [
            cadre.commune.map(SafeText.line) ?? "", cadre.phone.map(PhoneMask.mask) ?? "", String(cadre.youthInContact),
            String(cadre.openRequests), cadre.lastDiaryOn ?? state.catalog[.never], score(cadre.recentScore),
        ]
        return cells
    }

    private static func drawCadres(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let roster = state.roster
        let visible = Array(roster.cadres.dropFirst(roster.top).prefix(max(0, rect.height - 1)))
        Table.draw(into: &canvas, rect: rect, columns: cadreColumns(state), rows: visible.map { cadreCells($0, state) },
                   roles: visible.map { $0.active ? .normal : .muted },
                   selected: roster.cadres.isEmpty ? nil : roster.selectedCadre - roster.top)
        if roster.cadres.isEmpty {
            let c = state.catalog
            let message = !roster.cadresLoaded ? c[.loading] : roster.query.search.isEmpty ? c[.noCadres] : c[.noCadreFound]
            canvas.put(message, x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
        }
    }

    // MARK: - Status line

    static func statusLeft(_ state: AppState) -> String {
        let c = state.catalog, roster = state.roster
        var parts: [String] = []
        let township = roster.query.townshipId.map { state.labels.township(state.vocabulary.township($0)) } ?? c[.allTownships]
        switch roster.level {
        case .townships: return c.format(.rosterTownships, roster.townships.count)
        case .cadres, .card:
            parts.append(township)
            if !roster.query.search.isEmpty { parts.append(c.format(.filterSearch, SafeText.line(roster.query.search))) }
            parts.append(c[sortPhrase(roster.query.sort)])
            if roster.query.includeInactive { parts.append(c[.withInactive]) }
        }
        if roster.level == .card, let name = roster.card?.card?.cadre.name { parts.append(SafeText.line(name)) }
        return parts.joined(separator: " · ")
    }

    static func statusRight(_ state: AppState) -> String {
        let roster = state.roster
        switch roster.level {
        case .townships:
            let townships = roster.townships
            return state.catalog.format(.townshipCount, townships.map(\.activeCadres).reduce(0, +),
                                        townships.map(\.openRequests).reduce(0, +), townships.map(\.overdueRequests).reduce(0, +))
        case .cadres, .card: return state.catalog.format(.cadreCount, roster.cadres.count)
        }
    }

    static func sortPhrase(_ sort: CadreSort) -> Phrase {
        switch sort {
        case .name: .sortByName
        case .openLoad: .sortByLoad
        case .lastDiary: .sortByLastDiary
        case .score: .sortByScore
        }
    }
}
