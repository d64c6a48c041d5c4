import Foundation
import LeagueCore
import Store
import TerminalKit

/// A new request taken in at the desk (`N`), as a phone call goes: the township, category,
/// urgency and source chosen from lists (by characters or pinyin), then the requester's
/// number and name, the title and the text typed; the store checks it, and requests that may
/// be the same are offered to merge the new one into.
public struct IntakeDraft: Codable, Equatable, Sendable {
    public enum Step: Codable, Equatable, Sendable { case township, category, urgency, source, phone, name, title, body }

    public var step: Step = .township
    public var townshipId: Int64?
    public var categoryId: Int64?
    public var urgency: Urgency = .normal
    public var source: RequestSource = .phone
    public var phone = ""
    public var name = ""
    public var title = ""
    public var body = ""
}

/// A request just taken in, as a merge would need it.
public struct IntakeAdded: Codable, Equatable, Sendable {
    public var id: Int64
    public var ref: String
    public var title: String
    public var townshipId: Int64
}

enum Intake {
    static func begin(_ state: inout AppState) -> [Effect] {
        guard state.account.role.may(.actOnRequests) else {
            state.flash = state.catalog[.intakeNotAllowed]
            return []
        }
        var draft = IntakeDraft()
        // A township secretary's requests are her township's.
        if let own = state.account.ownTownship {
            draft.townshipId = own
            draft.step = .category
        }
        return ask(draft, &state)
    }

    /// Asks for what the draft's step needs: a list to choose from, or a line to type.
    static func ask(_ draft: IntakeDraft, _ state: inout AppState) -> [Effect] {
        let c = state.catalog, labels = state.labels
        func pick(_ title: Phrase, _ options: [PickerState.Option]) {
            state.overlay = .picker(PickerState(purpose: .intake(draft), title: c[.newRequestTitle] + " · " + c[title], options: options))
        }
        switch draft.step {
        case .township: pick(.pickTownship, state.vocabulary.townships.map { .init(label: labels.township($0), value: .township($0.id)) })
        case .category: pick(.pickCategory, state.vocabulary.categories.map { .init(label: labels.category($0), value: .category($0.id)) })
        case .urgency: pick(.pickUrgency, Urgency.allCases.reversed().map { .init(label: labels.urgencyName($0), value: .urgency($0)) })
        case .source: pick(.pickSource, RequestSource.allCases.map { .init(label: labels.source($0), value: .source($0)) })
        case .phone, .name, .title, .body:
            state.overlay = .prompt(PromptState(kind: .queue(.intake(draft)), editor: LineEditor(text(draft))))
        }
        return []
    }

    static func chose(_ option: PickerState.Option, _ draft: IntakeDraft, _ state: inout AppState) -> [Effect] {
        var draft = draft
        switch option.value {
        case let .township(id): draft.townshipId = id; draft.step = .category
        case let .category(id): draft.categoryId = id; draft.step = .urgency
        case let .urgency(level): draft.urgency = level; draft.step = .source
        case let .source(source): draft.source = source; draft.step = .phone
        default: return []
        }
        return ask(draft, &state)
    }

    /// A line typed for the draft's step; the title and the text may not be empty.
    static func entered(_ typed: String, _ draft: IntakeDraft, _ state: inout AppState) -> [Effect] {
        var draft = draft
        let text = typed.trimmed
        switch draft.step {
        case .phone: draft.phone = text; draft.step = .name
        case .name: draft.name = text; draft.step = .title
        case .title:
            guard !text.isEmpty else { return again(draft, .titleWanted, &state) }
            draft.title = text
            draft.step = .body
        case .body:
            guard !text.isEmpty else { return again(draft, .bodyWanted, &state) }
            draft.body = text
            state.overlay = nil
            return [.queue(.addRequest(draft))]
        default: return []
        }
        return ask(draft, &state)
    }

    private static func again(_ draft: IntakeDraft, _ why: Phrase, _ state: inout AppState) -> [Effect] {
        state.flash = state.catalog[why]
        return ask(draft, &state)
    }

    /// The words before the line of a text step: `新求助 · 求助人手机（可空）：`.
    static func label(_ draft: IntakeDraft, _ c: Catalog) -> String {
        let asked: Phrase = switch draft.step {
        case .phone: .askRequesterPhone
        case .name: .askRequesterName
        case .title: .askTitle
        default: .askBody
        }
        return c[.newRequestTitle] + " · " + c[asked]
    }

    private static func text(_ draft: IntakeDraft) -> String {
        switch draft.step {
        case .phone: draft.phone
        case .name: draft.name
        case .title: draft.title
        case .body: draft.body
        default: ""
        }
    }

    /// Recorded: said, selected when on screen, and requests that may be the same offered
    /// to merge it into. Refused (a number that is no mobile): asked again, nothing lost.
    static func added(_ added: IntakeAdded, _ duplicates: [PossibleDuplicate], _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        state.flash = c.format(.requestAdded, added.ref)
        state.queue.followRef = added.ref
        if !duplicates.isEmpty {
            state.overlay = .picker(PickerState(
                purpose: .duplicateOf(added), title: c.format(.maybeDuplicate, added.ref),
                options: [.init(label: c[.keepAsNew], value: .keepNew)] + duplicates.map {
                    .init(label: c.format(.mergeInto, $0.ref, SafeText.line($0.title).truncated(toCells: 24), state.labels.state($0.state)),
                          value: .mergeTarget($0.ref))
                }))
        }
        return QueuePane.reread(state)
    }

    /// The new request merged into the one it duplicates, as any merge is (version 1: nobody
    /// has touched it yet).
    static func merge(_ added: IntakeAdded, into target: String) -> [Effect] {
        var request = ActionRequest(requestId: added.id, ref: added.ref, townshipId: added.townshipId, version: 1, action: .merge)
        request.input.target = target
        request.title = added.title
        return [.queue(.act(request))]
    }

    static func refused(_ draft: IntakeDraft, _ message: String, _ state: inout AppState) -> [Effect] {
        var draft = draft
        draft.step = .phone
        state.flash = message
        return ask(draft, &state)
    }
}
