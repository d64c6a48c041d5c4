import LeagueCore
import Store
import TerminalKit

/// The queue as a table: one line per request, every column where its header is.
enum QueueView {
    /// The screen row of the first request (below the tab bar and the table's header).
    static let firstRowY = 3

    static func columns(_ state: AppState) -> [TableColumn] {
        let c = state.catalog
        let zh = state.language == .zh
        return [
            TableColumn(c[.columnRef], width: 13),
            TableColumn(c[.columnUrgency], width: zh ? 2 : 3),
            TableColumn(c[.columnCategory], width: zh ? 4 : 10),
            TableColumn(c[.columnTownship], width: zh ? 10 : 9),
            TableColumn(c[.columnTitle], width: nil),
            TableColumn(c[.columnState], width: zh ? 10 : 12),
            TableColumn(c[.columnDeadline], width: zh ? 11 : 10),
        ]
    }

    static func cells(_ row: QueueRow, _ state: AppState) -> [String] {
        let tagged = state.queue.tagged.contains { $0.id == row.id }
        let labels = state.labels
        let status = SLAClock.status(
            state: row.state, now: state.now.unixSeconds, createdAt: row.createdAt, firstContactDue: row.firstContactDue,
            firstContactAt: row.firstContactAt, resolutionDue: row.resolutionDue, pausedAt: row.slaPausedAt)
        return [
            row.ref, labels.urgency(row.urgency), labels.category(state.vocabulary.category(row.categoryId)),
            labels.township(state.vocabulary.township(row.townshipId)), (tagged ? "* " : "") + SafeText.line(row.title),
            labels.state(row.state), labels.deadline(status),
        ]
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let queue = state.queue
        Table.draw(
            into: &canvas, rect: rect, columns: columns(state), rows: queue.rows.map { cells($0, state) },
            roles: queue.rows.map { row in
                queue.tagged.contains { $0.id == row.id } ? .accent : row.overdue ? .overdue : (row.urgency == .urgent ? .urgent : .normal)
            },
            selected: queue.rows.isEmpty ? nil : queue.selected)
        if queue.rows.isEmpty {
            let c = state.catalog
            let message = !queue.loaded ? c[.loading] : ((queue.rowsShown ?? queue.list).filter.isDefault ? c[.emptyQueue] : c[.emptyFiltered])
            canvas.put(message, x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
        }
    }

    static func statusLeft(_ state: AppState) -> String {
        Filters.describe(state)
    }

    /// The counts; the last give way, when the row is short, so that the filter on the left
    /// is read whole. Until the counts of the rows on screen come, "reading".
    static func statusRight(_ state: AppState) -> String {
        let c = state.catalog, counts = state.queue.counts
        let tagged = state.queue.tagged.isEmpty ? [] : [c.format(.taggedCount, state.queue.tagged.count)]
        guard let shown = state.queue.countsShown, shown == state.queue.rowsShown?.filter else { return (tagged + [c[.loading]]).joined(separator: " · ") }
        var parts = tagged + [counts.total == 1 ? c[.totalOne] : c.format(.total, QueueCounts.shown(counts.total)),
                              c.format(.overdueCount, QueueCounts.shown(counts.overdue)), c.format(.newToday, QueueCounts.shown(counts.newToday))]
        let room = state.size.width - CellWidth.of(statusLeft(state)) - 3
        while parts.count > 1, CellWidth.of(parts.joined(separator: " · ")) > room { parts.removeLast() }
        return parts.joined(separator: " · ")
    }
}

/// One request in full: its text wrapped, who and where, and its whole history.
enum DetailView {
    static func lines(_ detail: RequestDetail, _ state: AppState, width: Int) -> [(String, Role)] {
        let c = state.catalog, labels = state.labels
        let row = detail.row
        var lines: [(String, Role)] = []
        func add(_ text: String, _ role: Role = .normal) {
            for line in text.wrapped(toCells: width) { lines.append((line, role)) }
        }
        let status = SLAClock.status(
            state: row.state, now: state.now.unixSeconds, createdAt: row.createdAt, firstContactDue: row.firstContactDue,
            firstContactAt: row.firstContactAt, resolutionDue: row.resolutionDue, pausedAt: row.slaPausedAt)
        add("\(row.ref)  \(SafeText.line(row.title))", .header)
        let place = [detail.township, detail.village.map(SafeText.line)].compactMap { $0 }.joined(separator: " ")
        add([labels.urgencyName(row.urgency), labels.category(state.vocabulary.category(detail.categoryId)), place,
             labels.state(row.state), labels.deadline(status)].joined(separator: " · "), row.overdue ? .overdue : .accent)
        let none = c[.detailNone]
        let requester = detail.requester.map { SafeText.line($0) + (detail.requesterPhone.map { " " + PhoneMask.mask($0) } ?? "") } ?? none
        add("\(c[.detailRequester]) \(requester) · \(c[.detailCollector]) \(detail.collector.map(SafeText.line) ?? none) · "
            + "\(c[.detailSource]) \(detail.source.map(labels.source) ?? none) · \(c[.detailAssignee]) \(detail.assignee.map(SafeText.line) ?? none)",
            .muted)
        if let merged = labels.mergedRequesters(detail.merged, wholePhones: false) { add(merged, .accent) }
        var clocks = c.format(.detailContactDue, labels.shortTimestamp(row.firstContactDue))
        if let contacted = row.firstContactAt { clocks += c.format(.detailContacted, labels.shortTimestamp(contacted)) }
        clocks += " · " + c.format(.detailResolutionDue, labels.shortTimestamp(row.resolutionDue))
        add(row.slaPausedAt == nil ? clocks : c[.detailPaused], row.overdue ? .overdue : .muted)
        if detail.escalated { add(c[.detailEscalated], .overdue) }
        lines.append(("", .normal))
        add(SafeText.lines(detail.body))
        if let resolution = detail.resolution {
            lines.append(("", .normal))
            add(c.format(.resolutionIs, SafeText.line(resolution)), .accent)
        }
        lines.append(("", .normal))
        add(c[.detailHistory], .header)
        for event in detail.events {
            var text = "\(labels.timestamp(event.at))  \(SafeText.line(event.actor))  \(labels.step(event, in: state.vocabulary))"
            if !event.note.isEmpty { text += " · \(SafeText.line(event.note))" }
            add(text)
        }
        return lines
    }

    static func draw(_ state: DetailState, _ app: AppState, into canvas: inout Canvas, rect: Rect) {
        var text = rect
        if let photos = state.detail?.photos, PhotoStrip.fits(photos, height: rect.height) {
            text.height -= PhotoStrip.height
            PhotoStrip.draw(photos, app, into: &canvas, rect: Rect(x: rect.x + 2, y: text.maxY, width: rect.width - 4, height: PhotoStrip.height))
        }
        TextPage.draw(state.detail.map { lines($0, app, width: rect.width - 2) }, scroll: state.scroll, loaded: state.loaded,
                      missing: .detailMissing, app, into: &canvas, rect: text)
    }
}

/// A page of text a cell in from the sides: a request's detail or a cadre's card, or what
/// stands in for it while it loads or when it is gone.
enum TextPage {
    static func draw(_ lines: (some RandomAccessCollection<(String, Role)>)?, scroll: Int, loaded: Bool, missing: Phrase, _ app: AppState,
                     into canvas: inout Canvas, rect: Rect) {
        let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        guard let lines else {
            let c = app.catalog
            canvas.put(loaded ? c[missing] : c[.loading], x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, role: .muted)
            return
        }
        ScrolledLines.draw(lines, scroll: scroll, into: &canvas, rect: inner)
    }
}
