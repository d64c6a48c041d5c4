import Foundation
import LeagueCore
import Store
import TerminalKit

/// The satisfaction report as the printed text shows it, and the follow-up calls waiting.
enum SurveyView {
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let surveys = state.surveys
        switch surveys.level {
        case .report:
            let lines = SurveysPane.reportLines(state)?.lazy.map { ($0, Role.normal) }
            TextPage.draw(lines, scroll: surveys.scroll, loaded: surveys.report != nil, missing: .loading, state, into: &canvas, rect: rect)
        case .followUps:
            drawFollowUps(state, into: &canvas, rect: rect)
        case .entry:
            let lines = surveys.entry.map { AnswerEntering.lines($0, state, width: rect.width - 2) }
            TextPage.draw(lines, scroll: 0, loaded: true, missing: .loading, state, into: &canvas, rect: rect)
        }
    }

    static func columns(_ state: AppState) -> [TableColumn] {
        let c = state.catalog, zh = state.language == .zh
        return [
            TableColumn(c[.columnRef], width: 13), TableColumn(c[.columnTownship], width: 10),
            TableColumn(c[.detailRequester], width: zh ? 8 : 10), TableColumn(c[.columnTitle], width: nil),
            TableColumn(c[.detailAssignee], width: zh ? 8 : 11), TableColumn(c[.columnResolved], width: zh ? 8 : 9),
        ]
    }

    private static func drawFollowUps(_ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let surveys = state.surveys
        let visible = Array(surveys.due.dropFirst(surveys.top).prefix(max(0, rect.height - 1)))
        Table.draw(
            into: &canvas, rect: rect, columns: columns(state),
            rows: visible.map { due in
                [due.ref, state.labels.township(state.vocabulary.township(due.townshipId)), due.requester.map(SafeText.line) ?? "",
                 SafeText.line(due.title), due.assignee.map(SafeText.line) ?? "",
                 state.catalog.format(.ago, state.labels.duration(state.now.unixSeconds - due.resolvedAt))]
            },
            selected: surveys.due.isEmpty ? nil : surveys.selected - surveys.top)
        if surveys.due.isEmpty {
            let c = state.catalog
            canvas.put(surveys.dueLoaded ? c[.noFollowUps] : c[.loading], x: 2, y: rect.y + 2, width: rect.width - 4, role: .muted)
        }
    }

    static func statusLeft(_ state: AppState) -> String {
        let c = state.catalog, surveys = state.surveys
        switch surveys.level {
        case .report, .entry: return c.format(.satisfactionOf, surveys.period?.name(state.language) ?? "")
        case .followUps:
            guard let due = surveys.selectedDue else { return c[.followUpsTitle] }
            var text = "\(due.ref) " + c.format(.resolutionIs, SafeText.line(due.resolution))
            // The caller needs the number; others see it masked.
            if let phone = due.requesterPhone {
                text = "\(state.account.mayReadPhones(townshipId: due.townshipId) ? phone : PhoneMask.mask(phone)) · " + text
            }
            if !surveys.remark.isEmpty { text = c.labelled(c[.remark], SafeText.line(surveys.remark)) + " · " + text }
            return text
        }
    }

    static func statusRight(_ state: AppState) -> String {
        let waiting = state.surveys.waiting, listed = SurveyStore.followUpsListed
        return state.catalog.format(.followUpsWaiting, waiting > listed ? "\(listed)+" : String(waiting))
    }
}
