import LeagueCore
import Store
import TerminalKit

/// The request queue's moves: every one that needs rows asks for a keyset page.
enum Queue {
    static func reload(_ queue: QueueState, rows: Int) -> [Effect] {
        [.queue(.loadPage(queue.filter, queue.sort, PageLoad(from: nil, direction: .after, limit: rows, placement: .top))),
         .queue(.loadCounts(queue.filter))]
    }

    /// Reads the window again from its first row, and the counts.
    static func refresh(_ queue: QueueState, rows: Int) -> [Effect] {
        guard let first = queue.rows.first else { return reload(queue, rows: rows) }
        return load(queue, first.positionJustBefore(in: queue.sort), .after, rows, .refresh) + [.queue(.loadCounts(queue.filter))]
    }

    private static func load(_ queue: QueueState, _ from: QueuePosition?, _ direction: QueueDirection, _ limit: Int,
                             _ placement: PageLoad.Placement) -> [Effect] {
        [.queue(.loadPage(queue.filter, queue.sort, PageLoad(from: from, direction: direction, limit: limit, placement: placement)))]
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        var queue = state.queue
        defer { state.queue = queue }
        let capacity = state.queueRowCount
        let sort = queue.sort
        switch command {
        case .tag:
            // Tags the row and moves on, scrolling like j at the bottom of the screen.
            guard let row = queue.selectedRow else { return [] }
            if let index = queue.tagged.firstIndex(where: { $0.id == row.id }) { queue.tagged.remove(at: index) } else { queue.tagged.append(row) }
            fallthrough
        case .moveDown:
            if queue.selected + 1 < queue.rows.count { queue.selected += 1; return [] }
            guard queue.rows.count >= capacity, let last = queue.rows.last else { return [] }
            return load(queue, last.position(in: sort), .after, max(1, capacity / 2), .scrollDown)
        case .moveUp:
            if queue.selected > 0 { queue.selected -= 1; return [] }
            guard let first = queue.rows.first else { return [] }
            return load(queue, first.position(in: sort), .before, max(1, capacity / 2), .scrollUp)
        case .pageDown:
            guard queue.rows.count >= capacity, let last = queue.rows.last else {
                queue.selected = max(0, queue.rows.count - 1)
                return []
            }
            return load(queue, last.position(in: sort), .after, capacity, .pageDown)
        case .pageUp:
            guard let first = queue.rows.first else { return [] }
            return load(queue, first.position(in: sort), .before, capacity, .pageUp)
        case .top: return load(queue, nil, .after, capacity, .top)
        case .bottom: return load(queue, nil, .before, capacity, .bottom)
        case .open:
            guard let row = queue.selectedRow else { return [] }
            queue.detail = DetailState(id: row.id)
            return [.queue(.loadDetail(row.id))]
        case .search:
            state.overlay = .prompt(PromptState(kind: .queue(.search), editor: LineEditor(queue.filter.search)))
        case .filter:
            state.overlay = .picker(Filters.kindPicker(state))
        case .sort:
            let sorts = QueueSort.allCases
            queue.sort = sorts[((sorts.firstIndex(of: queue.sort) ?? 0) + 1) % sorts.count]
            // The same requests in another order: the counts stand.
            return load(queue, nil, .after, capacity, .top)
        case .act, .assign, .note, .contact:
            state.queue = queue
            return Acting.begin(command, &state)
        case .undo:
            return [.queue(.undoLast)]
        case .newRequest:
            state.queue = queue
            return Intake.begin(&state)
        case .export:
            let name = state.catalog.format(.exportFileName, CountyTime.fileStamp(state.now))
            state.overlay = .prompt(PromptState(kind: .queue(.exportTo), editor: LineEditor(name)))
        case .untagAll:
            queue.tagged = []
        case .clearFilters:
            guard !queue.filter.isDefault else { return [] }
            queue.filter = QueueFilter(scope: queue.filter.scopeTownshipId)
            queue.widenedForSearch = false
            queue.assigneeName = nil
            return reload(queue, rows: capacity)
        default: break
        }
        return []
    }

    /// Puts rows that came back from a page read into the window.
    static func place(_ rows: [QueueRow], _ load: PageLoad, _ queue: inout QueueState, capacity: Int) {
        queue.loaded = true
        queue.rowsShown = queue.list
        let onScreen = queue.selected
        switch load.placement {
        case .top:
            queue.rows = rows
            queue.selected = 0
            // Looked for from the top after it left the window read again.
            if let followed = queue.followRef {
                queue.followRef = nil
                if let index = rows.firstIndex(where: { $0.ref == followed }) { queue.selected = index } else { queue.leftWindow = followed }
            }
        case .bottom:
            queue.rows = rows.reversed()
            queue.selected = max(0, queue.rows.count - 1)
        case .scrollDown:
            guard !rows.isEmpty else { return }
            let combined = queue.rows + rows
            let dropped = max(0, combined.count - capacity)
            queue.rows = Array(combined.dropFirst(dropped))
            queue.selected = min(queue.rows.count - 1, onScreen + 1 - dropped)
        case .scrollUp:
            guard !rows.isEmpty else { return }
            queue.rows = Array((rows.reversed() + queue.rows).prefix(capacity))
            queue.selected = rows.count - 1
        case .pageDown:
            guard !rows.isEmpty else { queue.selected = max(0, queue.rows.count - 1); return }
            queue.rows = Array((queue.rows + rows).suffix(capacity))
            queue.selected = min(onScreen, queue.rows.count - 1)
        case .pageUp:
            guard !rows.isEmpty else { queue.selected = 0; return }
            queue.rows = Array((rows.reversed() + queue.rows).prefix(capacity))
            queue.selected = min(onScreen, queue.rows.count - 1)
        case .fill:
            queue.rows = Array((queue.rows + rows).prefix(capacity))
        case .refresh:
            // The selection stays on its request; when it left, on its neighbour, and it is said.
            let followed = queue.followRef ?? (queue.rows.indices.contains(onScreen) ? queue.rows[onScreen].ref : nil)
            queue.followRef = nil
            queue.rows = rows
            if let followed, let index = rows.firstIndex(where: { $0.ref == followed }) {
                queue.selected = index
            } else {
                queue.selected = max(0, min(onScreen, rows.count - 1))
                queue.missedRef = followed
            }
        }
    }

    /// A new window size: keep the selected row in view, read more rows if there is room.
    static func resize(_ queue: inout QueueState, rows capacity: Int) -> [Effect] {
        if queue.rows.count > capacity {
            let drop = max(0, queue.selected - capacity + 1)
            queue.rows = Array(queue.rows.dropFirst(drop).prefix(capacity))
            queue.selected -= drop
            return []
        }
        guard queue.loaded, queue.rows.count < capacity else { return [] }
        return load(queue, queue.rows.last?.position(in: queue.sort), .after, capacity - queue.rows.count, .fill)
    }

    /// Clicks select a row, the wheel moves by three.
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.pane == .requests, state.overlay == nil, state.queue.detail == nil else { return [] }
        switch mouse.kind {
        case .click:
            let index = mouse.y - QueueView.firstRowY
            if state.queue.rows.indices.contains(index) { state.queue.selected = index }
            return []
        case .wheelDown, .wheelUp:
            var effects: [Effect] = []
            for _ in 0..<3 { effects += run(mouse.kind == .wheelDown ? .moveDown : .moveUp, &state) }
            return effects
        }
    }
}

/// The detail view of one request.
enum Detail {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var detail = state.queue.detail else { return [] }
        if command == .back {
            state.queue.detail = nil
            if let pane = detail.openedFrom { state.pane = pane }
        } else if command == .printReport {
            state.flash = state.catalog[.printing]
            return [.queue(.printRequest(detail.id))]
        } else if command == .viewPhotos {
            return PhotoViewing.open(detail.detail?.photos ?? [], owner: detail.detail?.row.ref ?? "", none: .noPhotosRequest, &state)
        } else if let move = scrollMove(command) {
            let lineCount = detail.detail.map { DetailView.lines($0, state, width: state.size.width - 2).count } ?? 0
            let visible = PhotoStrip.textRows(detail.detail?.photos ?? [], of: state.textRowCount)
            detail.scroll = ScrolledLines.scrolled(detail.scroll, by: move, lineCount: lineCount, visible: visible)
            state.queue.detail = detail
        }
        return []
    }

    /// The scroll a command asks of a page of text, if any.
    static func scrollMove(_ command: Command) -> ScrolledLines.Move? {
        switch command {
        case .moveDown: .lineDown
        case .moveUp: .lineUp
        case .pageDown: .pageDown
        case .pageUp: .pageUp
        default: nil
        }
    }
}
