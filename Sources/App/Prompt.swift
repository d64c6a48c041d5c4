import LeagueCore
import Store
import TerminalKit
import Workflow

/// The line at the bottom for `/` search and `:` commands.
enum Prompt {
    static func handle(_ key: Key, _ prompt: inout PromptState, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .enter:
            state.overlay = nil
            return prompt.kind.entered(prompt.editor.text, &state)
        case .tab where prompt.kind == .command:
            prompt.editor.replace(with: Commands.complete(prompt.editor.text, state))
        case .tab where prompt.kind == .queue(.search):
            state.queue.searchEverywhere.toggle()
        default:
            _ = prompt.editor.handle(key)
        }
        state.overlay = .prompt(prompt)
        return []
    }
}

/// `:` commands: `town 罗阳镇`, `cat 健康`, `state published`, `urgency 急`, `assignee 张传相`,
/// `overdue`, `mine`, `clear`, `sort newest`, `q`. They narrow the request queue: typed in
/// another pane, they take the person there.
enum Commands {
    static let commands = ["town", "cat", "state", "urgency", "assignee", "overdue", "mine", "clear", "sort", "save", "view", "log", "q"]

    static func run(_ text: String, _ state: inout AppState) -> [Effect] {
        // The command word as an input method types it (`：ｔｏｗｎ　三魁`); a saved view's
        // name as it was typed, full-width marks and all.
        let line = text.trimmingCharacters(in: .whitespaces)
        let end = line.firstIndex { $0 == " " || $0 == "\u{3000}" } ?? line.endIndex
        let command = IMEText.folded(String(line[..<end])).lowercased()
        guard !command.isEmpty else { return [] }
        if commands.contains(command), command != "q", state.pane != .requests {
            state.pane = .requests
        }
        let written = String(line[end...]).trimmingCharacters(in: .whitespaces)
        let argument = ["save", "view"].contains(command) ? written : IMEText.folded(written)
        let c = state.catalog
        var filter = state.queue.filter
        /// The one value the argument names; several open the kind's picker narrowed by it.
        func one<Value: Hashable>(_ names: [(name: String, id: Value)], _ kind: PickerState.FilterKind, _ what: Phrase) -> Value? {
            let found = NameMatch.find(argument, in: names.map { ([$0.name], $0.id) })
            if found.count > 1, var picker = Filters.valuePicker(kind, state) {
                picker.query = LineEditor(argument)
                state.overlay = .picker(picker)
            } else if found.isEmpty {
                state.flash = c.format(.unknownValue, SafeText.line(argument), c[what])
            }
            return found.count == 1 ? found[0] : nil
        }
        switch command {
        case "town", "township":
            if argument.isEmpty { filter.townshipIds = [] }
            else if let town = one(townshipNames(state), .township, .pickTownship) { filter.townshipIds = [town] }
            else { return [] }
        case "cat", "category":
            if argument.isEmpty { filter.categoryIds = [] }
            else if let category = one(categoryNames(state), .category, .pickCategory) { filter.categoryIds = [category] }
            else { return [] }
        case "state":
            if argument.isEmpty || argument == "open" { filter.states = [] }
            else if argument == "all" { filter.states = Set(RequestState.allCases) }
            else if let found = one(stateNames(state), .state, .pickState) { filter.states = [found] }
            else { return [] }
        case "urgency":
            if argument.isEmpty { filter.urgencies = [] }
            else if let level = one(urgencyNames(state), .urgency, .pickUrgency) { filter.urgencies = [level] }
            else { return [] }
        case "assignee":
            if argument.isEmpty { filter.assigneeCadreId = nil } else { return [.queue(.findAssignee(argument))] }
        case "log": return DayLog.open(argument, &state)
        case "save":
            guard !argument.isEmpty else {
                state.flash = c[.viewNameWanted]
                return []
            }
            return [.queue(.saveView(SavedView(name: argument, filter: state.queue.filter, sort: state.queue.sort)))]
        case "view": return [.queue(.loadViews(named: argument))]
        case "overdue": filter.overdueOnly.toggle()
        case "mine": filter.actedOnByOperatorId = filter.actedOnByOperatorId == nil ? state.account.id : nil
        case "clear": filter = QueueFilter(scope: filter.scopeTownshipId)
        case "sort":
            guard let sort = QueueSort(rawValue: argument) else {
                state.flash = c.format(.unknownValue, SafeText.line(argument), c[.keySort])
                return []
            }
            state.queue.sort = sort
            return Queue.run(.top, &state)
        case "q", "quit":
            state.shouldQuit = true
            return []
        default:
            state.flash = c.format(.unknownCommand, SafeText.line(command))
            return []
        }
        return Filters.apply(filter, &state)
    }

    /// Completes the command word, or its argument from the names it takes, as far as the
    /// matches agree.
    static func complete(_ text: String, _ state: AppState) -> String {
        let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if words.count <= 1 {
            let matches = commands.filter { $0.hasPrefix(text) }
            return matches.count == 1 ? matches[0] + " " : commonPrefix(matches, fallback: text)
        }
        let names: [String]
        switch words[0] {
        case "town", "township": names = townshipNames(state).map(\.name)
        case "cat", "category": names = categoryNames(state).map(\.name)
        case "state": names = stateNames(state).map(\.name)
        case "urgency": names = urgencyNames(state).map(\.name)
        case "sort": names = QueueSort.allCases.map(\.rawValue)
        default: return text
        }
        let typed = words[1]
        return words[0] + " " + commonPrefix(names.filter { $0.lowercased().hasPrefix(typed.lowercased()) }, fallback: typed)
    }

    private static func commonPrefix(_ candidates: [String], fallback: String) -> String {
        guard var prefix = candidates.first else { return fallback }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix.count >= fallback.count ? prefix : fallback
    }

    private static func townshipNames(_ state: AppState) -> [(name: String, id: Int64)] {
        state.vocabulary.townships.flatMap { [($0.nameZh, $0.id), ($0.nameEn, $0.id)] }
    }

    private static func categoryNames(_ state: AppState) -> [(name: String, id: Int64)] {
        state.vocabulary.categories.flatMap { [($0.nameZh, $0.id), ($0.nameEn, $0.id), ($0.code, $0.id)] }
    }

    /// State names in both languages and as stored.
    private static func stateNames(_ state: AppState) -> [(name: String, id: RequestState)] {
        RequestState.allCases.flatMap { found in
            [Language.zh, .en].map { (Labels(language: $0).state(found), found) } + [(found.rawValue, found)]
        }
    }

    private static func urgencyNames(_ state: AppState) -> [(name: String, id: Urgency)] {
        Urgency.allCases.flatMap { level in
            [Language.zh, .en].map { (Labels(language: $0).urgencyName(level), level) } + [(String(level.rawValue), level)]
        }
    }
}
