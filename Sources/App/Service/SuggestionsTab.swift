import Foundation
import LeagueCore
import Store
import TerminalKit

/// Suggestions from young people: the unanswered oldest first, overdue after a week.
enum SuggestionsTab {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        var service = state.service
        defer { state.service = service }
        if ListMoves.apply(command, selected: &service.selected, top: &service.top, count: service.suggestions.count,
                           visible: ServicePane.rowCount(state)) { return [] }
        switch command {
        case .answerSuggestion:
            guard let row = service.selectedSuggestion else { return [] }
            guard row.answer == nil else {
                state.flash = state.catalog[.suggestionAnswered]
                return []
            }
            state.overlay = .prompt(PromptState(kind: .service(.suggestionAnswer(row.ref)), editor: LineEditor()))
        case .addSuggestion:
            state.overlay = .prompt(PromptState(kind: .service(.newSuggestion), editor: LineEditor()))
        default: break
        }
        return []
    }

    /// A new suggestion, its township and where it came from first if known ("三魁镇 走访
    /// 希望…", in either order; heard by phone unless said), or an answer.
    static func entered(_ words: String, _ kind: ServicePrompt, _ state: inout AppState) -> [Effect] {
        switch kind {
        case .newSuggestion:
            var rest = words, township: String? = nil, source: RequestSource? = nil
            for _ in 0..<2 {
                let (named, after) = ServicePane.leadingTownship(rest, state)
                if township == nil, let named {
                    (township, rest) = (named, after)
                    continue
                }
                let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
                if source == nil, parts.count == 2, let said = RequestSource(written: parts[0]) {
                    (source, rest) = (said, parts[1].trimmed)
                    continue
                }
                break
            }
            return [.service(.addSuggestion(content: rest, source: source ?? .phone, township: township))]
        case let .suggestionAnswer(ref):
            return [.service(.answerSuggestion(ref: ref, answer: words))]
        default: return []
        }
    }

    static func loaded(_ rows: [SuggestionRow], _ state: inout AppState) {
        let selected = state.service.selectedSuggestion?.id
        state.service.suggestions = rows
        state.service.loaded = true
        state.service.selected = rows.firstIndex { $0.id == selected } ?? min(state.service.selected, max(0, rows.count - 1))
        state.service.top = ListMoves.top(state.service.top, selected: state.service.selected, visible: ServicePane.rowCount(state))
    }

    static func draw(_ state: AppState, into canvas: inout Canvas, rect body: Rect) {
        let c = state.catalog, service = state.service, now = state.now.unixSeconds
        let columns = [TableColumn(c[.columnRef], width: 13), TableColumn(c[.columnReceived], width: 10),
                       TableColumn(c[.columnTownship], width: 10), TableColumn(c[.columnState], width: state.language == .zh ? 10 : 9),
                       TableColumn(c[.columnContent], width: nil)]
        let visible = Array(service.suggestions.dropFirst(service.top).prefix(max(0, body.height - 1)))
        Table.draw(into: &canvas, rect: body, columns: columns, rows: visible.map { row in
            let status = row.answer != nil ? c[.suggestionDone] : row.overdue(at: now) ? c[.suggestionOverdue] : c[.suggestionWaiting]
            return [row.ref, CountyTime.dayString(Date(unixSeconds: row.receivedAt)), row.township.map { state.labels.township(named: $0, in: state.vocabulary) } ?? "-", status,
                    SafeText.line(row.content)]
        }, roles: visible.map { $0.overdue(at: now) ? .overdue : $0.answer == nil ? .normal : .muted },
        selected: service.suggestions.isEmpty ? nil : service.selected - service.top)
        if service.suggestions.isEmpty {
            canvas.put(service.loaded ? c[.noSuggestions] : c[.loading], x: 2, y: body.y + 2, width: body.width - 4, role: .muted)
        }
    }

    static func statusLeft(_ state: AppState) -> String {
        guard let row = state.service.selectedSuggestion else { return "" }
        guard let answer = row.answer else { return "\(state.labels.source(row.source)) · \(SafeText.line(row.content))" }
        return state.catalog.labelled(state.catalog[.suggestionAnswerIs], SafeText.line(answer)) + (row.answeredBy.map { " · \(SafeText.line($0))" } ?? "")
    }
}
