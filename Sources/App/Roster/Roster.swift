import LeagueCore
import Store
import TerminalKit

/// Pane 2, the roster: township table → cadre list → card, and the cadre form.
enum RosterPane: Pane {
    static let title = Phrase.paneRoster

    /// What the pane loads when it is shown: everything the first time, and again if the
    /// data changed while it was out of sight.
    static func shown(_ state: inout AppState) -> [Effect] {
        if !state.roster.townshipsLoaded { return [.roster(.loadTownships)] }
        return state.roster.stale ? refresh(&state) : []
    }

    /// Someone else committed: read the roster again now if it is on screen, else when it is
    /// next shown (the township table counts the whole county).
    static func dataChanged(_ state: inout AppState) -> [Effect] {
        guard state.roster.townshipsLoaded else { return [] }
        guard state.pane == .roster else {
            state.roster.stale = true
            return []
        }
        return refresh(&state)
    }

    /// Everything on screen read again: after a save, or someone else's commit.
    static func refresh(_ state: inout AppState) -> [Effect] {
        state.roster.stale = false
        let roster = state.roster
        var effects: [Effect] = [.roster(.loadTownships)]
        if roster.level != .townships { effects.append(.roster(.loadCadres(roster.query))) }
        if let card = roster.card, roster.level == .card { effects.append(.roster(.loadCard(card.id))) }
        return effects
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.roster.level {
        case .townships: Keymap.townships
        case .cadres: Keymap.cadres
        case .card: Keymap.card
        }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch state.roster.level {
        case .townships: return townships(command, &state)
        case .cadres: return cadres(command, &state)
        case .card: return card(command, &state)
        }
    }

    private static func townships(_ command: Command, _ state: inout AppState) -> [Effect] {
        var roster = state.roster
        defer { state.roster = roster }
        if let moved = ListMoves.selection(after: command, from: roster.selectedTownship, count: roster.townships.count,
                                           visible: state.queueRowCount) {
            roster.selectedTownship = moved
            return []
        }
        switch command {
        case .open:
            guard let township = roster.selectedTownshipSummary else { return [] }
            return openList(CadreQuery(townshipId: township.id), &roster)
        case .search:
            state.overlay = .prompt(PromptState(kind: .roster(.search), editor: LineEditor()))
        case .addCadre:
            return addCadre(townshipId: roster.selectedTownshipSummary?.id, &state)
        default: break
        }
        return []
    }

    private static func openList(_ query: CadreQuery, _ roster: inout RosterState) -> [Effect] {
        roster.query = query
        roster.level = .cadres
        roster.cadres = []
        roster.cadresLoaded = false
        roster.selectedCadre = 0
        roster.top = 0
        return [.roster(.loadCadres(query))]
    }

    /// A search from the township table looks through the whole county; from a township's
    /// list, through that township.
    static func search(_ text: String, _ state: inout AppState) -> [Effect] {
        var query = state.roster.query
        if state.roster.level == .townships { query = CadreQuery(sort: query.sort) }
        query.search = text
        if text.isEmpty, query.townshipId == nil {
            state.roster.level = .townships
            return []
        }
        return openList(query, &state.roster)
    }

    private static func cadres(_ command: Command, _ state: inout AppState) -> [Effect] {
        var roster = state.roster
        defer { state.roster = roster }
        if ListMoves.apply(command, selected: &roster.selectedCadre, top: &roster.top, count: roster.cadres.count,
                           visible: state.queueRowCount) { return [] }
        switch command {
        case .open:
            guard let cadre = roster.selectedCadreRow else { return [] }
            roster.level = .card
            roster.card = CadreCardState(id: cadre.id)
            return [.roster(.loadCard(cadre.id))]
        case .back:
            // Esc first drops a search within a township, then goes back to the townships.
            if !roster.query.search.isEmpty, roster.query.townshipId != nil {
                var query = roster.query
                query.search = ""
                return openList(query, &roster)
            }
            roster.level = .townships
            return []
        case .search:
            state.overlay = .prompt(PromptState(kind: .roster(.search), editor: LineEditor(roster.query.search)))
        case .sort:
            let sorts = CadreSort.allCases
            roster.query.sort = sorts[((sorts.firstIndex(of: roster.query.sort) ?? 0) + 1) % sorts.count]
            return openList(roster.query, &roster)
        case .showInactive:
            roster.query.includeInactive.toggle()
            return openList(roster.query, &roster)
        case .addCadre:
            state.roster = roster
            return addCadre(townshipId: roster.query.townshipId, &state)
        case .editCadre:
            guard let cadre = roster.selectedCadreRow else { return [] }
            state.roster = roster
            return editCadre(cadre, &state)
        case .toggleActive:
            guard let cadre = roster.selectedCadreRow else { return [] }
            state.roster = roster
            return toggleActive(cadre, &state)
        default: break
        }
        return []
    }

    private static func card(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var card = state.roster.card else { return [] }
        switch command {
        case .back:
            state.roster.level = .cadres
        case .editCadre:
            guard let row = card.card?.cadre else { return [] }
            return editCadre(row, &state)
        case .toggleActive:
            guard let row = card.card?.cadre else { return [] }
            return toggleActive(row, &state)
        default:
            guard let move = Detail.scrollMove(command) else { return [] }
            let lineCount = card.card.map { CadreCardView.lines($0, state, width: state.size.width - 2).count } ?? 0
            card.scroll = ScrolledLines.scrolled(card.scroll, by: move, lineCount: lineCount, visible: state.textRowCount)
            state.roster.card = card
        }
        return []
    }

    private static func mayEdit(_ townshipId: Int64?, _ state: inout AppState) -> Bool {
        let allowed = townshipId.map(state.account.mayEditRoster) ?? [.admin, .desk, .townshipSecretary].contains(state.account.role)
        if !allowed { state.flash = state.catalog[.rosterNotAllowed] }
        return allowed
    }

    private static func addCadre(townshipId: Int64?, _ state: inout AppState) -> [Effect] {
        let township = state.account.ownTownship ?? townshipId
        guard mayEdit(township, &state) else { return [] }
        return [.roster(.openCadreForm(cadreId: nil, townshipId: township))]
    }

    private static func editCadre(_ cadre: CadreRow, _ state: inout AppState) -> [Effect] {
        guard mayEdit(cadre.townshipId, &state) else { return [] }
        return [.roster(.openCadreForm(cadreId: cadre.id, townshipId: cadre.townshipId))]
    }

    private static func toggleActive(_ cadre: CadreRow, _ state: inout AppState) -> [Effect] {
        guard mayEdit(cadre.townshipId, &state) else { return [] }
        return [.roster(.setCadreActive(id: cadre.id, active: !cadre.active, version: cadre.version))]
    }

    /// A click selects a township or a cadre (a second click on it opens it), the wheel
    /// moves by three.
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.overlay == nil, state.roster.level != .card else { return [] }
        switch mouse.kind {
        case .click:
            let row = mouse.y - QueueView.firstRowY
            let index = state.roster.level == .townships ? row : state.roster.top + row
            let count = state.roster.level == .townships ? state.roster.townships.count : state.roster.cadres.count
            guard row >= 0, index < count else { return [] }
            let current = state.roster.level == .townships ? state.roster.selectedTownship : state.roster.selectedCadre
            if index == current { return run(.open, &state) }
            if state.roster.level == .townships { state.roster.selectedTownship = index } else { state.roster.selectedCadre = index }
            return []
        case .wheelDown, .wheelUp:
            var effects: [Effect] = []
            for _ in 0..<3 { effects += run(mouse.kind == .wheelDown ? .moveDown : .moveUp, &state) }
            return effects
        }
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        RosterView.draw(state, into: &canvas, rect: rect)
    }

    static func status(_ state: AppState) -> (left: String, right: String) {
        (RosterView.statusLeft(state), RosterView.statusRight(state))
    }

    static func label(_ prompt: RosterPrompt, _ c: Catalog) -> (String, String) {
        ("/", c[.rosterSearchPrompt])
    }

    static func entered(_ text: String, _ prompt: RosterPrompt, _ state: inout AppState) -> [Effect] {
        search(text.trimmed, &state)
    }

    // MARK: - Answers

    static func reduce(_ answer: RosterAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .townshipsLoaded(townships): townshipsLoaded(townships, &state)
        case let .cadresLoaded(query, rows): cadresLoaded(query, rows, &state)
        case let .cardLoaded(id, card): cardLoaded(id, card, &state)
        case let .cadreFormOpened(cadreId, version, draft, communes):
            state.overlay = .cadreForm(CadreForm(cadreId: cadreId, version: version, draft: draft, communes: communes))
        case let .cadreSaved(_, name): return saved(name: name, &state)
        case let .cadreSaveFailed(error): CadreFormEditing.rejected(error, &state)
        case let .cadreSaveConflict(by, at, version): CadreFormEditing.conflict(by: by, at: at, version: version, &state)
        case let .cadreActiveChanged(name, active): return activeChanged(name: name, active: active, &state)
        }
        return []
    }

    static func townshipsLoaded(_ townships: [TownshipSummary], _ state: inout AppState) {
        state.roster.townships = townships
        state.roster.townshipsLoaded = true
        state.roster.selectedTownship = min(state.roster.selectedTownship, max(0, townships.count - 1))
    }

    static func cadresLoaded(_ query: CadreQuery, _ rows: [CadreRow], _ state: inout AppState) {
        guard query == state.roster.query else { return }
        let selectedId = state.roster.selectedCadreRow?.id
        state.roster.cadres = rows
        state.roster.cadresLoaded = true
        // The same cadre stays selected when the list is read again.
        state.roster.selectedCadre = rows.firstIndex { $0.id == selectedId } ?? min(state.roster.selectedCadre, max(0, rows.count - 1))
        state.roster.top = ListMoves.top(state.roster.top, selected: state.roster.selectedCadre, visible: state.queueRowCount)
    }

    static func cardLoaded(_ id: Int64, _ card: CadreCard?, _ state: inout AppState) {
        guard state.roster.card?.id == id else { return }
        state.roster.card?.card = card
        state.roster.card?.loaded = true
    }

    static func saved(name: String, _ state: inout AppState) -> [Effect] {
        state.overlay = nil
        state.flash = state.catalog.format(.cadreSaved, SafeText.line(name))
        return refresh(&state)
    }

    static func activeChanged(name: String, active: Bool, _ state: inout AppState) -> [Effect] {
        state.flash = state.catalog.format(active ? .cadreReactivated : .cadreDeactivated, SafeText.line(name))
        return refresh(&state)
    }
}
