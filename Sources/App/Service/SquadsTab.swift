import Foundation
import LeagueCore
import Store
import TerminalKit

/// Help squads (帮帮团) and their plans filed with the county.
enum SquadsTab {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        let visible = ServicePane.rowCount(state)
        if ListMoves.apply(command, selected: &state.panes.service.selectedSquad, top: &state.panes.service.squadTop,
                           count: state.service.squads.count, visible: visible) { return [] }
        if command == .formSquad {
            let project = state.service.squads.indices.contains(state.service.selectedSquad)
                ? state.service.squads[state.service.selectedSquad].project : nil
            state.overlay = .prompt(PromptState(kind: .service(.newSquad(project: project)), editor: LineEditor()))
            return []
        }
        guard state.service.squads.indices.contains(state.service.selectedSquad) else { return [] }
        let squad = state.service.squads[state.service.selectedSquad]
        switch command {
        case .submitPlan: return [.service(.actOnSquad(squad.id, version: squad.version, action: .submit, reason: ""))]
        case .filePlan: return [.service(.actOnSquad(squad.id, version: squad.version, action: .file, reason: ""))]
        case .returnPlan: state.overlay = .prompt(PromptState(kind: .service(.squadReturnReason(squad.id, squad.version)), editor: LineEditor()))
        case .revisePlan:
            guard squad.planState == .draft || squad.planState == .returned else {
                state.flash = state.catalog[.planLocked]
                return []
            }
            // The plan as it stands, to change rather than retype.
            state.overlay = .prompt(PromptState(kind: .service(.squadPlan(squad.id, squad.version)), editor: LineEditor(SafeText.line(squad.plan))))
        default: break
        }
        return []
    }

    /// A new squad typed as "队名 13800000000 小李 小王": its name (the words before the
    /// leader's phone, the first word without one), the leader by the phone the roster has,
    /// members apart by spaces — or by 、 and commas when any is written, as English names
    /// hold spaces. Of the project written before a colon ("2027春耕助农：…"), else of
    /// `project`, the chosen squad's. Its township is the leader's; its plan comes next, with e.
    static func entered(_ words: String, project: String?, _ state: inout AppState) -> [Effect] {
        var project = project, rest = Substring(words)
        if let colon = words.firstIndex(where: { IMEText.reads($0, as: ":") }) {
            project = String(words[..<colon]).trimmed
            rest = words[words.index(after: colon)...]
        }
        let parts = rest.split(whereSeparator: { IMEText.reads($0, as: " ") })
        let phoneAt = parts.firstIndex { MainlandMobile.normalized(String($0)) != nil }
        let name = phoneAt.map { parts[..<$0].joined(separator: " ") } ?? parts.first.map(String.init) ?? ""
        guard let project, !project.isEmpty, !name.isEmpty else {
            state.flash = state.catalog[.squadWanted]
            return []
        }
        let leader = phoneAt.flatMap { MainlandMobile.normalized(String(parts[$0])) }
        let after = parts.dropFirst(phoneAt.map { $0 + 1 } ?? 1).joined(separator: " ")
        let listed = after.contains { IMEText.reads($0, as: ",") }
        let members = after.split(whereSeparator: { IMEText.reads($0, as: listed ? "," : " ") })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
        return [.service(.formSquad(NewSquad(project: project, name: name, township: nil, leaderPhone: leader, members: members, plan: "")))]
    }

    /// The squads after one was formed here, with the new one chosen and on screen.
    static func formed(_ id: Int64, name: String, _ squads: [HelpSquad], _ state: inout AppState) {
        state.service.squads = squads
        state.service.selectedSquad = squads.firstIndex { $0.id == id } ?? 0
        state.service.squadTop = ListMoves.top(state.service.squadTop, selected: state.service.selectedSquad,
                                               visible: ServicePane.rowCount(state))
        state.flash = state.catalog.format(.squadFormed, SafeText.line(name))
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect body: Rect) {
        let c = state.catalog
        let columns = [TableColumn(c[.columnSquad], width: 20), TableColumn(c[.columnTownship], width: 10),
                       TableColumn(c[.columnLeader], width: 8), TableColumn(c[.columnMembers], width: 6, alignRight: true),
                       TableColumn(c[.columnPlan], width: nil)]
        let top = state.service.squadTop
        let squads = Array(state.service.squads.dropFirst(top).prefix(max(0, body.height - 1)))
        Table.draw(into: &canvas, rect: body, columns: columns, rows: squads.map { squad in
            [SafeText.line(squad.name), squad.township.map { state.labels.township(named: $0, in: state.vocabulary) } ?? "-", squad.leader.map(SafeText.line) ?? "-",
             String(squad.members.count), state.labels.squadPlan(squad.planState)
                + (squad.returnedBecause.map { ":\(SafeText.line($0))" } ?? "")]
        }, roles: squads.map { $0.planState == .returned ? .overdue : $0.planState == .filed ? .muted : .normal },
        selected: squads.isEmpty ? nil : state.service.selectedSquad - top)
        if state.service.squads.isEmpty, state.service.loaded {
            canvas.put(state.catalog[.noSquads], x: 2, y: body.y + 2, width: body.width - 4, role: .muted)
        }
    }

    static func statusLeft(_ state: AppState) -> String {
        guard state.service.squads.indices.contains(state.service.selectedSquad) else { return "" }
        let squad = state.service.squads[state.service.selectedSquad]
        return "\(SafeText.line(squad.project)) · \(SafeText.line(squad.plan))"
    }
}
