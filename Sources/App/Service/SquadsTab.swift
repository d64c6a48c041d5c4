import Foundation
import LeagueCore
import Store
import TerminalKit

/// Help squads (帮帮团) and their plans filed with the county.
enum SquadsTab {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        let count = state.service.squads.count, visible = ServicePane.rowCount(state)
        if let moved = ListMoves.selection(after: command, from: state.service.selectedSquad, count: count, visible: visible) {
            state.service.selectedSquad = moved
            state.service.squadTop = ListMoves.top(state.service.squadTop, selected: moved, visible: visible)
            return []
        }
        guard state.service.squads.indices.contains(state.service.selectedSquad) else { return [] }
        let squad = state.service.squads[state.service.selectedSquad]
        switch command {
        case .submitPlan: return [.actOnSquad(squad.id, version: squad.version, action: "submit", reason: "", by: state.account)]
        case .filePlan: return [.actOnSquad(squad.id, version: squad.version, action: "file", reason: "", by: state.account)]
        case .returnPlan: state.overlay = .prompt(PromptState(kind: .squadReturnReason(squad.id, squad.version), editor: LineEditor()))
        case .revisePlan:
            guard squad.planState == .draft || squad.planState == .returned else {
                state.flash = state.catalog[.planLocked]
                return []
            }
            // The plan as it stands, to change rather than retype.
            state.overlay = .prompt(PromptState(kind: .squadPlan(squad.id, squad.version), editor: LineEditor(SafeText.line(squad.plan))))
        default: break
        }
        return []
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect body: Rect) {
        let c = state.catalog
        let columns = [TableColumn(c[.columnSquad], width: 20), TableColumn(c[.columnTownship], width: 10),
                       TableColumn(c[.columnLeader], width: 8), TableColumn(c[.columnMembers], width: 6, alignRight: true),
                       TableColumn(c[.columnPlan], width: nil)]
        let top = state.service.squadTop
        let squads = Array(state.service.squads.dropFirst(top).prefix(max(0, body.height - 1)))
        Table.draw(into: &canvas, rect: body, columns: columns, rows: squads.map { squad in
            [SafeText.line(squad.name), squad.township.map(SafeText.line) ?? "-", squad.leader.map(SafeText.line) ?? "-",
             String(squad.members.count), state.labels.squadPlan(squad.planState)
                + (squad.returnedBecause.map { ":\(SafeText.line($0))" } ?? "")]
        }, roles: squads.map { $0.planState == .returned ? .overdue : $0.planState == .filed ? .muted : .normal },
        selected: squads.isEmpty ? nil : state.service.selectedSquad - top)
    }

    static func statusLeft(_ state: AppState) -> String {
        guard state.service.squads.indices.contains(state.service.selectedSquad) else { return "" }
        let squad = state.service.squads[state.service.selectedSquad]
        return "\(SafeText.line(squad.project)) · \(SafeText.line(squad.plan))"
    }
}
