import LeagueCore
import Store
import TerminalKit

/// Pane 3, diary review: the queue, scoring a diary with the number keys, and the
/// calibration table.
enum ReviewPane: Pane {
    static let title = Phrase.paneDiaries
    static let pageSize = 200

    static func shown(_ state: inout AppState) -> [Effect] { reload(state) }

    /// What the pane loads each time it is shown: the queue moves while others review.
    private static func reload(_ state: AppState) -> [Effect] {
        guard state.review.level == .queue else { return [] }
        return [.review(.loadQueue(after: nil)), .review(.loadCounts)]
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        DiaryView.draw(state, into: &canvas, rect: rect)
    }

    static func status(_ state: AppState) -> (left: String, right: String) {
        (DiaryView.statusLeft(state), DiaryView.statusRight(state))
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.review.level {
        case .queue: Keymap.reviewQueue
        case .diary: Keymap.scoring
        case .calibration: Keymap.calibration
        }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch state.review.level {
        case .queue: queue(command, &state)
        case .diary: diary(command, &state)
        case .calibration: calibration(command, &state)
        }
    }

    private static func queue(_ command: Command, _ state: inout AppState) -> [Effect] {
        var review = state.review
        defer { state.review = review }
        let visible = state.queueRowCount
        if ListMoves.apply(command, selected: &review.selected, top: &review.top, count: review.rows.count, visible: visible) {
            // Near the end of what was read: read the next page.
            if !review.exhausted, review.selected >= review.rows.count - visible, let last = review.rows.last {
                return [.review(.loadQueue(after: last))]
            }
            return []
        }
        switch command {
        case .open:
            guard let row = review.selectedRow else { return [] }
            return open(row, &review)
        case .undo:
            return [.review(.takeBack)]
        case .calibration:
            guard state.account.role == .admin else {
                state.flash = state.catalog[.calibrationAdminsOnly]
                return []
            }
            review.level = .calibration
            return [.review(.loadCalibration)]
        default: break
        }
        return []
    }

    private static func open(_ row: DiaryRow, _ review: inout ReviewState) -> [Effect] {
        review.level = .diary
        review.open = OpenDiary(id: row.id)
        return [.review(.openDiary(id: row.id, version: row.version))]
    }

    private static func diary(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var open = state.review.open else { return [] }
        defer { state.review.open = open }
        let criteria = open.scores.count
        switch command {
        case let .score(value):
            guard open.scoring, criteria > 0 else { return refusal(open, &state) }
            open.scores[open.focus] = value
            open.focus = min(criteria - 1, open.focus + 1)
            return [.review(.saveDraft(id: open.id, scores: open.scores, comment: open.comment))]
        case .nextCriterion: open.focus = min(max(0, criteria - 1), open.focus + 1)
        case .previousCriterion: open.focus = max(0, open.focus - 1)
        case .comment:
            guard open.scoring else { return refusal(open, &state) }
            state.overlay = .prompt(PromptState(kind: .review(.reviewComment), editor: LineEditor(open.comment)))
        case .returnDiary:
            guard open.scoring else { return refusal(open, &state) }
            state.overlay = .prompt(PromptState(kind: .review(.returnReason), editor: LineEditor()))
        case .threadComment:
            state.overlay = .prompt(PromptState(kind: .review(.threadComment), editor: LineEditor()))
        case .viewPhotos:
            let owner = open.detail.map { "\(SafeText.line($0.row.cadre)) · \($0.row.visitOn)" } ?? ""
            return PhotoViewing.open(open.detail?.keptPhotos ?? [], owner: owner, &state)
        case .undo:
            return [.review(.takeBack)]
        case .submit:
            guard open.scoring else { return refusal(open, &state) }
            // Said here before the store says it: what is missing, by name.
            let missing = open.scores.indices.filter { open.scores[$0] == nil }
            guard missing.isEmpty else {
                open.focus = missing[0]
                state.flash = state.catalog.format(.scoresMissing, criterionNames(missing, open, state))
                return []
            }
            if open.scores.contains(where: { ($0 ?? 0) <= 1 }), open.comment.trimmed.isEmpty {
                state.flash = state.catalog[.commentRequired]
                state.overlay = .prompt(PromptState(kind: .review(.reviewComment), editor: LineEditor(open.comment)))
                return []
            }
            return [.review(.submit(id: open.id))]
        case .pageDown, .pageUp:
            let lines = open.detail.map { DiaryView.textLines($0, state, width: DiaryView.textWidth(state)).count } ?? 0
            open.scroll = ScrolledLines.scrolled(open.scroll, by: command == .pageDown ? .pageDown : .pageUp, lineCount: lines,
                                                 visible: PhotoStrip.textRows(open.detail?.keptPhotos ?? [], of: state.textRowCount))
        case .back:
            state.review.level = .queue
            var effects = reload(state)
            // Taken but not begun: let a colleague have it.
            if open.scoring, open.scores.allSatisfy({ $0 == nil }), open.comment.isEmpty {
                effects.insert(.review(.release(id: open.id)), at: 0)
            }
            return effects
        default: return []
        }
        return []
    }

    private static func refusal(_ open: OpenDiary, _ state: inout AppState) -> [Effect] {
        state.flash = open.notice ?? state.catalog[.notScoring]
        return []
    }

    static func criterionNames(_ indices: [Int], _ open: OpenDiary, _ state: AppState) -> String {
        guard let rubric = open.detail?.rubric.rubric else { return "" }
        return indices.map { rubric.criteria[$0].name(state.language) }.joined(separator: "、")
    }

    private static func calibration(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .back {
            state.review.level = .queue
            return reload(state)
        }
        return []
    }

    /// Text typed at the bottom for the open diary: its comment, a reason to return it, or a
    /// comment in its thread.
    static func entered(_ text: String, _ prompt: ReviewPrompt, _ state: inout AppState) -> [Effect] {
        guard var open = state.review.open else { return [] }
        switch prompt {
        case .reviewComment:
            open.comment = text
            state.review.open = open
            return [.review(.saveDraft(id: open.id, scores: open.scores, comment: text))]
        case .returnReason:
            guard !text.trimmed.isEmpty else {
                state.flash = state.catalog[.reasonRequired]
                return []
            }
            return [.review(.returnDiary(id: open.id, reason: text))]
        case .threadComment:
            guard !text.trimmed.isEmpty else { return [] }
            return [.review(.addComment(id: open.id, body: text))]
        }
    }

    static func label(_ prompt: ReviewPrompt, _ c: Catalog) -> (String, String) {
        switch prompt {
        case .reviewComment: (c[.askReviewComment], c[.textHint])
        case .returnReason: (c[.askReturnReason], c[.textHint])
        case .threadComment: (c[.askThreadComment], c[.textHint])
        }
    }

    // MARK: - Answers

    static func reduce(_ answer: ReviewAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .queueLoaded(append, rows):
            queueLoaded(append: append, rows, &state)
        case let .countsLoaded(counts):
            state.review.counts = counts
        case let .diaryOpened(id, detail, scoring, notice):
            opened(id, detail, scoring: scoring, notice: notice, &state)
            // Taking it changed "mine" in the status line.
            return (scoring ? [.review(.loadCounts)] : []) + state.photos.fetch(detail?.keptPhotos ?? [])
        case let .submitted(id):
            return finished(id, flash: state.catalog[.reviewSent], &state)
        case let .takenBack(id, cadre):
            return takenBack(id, cadre: cadre, &state)
        case let .returned(id):
            return finished(id, flash: state.catalog[.diaryReturnedFlash], &state)
        case let .commentAdded(id):
            guard let open = state.review.open, open.id == id, let row = open.detail?.row else { return [] }
            state.flash = state.catalog[.commentAdded]
            return [.review(.openDiary(id: id, version: row.version))]
        case let .refused(message):
            state.flash = message
            state.review.open?.notice = message
        case let .calibrationLoaded(calibration):
            state.review.calibration = calibration
        }
        return []
    }

    static func queueLoaded(append: Bool, _ rows: [DiaryRow], _ state: inout AppState) {
        var review = state.review
        let selectedId = review.selectedRow?.id
        review.rows = append ? review.rows + rows.filter { row in !review.rows.contains { $0.id == row.id } } : rows
        review.exhausted = rows.count < pageSize
        review.loaded = true
        review.selected = review.rows.firstIndex { $0.id == selectedId } ?? min(review.selected, max(0, review.rows.count - 1))
        review.top = ListMoves.top(review.top, selected: review.selected, visible: state.queueRowCount)
        state.review = review
    }

    static func opened(_ id: Int64, _ detail: DiaryDetail?, scoring: Bool, notice: String?, _ state: inout AppState) {
        guard state.review.open?.id == id else { return }
        var open = OpenDiary(id: id)
        open.detail = detail
        open.loaded = true
        open.scoring = scoring && detail != nil
        open.notice = notice
        if let detail {
            open.scores = detail.mine?.scores ?? Array(repeating: nil, count: detail.rubric.rubric.criteria.count)
            open.comment = detail.mine?.comment ?? ""
            open.focus = open.scores.firstIndex { $0 == nil } ?? 0
        }
        state.review.open = open
    }

    /// Scored (or returned): on to the next diary in the queue that no colleague holds.
    /// A score taken back: its diary opens to be scored again; the one open before, if it
    /// was taken but not begun, goes back to the queue.
    static func takenBack(_ id: Int64, cadre: String, _ state: inout AppState) -> [Effect] {
        state.flash = state.catalog.format(.tookBack, SafeText.line(cadre))
        var effects: [Effect] = []
        if let open = state.review.open, open.id != id, open.scoring, open.scores.allSatisfy({ $0 == nil }), open.comment.isEmpty {
            effects.append(.review(.release(id: open.id)))
        }
        state.review.level = .diary
        state.review.open = OpenDiary(id: id)
        // The diary is held by this reviewer again: the version is not needed to take it.
        return effects + [.review(.openDiary(id: id, version: 0)), .review(.loadCounts)]
    }

    static func finished(_ id: Int64, flash: String, _ state: inout AppState) -> [Effect] {
        state.flash = flash
        var review = state.review
        let index = review.rows.firstIndex { $0.id == id } ?? review.selected
        review.rows.removeAll { $0.id == id }
        let next = review.rows.indices.dropFirst(index).first { review.rows[$0].claimedBy == nil || review.rows[$0].claimedBy == state.account.id }
        review.selected = min(next ?? index, max(0, review.rows.count - 1))
        var effects: [Effect] = [.review(.loadCounts)]
        if let next {
            effects = open(review.rows[next], &review) + effects
        } else {
            review.level = .queue
            review.open = nil
            effects.append(.review(.loadQueue(after: nil)))
        }
        state.review = review
        return effects
    }
}
