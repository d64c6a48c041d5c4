import LeagueCore
import Reports
import Store
import TerminalKit

/// Pane 4, satisfaction: the report period by period, the follow-up calls, each answered
/// with one key, and paper questionnaires typed in.
enum SurveysPane: Pane {
    static let title = Phrase.paneSurveys

    /// What the pane reads when shown: the report (this half-year the first time), and the calls.
    static func shown(_ state: inout AppState) -> [Effect] {
        let period = state.surveys.period ?? ReportPeriod(.half, containing: state.now)
        state.surveys.period = period
        // The report shows only how many calls wait; the calls are read when shown.
        return [.surveys(.loadSatisfaction(period)), .surveys(.countFollowUps)] + (state.surveys.level == .followUps ? [.surveys(.loadFollowUps)] : [])
    }

    /// Someone else committed: read again while on screen (a colleague's call takes one off the
    /// list); out of sight, the pane reads everything when next shown.
    static func dataChanged(_ state: inout AppState) -> [Effect] {
        state.pane == .surveys ? shown(&state) : []
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        SurveyView.draw(state, into: &canvas, rect: rect)
    }

    static func status(_ state: AppState) -> (left: String, right: String) {
        (SurveyView.statusLeft(state), SurveyView.statusRight(state))
    }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        switch state.surveys.level {
        case .report: Keymap.satisfaction
        case .followUps: Keymap.followUps
        case .entry: Keymap.answerEntry
        }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch state.surveys.level {
        case .report: report(command, &state)
        case .followUps: followUps(command, &state)
        case .entry: AnswerEntering.run(command, &state)
        }
    }

    private static func report(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let period = state.surveys.period else { return [] }
        switch command {
        case .previousPeriod, .nextPeriod:
            let next = command == .previousPeriod ? period.previous : period.next
            state.surveys.period = next
            state.surveys.scroll = 0
            return [.surveys(.loadSatisfaction(next))]
        case .showFollowUps:
            state.surveys.level = .followUps
            return [.surveys(.loadFollowUps)]
        case .printReport:
            state.flash = state.catalog[.printing]
            return [.surveys(.printSatisfaction(period))]
        case .enterAnswers:
            guard [.admin, .desk, .townshipSecretary].contains(state.account.role) else {
                state.flash = state.catalog[.rosterNotAllowed]
                return []
            }
            return [.surveys(.loadSurveyForm)]
        default:
            guard let move = Detail.scrollMove(command) else { return [] }
            state.surveys.scroll = ScrolledLines.scrolled(state.surveys.scroll, by: move, lineCount: reportLines(state)?.count ?? 0,
                                                          visible: state.textRowCount)
            return []
        }
    }

    private static func followUps(_ command: Command, _ state: inout AppState) -> [Effect] {
        var surveys = state.surveys
        defer { state.surveys = surveys }
        let before = surveys.selected
        if ListMoves.apply(command, selected: &surveys.selected, top: &surveys.top, count: surveys.due.count, visible: state.queueRowCount) {
            // A remark noted for one call does not follow to the next.
            if surveys.selected != before { surveys.remark = "" }
            return []
        }
        switch command {
        case .back:
            surveys.level = .report
            return surveys.period.map { [.surveys(.loadSatisfaction($0))] } ?? []
        case .open:
            // The whole request, resolution and history, read before calling; Esc comes back.
            guard let due = surveys.selectedDue else { return [] }
            state.pane = .requests
            state.queue.detail = DetailState(id: due.requestId, openedFrom: .surveys)
            return [.queue(.loadDetail(due.requestId))]
        case .remark:
            guard surveys.selectedDue != nil else { return [] }
            state.overlay = .prompt(PromptState(kind: .surveys(.followUpRemark), editor: LineEditor(surveys.remark)))
        case let .answer(answer):
            guard let due = surveys.selectedDue else { return [] }
            // Not satisfied: ask whether it goes back to work (a reason) or is closed anyway (empty).
            if answer == .dissatisfied {
                state.overlay = .prompt(PromptState(kind: .surveys(.reopenReason(due, answer)), editor: LineEditor()))
                return []
            }
            return [.surveys(.recordFollowUp(due, answer, remark: surveys.remark, reopenReason: nil))]
        default: break
        }
        return []
    }

    /// Text typed at the bottom: a remark, or the reason a request goes back to work.
    static func entered(_ text: String, _ prompt: SurveyPrompt, _ state: inout AppState) -> [Effect] {
        switch prompt {
        case .followUpRemark:
            state.surveys.remark = text.trimmed
            return []
        case let .reopenReason(due, answer):
            let reason = text.trimmed
            return [.surveys(.recordFollowUp(due, answer, remark: state.surveys.remark, reopenReason: reason.isEmpty ? nil : reason))]
        case .cadreToRate, .typedText:
            return AnswerEntering.entered(text, prompt, &state)
        }
    }

    static func label(_ prompt: SurveyPrompt, _ c: Catalog) -> (String, String) {
        switch prompt {
        case .followUpRemark: (c[.askRemark], c[.textHint])
        case let .reopenReason(due, _): ("\(due.ref) \(c[.askReopenReason])", c[.textHint])
        case .cadreToRate: (c[.askCadreToRate], c[.textHint])
        case .typedText: (c[.askTypedText], c[.textHint])
        }
    }

    static func reduce(_ answer: SurveyAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .satisfactionLoaded(report): reportLoaded(report, &state)
        case let .followUpsLoaded(due): followUpsLoaded(due, &state)
        case let .followUpsCounted(waiting): state.surveys.waiting = waiting
        case let .followUpRecorded(ref, answer, reopened): return recorded(ref: ref, answer: answer, reopened: reopened, &state)
        case let .surveyFormLoaded(form): formLoaded(form, &state)
        case let .cadresToRateFound(query, cadres): AnswerEntering.cadresFound(query, cadres, &state)
        case .typedResponseRecorded: AnswerEntering.recorded(&state)
        }
        return []
    }

    static func reportLoaded(_ report: SatisfactionReport, _ state: inout AppState) {
        guard report.period == state.surveys.period else { return }
        state.surveys.report = report
    }

    /// The report as it prints, a line each, in the desk's language: the head written when
    /// asked for (a few dozen lines), each cadre's line only when it is read.
    static func reportLines(_ state: AppState) -> SatisfactionText.Lines? {
        state.surveys.report.map { SatisfactionText.lines($0, language: state.language) }
    }

    static func formLoaded(_ form: SurveyForm?, _ state: inout AppState) {
        guard let form else {
            state.flash = state.catalog[.noSurveyToEnter]
            return
        }
        state.surveys.level = .entry
        state.surveys.entry = AnswerEntry(form: form)
        state.overlay = .prompt(PromptState(kind: .surveys(.cadreToRate), editor: LineEditor()))
    }

    static func recorded(ref: String, answer: Satisfaction.Answer, reopened: Bool, _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        state.flash = c.format(reopened ? .followUpReopened : .followUpClosed, ref, answer.name(state.language))
        state.surveys.remark = ""
        state.surveys.due.removeAll { $0.ref == ref }
        // One fewer at once; counted again with the list, which may not hold them all.
        state.surveys.waiting = max(0, state.surveys.waiting - 1)
        state.surveys.selected = min(state.surveys.selected, max(0, state.surveys.due.count - 1))
        return [.surveys(.loadFollowUps), .surveys(.countFollowUps)]
    }

    static func followUpsLoaded(_ due: [FollowUpDue], _ state: inout AppState) {
        let selected = state.surveys.selectedDue?.requestId
        state.surveys.due = due
        state.surveys.dueLoaded = true
        state.surveys.selected = due.firstIndex { $0.requestId == selected } ?? min(state.surveys.selected, max(0, due.count - 1))
        state.surveys.top = ListMoves.top(state.surveys.top, selected: state.surveys.selected, visible: state.queueRowCount)
    }
}
