import LeagueCore
import Reports
import Store
import TerminalKit

/// The satisfaction pane's moves: the report period by period, and the follow-up calls,
/// each answered with one key.
enum Surveys {
    /// What the pane reads when shown: the report (this half-year the first time), and the calls.
    static func shown(_ state: inout AppState) -> [Effect] {
        let period = state.surveys.period ?? ReportPeriod.half(containing: state.now)
        state.surveys.period = period
        return [.loadSatisfaction(period), .loadFollowUps(scope: scope(state))]
    }

    /// A township secretary calls their own township's requesters.
    static func scope(_ state: AppState) -> Int64? {
        state.account.role == .townshipSecretary ? state.account.townshipId : nil
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
            return [.loadSatisfaction(next)]
        case .showFollowUps:
            state.surveys.level = .followUps
            return [.loadFollowUps(scope: scope(state))]
        case .enterAnswers:
            guard [.admin, .desk, .townshipSecretary].contains(state.account.role) else {
                state.flash = state.catalog[.rosterNotAllowed]
                return []
            }
            return [.loadSurveyForm]
        default:
            guard let move = Detail.scrollMove(command) else { return [] }
            state.surveys.scroll = ScrolledLines.scrolled(state.surveys.scroll, by: move, lineCount: state.surveys.reportLines.count,
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
            return surveys.period.map { [.loadSatisfaction($0)] } ?? []
        case .remark:
            guard surveys.selectedDue != nil else { return [] }
            state.overlay = .prompt(PromptState(kind: .followUpRemark, editor: LineEditor(surveys.remark)))
        case let .answer(answer):
            guard let due = surveys.selectedDue else { return [] }
            // Not satisfied: ask whether it goes back to work (a reason) or is closed anyway (empty).
            if answer == .dissatisfied {
                state.overlay = .prompt(PromptState(kind: .reopenReason(due, answer), editor: LineEditor()))
                return []
            }
            return [.recordFollowUp(due, answer, remark: surveys.remark, reopenReason: nil, by: state.account)]
        default: break
        }
        return []
    }

    /// Text typed at the bottom: a remark, or the reason a request goes back to work.
    static func entered(_ text: String, _ kind: PromptState.Kind, _ state: inout AppState) -> [Effect] {
        switch kind {
        case .followUpRemark:
            state.surveys.remark = text.trimmed
            return []
        case let .reopenReason(due, answer):
            let reason = text.trimmed
            return [.recordFollowUp(due, answer, remark: state.surveys.remark, reopenReason: reason.isEmpty ? nil : reason, by: state.account)]
        default: return []
        }
    }

    static func reportLoaded(_ report: SatisfactionReport, _ state: inout AppState) {
        guard report.period == state.surveys.period else { return }
        state.surveys.report = report
        state.surveys.reportLines = SatisfactionText.text(report, language: state.language)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func formLoaded(_ form: SurveyForm?, _ state: inout AppState) {
        guard let form else {
            state.flash = state.catalog[.noSurveyToEnter]
            return
        }
        state.surveys.level = .entry
        state.surveys.entry = AnswerEntry(form: form)
        state.overlay = .prompt(PromptState(kind: .cadreToRate, editor: LineEditor()))
    }

    static func recorded(ref: String, answer: Satisfaction.Answer, reopened: Bool, _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        state.flash = c.format(reopened ? .followUpReopened : .followUpClosed, ref, answer.name(state.language))
        state.surveys.remark = ""
        state.surveys.due.removeAll { $0.ref == ref }
        state.surveys.selected = min(state.surveys.selected, max(0, state.surveys.due.count - 1))
        return [.loadFollowUps(scope: scope(state))]
    }

    static func followUpsLoaded(_ due: [FollowUpDue], _ state: inout AppState) {
        let selected = state.surveys.selectedDue?.requestId
        state.surveys.due = due
        state.surveys.dueLoaded = true
        state.surveys.selected = due.firstIndex { $0.requestId == selected } ?? min(state.surveys.selected, max(0, due.count - 1))
        state.surveys.top = ListMoves.top(state.surveys.top, selected: state.surveys.selected, visible: state.queueRowCount)
    }
}
