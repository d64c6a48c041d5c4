import Foundation
import LeagueCore
import Store
import TerminalKit

/// Activity menus (服务菜单 / 点单下菜): each activity with a bar per option, the comments and
/// what changed. j/k choose an activity; replies, the outcome and new menus are typed in.
enum ActivitiesTab {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        let polls = state.service.activities
        switch command {
        case .moveDown, .moveUp, .top, .bottom:
            guard let moved = ListMoves.selection(after: command, from: state.service.selectedActivity, count: polls.count, visible: 1) else {
                return []
            }
            state.service.selectedActivity = moved
            state.service.scroll = start(of: moved, state)
        case .pageDown, .pageUp:
            state.service.scroll = ScrolledLines.scrolled(state.service.scroll, by: command == .pageDown ? .pageDown : .pageUp,
                                                          lineCount: lines(state).count, visible: state.textRowCount - 1)
        case .replyToActivity, .recordOutcome:
            guard polls.indices.contains(state.service.selectedActivity) else {
                state.flash = state.catalog[.noActivities]
                return []
            }
            let poll = polls[state.service.selectedActivity]
            let kind: ServicePrompt = command == .replyToActivity ? .activityReply(poll.id, options: poll.options.count) : .activityOutcome(poll.id)
            state.overlay = .prompt(PromptState(kind: .service(kind), editor: LineEditor()))
        case .postActivity:
            state.overlay = .prompt(PromptState(kind: .service(.newActivity), editor: LineEditor()))
        default: break
        }
        return []
    }

    /// A reply ("3 想学直播卖货": the option's number, then any comment), what changed, or a
    /// new menu ("青年夜校：电商直播/茶叶种植/驾驶培训", its township first if it has one).
    static func entered(_ words: String, _ kind: ServicePrompt, _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        switch kind {
        case let .activityReply(id, count):
            let parts = words.split(separator: " ", maxSplits: 1).map(String.init)
            guard let option = Int(IMEText.folded(parts[0])), (1...count).contains(option) else {
                state.flash = c.format(.optionNumberWanted, count)
                return []
            }
            return [.service(.replyToActivity(id, option: option, comment: parts.count > 1 ? parts[1].trimmed : ""))]
        case let .activityOutcome(id):
            return [.service(.recordActivityOutcome(id, outcome: words))]
        case .newActivity:
            let (township, rest) = ServicePane.leadingTownship(words, state)
            guard let colon = rest.firstIndex(where: { IMEText.reads($0, as: ":") }) else {
                state.flash = c[.menuWanted]
                return []
            }
            let title = String(rest[..<colon]).trimmed
            let options = rest[rest.index(after: colon)...].split(whereSeparator: { IMEText.reads($0, as: "/") || $0 == "、" })
                .map { String($0).trimmed }.filter { !$0.isEmpty }
            guard !title.isEmpty, options.count >= 2 else {
                state.flash = c[.menuWanted]
                return []
            }
            return [.service(.postActivity(title: title, options: options, township: township))]
        default: return []
        }
    }

    /// The activities, newest first, kept on the one chosen before when they reload; a new
    /// one posted is chosen.
    static func loaded(_ polls: [ActivityPoll], _ state: inout AppState) {
        let before = state.service.activities
        let chosen = before.indices.contains(state.service.selectedActivity) ? before[state.service.selectedActivity].id : nil
        state.service.activities = polls
        let posted = !before.isEmpty && polls.count > before.count
        state.service.selectedActivity = posted ? 0 : polls.firstIndex { $0.id == chosen } ?? 0
        if state.service.tab == .activities { state.service.scroll = start(of: state.service.selectedActivity, state) }
    }

    /// The line an activity's title is on.
    static func start(of index: Int, _ state: AppState) -> Int {
        var line = 0
        for (position, poll) in state.service.activities.enumerated() where position < index { line += lineCount(poll) }
        return line
    }

    private static func lineCount(_ poll: ActivityPoll) -> Int { 3 + (poll.draft.isEmpty ? 0 : 1) + poll.options.count + poll.comments.count }

    /// Each activity: its menu with a bar per option, what young people said, and what changed.
    static func lines(_ state: AppState) -> [(String, Role)] {
        let c = state.catalog
        guard !state.service.activities.isEmpty else { return [(c[.noActivities], .muted)] }
        var lines: [(String, Role)] = []
        for (index, poll) in state.service.activities.enumerated() {
            let chosen = index == state.service.selectedActivity
            lines.append(((chosen ? "> " : "  ") + "\(SafeText.line(poll.title))  \(poll.township.map { state.labels.township(named: $0, in: state.vocabulary) } ?? "")  "
                          + c.format(.repliesCount, poll.replies), chosen ? .selected : .header))
            if !poll.draft.isEmpty { lines.append(("    " + SafeText.line(poll.draft), .muted)) }
            let most = max(1, poll.options.map(\.replies).max() ?? 1)
            for option in poll.options {
                let label = "\(option.position). \(SafeText.line(option.label))".truncated(toCells: 24).padded(toCells: 24)
                lines.append(("    \(label) \(String(option.replies).padded(toCells: 4, alignRight: true)) "
                              + String(repeating: "#", count: option.replies * 30 / most), .normal))
            }
            for comment in poll.comments { lines.append(("    “\(SafeText.line(comment))”", .muted)) }
            lines.append(("    → " + (poll.outcome.map(SafeText.line) ?? c[.noOutcomeYet]), poll.outcome == nil ? .muted : .accent))
            lines.append(("", .normal))
        }
        return lines
    }

    static func statusLeft(_ state: AppState) -> String {
        let polls = state.service.activities
        guard polls.indices.contains(state.service.selectedActivity) else { return "" }
        return "\(state.service.selectedActivity + 1)/\(polls.count) · \(SafeText.line(polls[state.service.selectedActivity].title))"
    }
}
