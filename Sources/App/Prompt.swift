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
    static let commands = ["town", "cat", "state", "urgency", "assignee", "overdue", "mine", "clear", "sort", "q"]

    static func run(_ text: String, _ state: inout AppState) -> [Effect] {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let command = words.first else { return [] }
        if commands.contains(command), command != "q", state.pane != .requests {
            state.pane = .requests
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let c = state.catalog
        var filter = state.queue.filter
        func unknown(_ what: Phrase) -> [Effect] {
            state.flash = c.format(.unknownValue, SafeText.line(argument), c[what])
            return []
        }
        switch command {
        case "town", "township":
            if argument.isEmpty { filter.townshipIds = [] }
            else if let town = match(argument, in: townshipNames(state)) { filter.townshipIds = [town] }
            else { return unknown(.pickTownship) }
        case "cat", "category":
            if argument.isEmpty { filter.categoryIds = [] }
            else if let category = match(argument, in: categoryNames(state)) { filter.categoryIds = [category] }
            else { return unknown(.pickCategory) }
        case "state":
            if argument.isEmpty || argument == "open" { filter.states = [] }
            else if argument == "all" { filter.states = Set(RequestState.allCases) }
            else if let found = match(argument, in: stateNames(state)) { filter.states = [found] }
            else { return unknown(.pickState) }
        case "urgency":
            if argument.isEmpty { filter.urgencies = [] }
            else if let level = match(argument, in: urgencyNames(state)) { filter.urgencies = [level] }
            else { return unknown(.pickUrgency) }
        case "assignee":
            if argument.isEmpty { filter.assigneeCadreId = nil } else { return [.queue(.findAssignee(argument))] }
        case "overdue": filter.overdueOnly.toggle()
        case "mine": filter.actedOnByOperatorId = filter.actedOnByOperatorId == nil ? state.account.id : nil
        case "clear": filter = QueueFilter(scope: filter.scopeTownshipId)
        case "sort":
            guard let sort = QueueSort(rawValue: argument) else { return unknown(.keySort) }
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

    /// The one name that `text` is, or that alone starts with `text`.
    private static func match<Value: Hashable>(_ text: String, in names: [(name: String, id: Value)]) -> Value? {
        let lowered = text.lowercased()
        if let exact = names.first(where: { $0.name.lowercased() == lowered }) { return exact.id }
        let starting = Set(names.filter { $0.name.lowercased().hasPrefix(lowered) }.map(\.id))
        return starting.count == 1 ? starting.first : nil
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
