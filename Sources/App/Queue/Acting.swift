import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// Acting on a request from the desk: `t` lists what the workflow allows this person now,
/// each action asks in turn for what it needs (a reason, a resolution, an assignee …), and
/// the store records it against the version the person saw.
enum Acting {
    /// The request the keys are about: the one open in the detail, else the selected row.
    private static func target(_ state: AppState) -> QueueRow? {
        state.queue.detail?.detail?.row ?? (state.queue.detail == nil ? state.queue.selectedRow : nil)
    }

    static func begin(_ command: Command, _ state: inout AppState) -> [Effect] {
        // With rows tagged (and no detail open), the action goes to all of them.
        let batch = state.queue.detail == nil ? state.queue.tagged : []
        guard let row = batch.first ?? target(state) else { return [] }
        let account = state.account
        let actor = Actor(role: account.role, townshipId: account.townshipId)
        // Only what may be done to every one of them.
        let available = Workflow.helpRequest.actions(in: row.state, for: actor, townshipId: row.townshipId).filter { action in
            batch.allSatisfy { other in
                Workflow.helpRequest.actions(in: other.state, for: actor, townshipId: other.townshipId).contains(action)
            }
        }
        let wanted: [RequestAction] = switch command {
        case .assign: [.assign, .reassign]
        case .note: [.note]
        case .contact: [.contact]
        default: available
        }
        let choices = available.filter(wanted.contains)
        guard let first = choices.first else {
            state.flash = state.catalog[.noActions]
            return []
        }
        var base = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version, action: first)
        base.also = batch.dropFirst().map(ActionTarget.init)
        base.title = row.title
        if command != .act { return proceed(base, &state) }
        state.overlay = .picker(PickerState(
            purpose: .action(base), title: named(base, state.catalog[.pickAction], state),
            options: choices.map { .init(label: state.labels.verb($0), value: .action($0)) }))
        return []
    }

    /// Asks for the first thing the action still needs, or records it when nothing is missing.
    static func proceed(_ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        guard let transition = Workflow.helpRequest.transition(request.action) else { return [] }
        for requirement in transition.requires.sorted() where !request.input.gives(requirement) {
            if requirement == .assignee {
                guard request.also.allSatisfy({ $0.townshipId == request.townshipId }) else {
                    state.overlay = nil
                    state.flash = state.catalog[.batchTownships]
                    return []
                }
                return [.queue(.loadAssignees(request, townshipId: request.townshipId))]
            }
            // A merge offers the requests this one may duplicate, and the number typed.
            if requirement == .target, request.also.isEmpty, !request.askedTarget {
                return [.queue(.loadMergeTargets(request))]
            }
            if requirement == .changes { return [.queue(.loadEditable(request))] }
            if requirement == .photos { return PhotoAttaching.ask(request, &state) }
            if requirement == .channel {
                state.overlay = .picker(PickerState(purpose: .channel(request), title: named(request, state.catalog[.pickChannel], state),
                                                    options: ContactChannel.allCases.map { .init(label: state.labels.channel($0), value: .channel($0)) }))
                return []
            }
            state.overlay = .prompt(PromptState(kind: .queue(.actionText(request, requirement)), editor: LineEditor(request.input[text: requirement])))
            return []
        }
        state.overlay = nil
        return [.queue(request.also.isEmpty ? .act(request) : .actAll(request))]
    }

    /// A choice from the action menu or the assignee list.
    static func chose(_ option: PickerState.Option, _ purpose: PickerState.Purpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case var .action(request):
            guard case let .action(action) = option.value else { return [] }
            request.action = action
            return proceed(request, &state)
        case var .assignee(request):
            switch option.value {
            case let .cadre(id): request.input.assigneeCadreId = id
            case let .commune(id): request.input.assigneeCommuneId = id
            default: return []
            }
            return proceed(request, &state)
        case var .mergeTarget(request):
            switch option.value {
            case let .mergeTarget(ref):
                request.input.target = ref
                return proceed(request, &state)
            default:
                request.askedTarget = true
                return proceed(request, &state)
            }
        case var .channel(request):
            guard case let .channel(channel) = option.value else { return [] }
            request.input.channel = channel.rawValue
            // What was said, in a word or two, or nothing: Enter records the contact.
            state.overlay = .prompt(PromptState(kind: .queue(.actionText(request, .note)), editor: LineEditor(request.input.note)))
            return []
        default:
            return []
        }
    }

    /// A menu's or prompt's words with the request they are for: `QZ-2026-00046 村里路灯坏了… · 可执行的操作`.
    static func named(_ request: ActionRequest, _ words: String, _ state: AppState) -> String {
        let title = request.title.isEmpty ? "" : " " + SafeText.line(request.title).truncated(toCells: 16)
        let others = request.also.isEmpty ? "" : " " + state.catalog.format(.andOthers, request.also.count)
        return "\(request.ref)\(title)\(others) · \(words)"
    }

    /// Text typed for `requirement`, then on to what else the action needs.
    static func entered(_ text: String, _ request: ActionRequest, _ requirement: Requirement, _ state: inout AppState) -> [Effect] {
        var request = request
        request.input[text: requirement] = text
        // After a colleague's change the person confirms again: act on what they now see.
        if let row = state.queue.rows.first(where: { $0.id == request.requestId }) ?? state.queue.detail?.detail?.row,
           row.id == request.requestId {
            request.version = row.version
        }
        return proceed(request, &state)
    }

    static func prompt(for requirement: Requirement, of action: RequestAction, _ catalog: Catalog) -> String {
        switch requirement {
        case .reason: catalog[.askReason]
        case .resolution: catalog[.askResolution]
        case .note: catalog[action == .contact ? .askContactNote : .askNote]
        case .target: catalog[.askTarget]
        case .assignee, .channel, .changes, .photos: ""
        }
    }

    /// The likely duplicates a request may go into; with none, the number is typed.
    static func mergeTargets(_ request: ActionRequest, _ duplicates: [PossibleDuplicate], _ state: inout AppState) -> [Effect] {
        var request = request
        guard !duplicates.isEmpty else {
            request.askedTarget = true
            return proceed(request, &state)
        }
        let c = state.catalog
        state.overlay = .picker(PickerState(
            purpose: .mergeTarget(request), title: named(request, c[.pickMergeTarget], state),
            options: duplicates.map {
                .init(label: "\($0.ref) \(SafeText.line($0.title).truncated(toCells: 24))（\(state.labels.state($0.state))）", value: .mergeTarget($0.ref))
            } + [.init(label: c[.typeAnotherRef], value: .keepNew)]))
        return []
    }

    static func assigneePicker(_ request: ActionRequest, _ options: [PickerState.Option], _ state: inout AppState) {
        state.overlay = .picker(PickerState(purpose: .assignee(request), title: named(request, state.catalog[.pickAssigneeFor], state), options: options))
    }

    /// A tagged batch is done: what moved is untagged, what did not stays tagged, and the
    /// status says which and why.
    static func finishedBatch(_ request: ActionRequest, _ failures: [String: ActionFailure], _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        let total = request.also.count + 1
        state.queue.tagged.removeAll { failures[$0.ref] == nil }
        var message = c.format(.batchDone, total - failures.count, state.labels.action(request.action.rawValue))
        if !failures.isEmpty {
            let reasons = failures.sorted { $0.key < $1.key }.map { ref, failure in "\(ref) \(reason(failure, ref: ref, state))" }
            message += c.format(.batchFailed, failures.count, reasons.joined(separator: " "))
        }
        state.flash = message
        return Queue.refresh(state.queue, rows: state.queueRowCount)
    }

    static func succeeded(_ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        state.flash = state.catalog.format(.actionDone, request.ref, state.labels.action(request.action.rawValue))
        state.queue.followRef = request.ref
        return QueuePane.reread(state)
    }

    /// Why the action on `ref` was not recorded, in the person's words.
    static func reason(_ failure: ActionFailure, ref: String, _ state: AppState) -> String {
        let c = state.catalog, labels = state.labels
        switch failure {
        case let .refused(error):
            return labels.refusal(error)
        case let .changedMeanwhile(by, at, stateName):
            let shown = RequestState(rawValue: stateName).map(labels.state) ?? stateName
            return c.format(.changedMeanwhile, ref, SafeText.line(by), labels.timestamp(at), shown)
        case let .noSuchTarget(target):
            return c.format(.noSuchTarget, SafeText.line(target))
        case let .other(message):
            return message
        }
    }

    /// Says why the action was not recorded. When a colleague got there first, the window
    /// is read again and what the person typed is offered once more.
    static func failed(_ request: ActionRequest, _ failure: ActionFailure, _ state: inout AppState) -> [Effect] {
        state.flash = reason(failure, ref: request.ref, state)
        guard case .changedMeanwhile = failure else { return [] }
        let effects = QueuePane.reread(state)
        if request.action == .edit {
            Editing.again(request, &state)
            return effects
        }
        if let requirement = Workflow.helpRequest.transition(request.action)?.requires
            .sorted().last(where: { $0 != .assignee }) {
            state.overlay = .prompt(PromptState(kind: .queue(.actionText(request, requirement)),
                                                editor: LineEditor(request.input[text: requirement])))
        }
        return effects
    }
}
