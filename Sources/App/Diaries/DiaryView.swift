import Foundation
import LeagueCore
import Store
import TerminalKit

/// The reviewer's queue, a diary beside its rubric, and the calibration table.
enum DiaryView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        switch state.review.level {
        case .queue: drawQueue(state, into: &canvas, rect: rect)
        case .diary: if let open = state.review.open { drawDiary(open, state, into: &canvas, rect: rect) }
        case .calibration: drawCalibration(state, into: &canvas, rect: rect)
        }
    }

    // MARK: - Queue

    static func queueColumns(_ state: AppState) -> [TableColumn] {
        let c = state.catalog, zh = state.language == .zh
        return [
            TableColumn(c[.columnSubmitted], width: 11), TableColumn(c[.columnWaiting], width: zh ? 6 : 7, alignRight: true),
            TableColumn(c[.columnCadre], width: 10), TableColumn(c[.columnTownship], width: 10),
            TableColumn(c[.columnVisit], width: 10), TableColumn(c[.columnReviewState], width: nil),
        ]
    }

    static func queueCells(_ row: DiaryRow, _ state: AppState) -> [String] {
        [state.labels.shortTimestamp(row.submittedAt), state.labels.duration(state.now.unixSeconds - row.submittedAt),
         SafeText.line(row.cadre), state.labels.township(state.vocabulary.township(row.townshipId)), row.visitOn,
         reviewState(row, state)]
    }

    static func reviewState(_ row: DiaryRow, _ state: AppState) -> String {
        let c = state.catalog
        var text = if let holder = row.claimedBy {
            holder == state.account.id ? c[.reviewMine] : c.format(.reviewHeldBy, SafeText.line(row.claimedByName ?? "?"))
        } else {
            c[.reviewWaiting]
        }
        if row.reviewsWanted > 1 { text += " · " + c.format(.reviewDouble, row.reviewsDone, row.reviewsWanted) }
        return text
    }

    private static func drawQueue(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let review = state.review
        let visible = Array(review.rows.dropFirst(review.top).prefix(max(0, rect.height - 1)))
        let week = state.now.unixSeconds - DiaryState.reviewWithin
        Table.draw(into: &canvas, rect: rect, columns: queueColumns(state), rows: visible.map { queueCells($0, state) },
                   roles: visible.map { row in
                       row.claimedBy.map { $0 != state.account.id } == true ? .muted : row.submittedAt < week ? .overdue : .normal
                   },
                   selected: review.rows.isEmpty ? nil : review.selected - review.top)
        if review.rows.isEmpty {
            let c = state.catalog
            canvas.put(review.loaded ? c[.noDiariesWaiting] : c[.loading], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
        }
    }

    // MARK: - A diary and its rubric

    /// Cells of the screen the diary's text takes; the rubric has the rest.
    static func textWidth(_ state: AppState) -> Int {
        max(20, state.size.width - rubricWidth(state) - 3)
    }

    static func rubricWidth(_ state: AppState) -> Int {
        min(48, max(30, state.size.width * 2 / 5))
    }

    static func textLines(_ detail: DiaryDetail, _ state: AppState, width: Int) -> [(String, Role)] {
        let c = state.catalog, labels = state.labels
        var lines: [(String, Role)] = []
        func add(_ text: String, _ role: Role = .normal, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in text.wrapped(toCells: max(4, width - indent)) { lines.append((pad + line, role)) }
        }
        let row = detail.row
        let place = [labels.township(state.vocabulary.township(row.townshipId)), detail.contactPoint.map(SafeText.line)]
            .compactMap { $0 }.joined(separator: " ")
        add("\(SafeText.line(row.cadre)) · \(place) · \(c[.columnVisit]) \(row.visitOn)", .header)
        add(c.format(.submittedAgo, labels.duration(state.now.unixSeconds - row.submittedAt)), .muted)
        lines.append(("", .normal))
        add(c[.workLog], .accent)
        add(SafeText.lines(detail.workLog))
        if !detail.reflections.isEmpty {
            lines.append(("", .normal))
            add(c[.reflections], .accent)
            add(SafeText.lines(detail.reflections))
        }
        lines.append(("", .normal))
        add(c.format(.photos, detail.photos.count), .accent)
        // The diary's list as written; those kept are in the strip (v), the others said so.
        let kept = Set(detail.keptPhotos.map(\.name))
        for photo in detail.photos {
            add(SafeText.line(photo) + (kept.contains(photo) ? "" : "  " + c[.photoNotKept]), .muted, indent: 2)
        }
        if !detail.others.isEmpty || detail.hiddenReviews > 0 {
            lines.append(("", .normal))
            add(c[.otherReviews], .accent)
            for other in detail.others {
                add("\(SafeText.line(other.reviewer))  \(other.total.map { String(format: "%.0f", $0) } ?? "-")  \(SafeText.line(other.comment))")
            }
            if detail.hiddenReviews > 0 { add(c[.reviewsHidden], .muted) }
        }
        lines.append(("", .normal))
        add(c.format(.thread, detail.comments.count), .accent)
        for comment in detail.comments {
            add("\(labels.commentAuthor(comment.authorKind)) \(SafeText.line(comment.author)) \(labels.shortTimestamp(comment.at))",
                .muted, indent: 2 * comment.depth)
            add(SafeText.lines(comment.body), indent: 2 * comment.depth + 2)
        }
        return lines
    }

    static func rubricLines(_ open: OpenDiary, _ state: AppState, width: Int) -> [(String, Role)] {
        let c = state.catalog
        guard let detail = open.detail else { return [] }
        let rubric = detail.rubric.rubric
        var lines: [(String, Role)] = [(c[.rubricTitle], .header)]
        let names = rubric.criteria.map { $0.name(state.language) }
        let nameWidth = min(width - 12, names.map { CellWidth.of($0) }.max() ?? 0)
        for (index, criterion) in rubric.criteria.enumerated() {
            let score = open.scores.indices.contains(index) ? open.scores[index].map(String.init) ?? " " : " "
            let marker = index == open.focus && open.scoring ? ">" : " "
            let text = "\(marker) \(names[index].truncated(toCells: nameWidth).padded(toCells: nameWidth)) \(String(criterion.weight).padded(toCells: 3, alignRight: true))% [\(score)]"
            lines.append((text, index == open.focus && open.scoring ? .selected : .normal))
        }
        let given = open.scores.compactMap { $0 }
        let total = given.count == rubric.criteria.count ? String(format: "%.0f", rubric.total(given)) : "-"
        lines.append((c.format(.rubricTotal, total), .accent))
        lines.append(("", .normal))
        let comment = open.comment.isEmpty ? c[.noComment] : SafeText.line(open.comment)
        for line in c.labelled(c[.reviewComment], comment).wrapped(toCells: width) { lines.append((line, .normal)) }
        if let notice = open.notice {
            lines.append(("", .normal))
            for line in notice.wrapped(toCells: width) { lines.append((line, .error)) }
        }
        return lines
    }

    private static func drawDiary(_ open: OpenDiary, _ state: AppState, into canvas: inout Canvas, rect: Rect) {
        guard let detail = open.detail else {
            let c = state.catalog
            canvas.put(open.loaded ? c[.diaryGone] : c[.loading], x: 2, y: rect.y + 1, width: rect.width - 4, role: .muted)
            return
        }
        let width = textWidth(state)
        var text = Rect(x: rect.x + 1, y: rect.y, width: width, height: rect.height)
        if PhotoStrip.fits(detail.keptPhotos, height: rect.height) {
            text.height -= PhotoStrip.height
            PhotoStrip.draw(detail.keptPhotos, state, into: &canvas, rect: Rect(x: text.x, y: text.maxY, width: width, height: PhotoStrip.height))
        }
        ScrolledLines.draw(textLines(detail, state, width: width), scroll: open.scroll, into: &canvas, rect: text)
        let x = rect.x + width + 2
        for y in rect.y..<rect.maxY { canvas.put("|", x: x, y: y, role: .muted) }
        let rubric = Rect(x: x + 2, y: rect.y, width: rect.maxX - x - 2, height: rect.height)
        ScrolledLines.draw(rubricLines(open, state, width: rubric.width), scroll: 0, into: &canvas, rect: rubric)
    }

    // MARK: - Calibration

    private static func drawCalibration(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let c = state.catalog
        guard let calibration = state.review.calibration else {
            canvas.put(c[.loading], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
            return
        }
        let criteria = calibration.rubric.rubric.criteria
        var columns = [TableColumn(c[.columnReviewer], width: 8), TableColumn(c[.columnReviews], width: 6, alignRight: true),
                       TableColumn(c[.columnShared], width: 6, alignRight: true)]
        // Headers as short as a number: four characters of the Chinese name, or the code.
        columns += criteria.map { TableColumn(state.language == .zh ? String($0.nameZh.prefix(4)) : String($0.code.prefix(8)), width: 8, alignRight: true) }
        columns += [TableColumn("kappa", width: 5, alignRight: true), TableColumn(c[.columnDrift], width: nil)]
        let rows = calibration.reviewers.map { reviewer -> [String] in
            let figures = reviewer.figures
            return [SafeText.line(reviewer.reviewer), String(reviewer.reviews), String(figures.sharedDiaries)]
                + figures.offsets.map { String(format: "%+.2f", $0) }
                + [figures.kappa.map { String(format: "%.2f", $0) } ?? "-", figures.flagged ? c[.drifting] : ""]
        }
        let table = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, rows.count + 1))
        Table.draw(into: &canvas, rect: table, columns: columns, rows: rows,
                   roles: calibration.reviewers.map { $0.figures.flagged ? .overdue : .normal })
        if rows.isEmpty { canvas.put(c[.noSharedDiaries], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted) }
        let note = c.format(.calibrationNote, SafeText.line(calibration.rubric.name))
        for (index, line) in note.wrapped(toCells: rect.width - 2).enumerated() where table.maxY + 1 + index < rect.maxY {
            canvas.put(line, x: rect.x + 1, y: table.maxY + 1 + index, width: rect.width - 2, role: .muted)
        }
    }

    // MARK: - Status line

    static func statusLeft(_ state: AppState) -> String {
        let c = state.catalog
        switch state.review.level {
        case .queue: return c[.reviewQueueTitle]
        case .calibration: return c[.calibrationTitle]
        case .diary:
            guard let row = state.review.open?.detail?.row else { return c[.reviewQueueTitle] }
            return "\(SafeText.line(row.cadre)) · \(row.visitOn)"
        }
    }

    static func statusRight(_ state: AppState) -> String {
        let counts = state.review.counts
        return state.catalog.format(.diaryCounts, counts.waiting, counts.mine, counts.overAWeek)
    }
}
