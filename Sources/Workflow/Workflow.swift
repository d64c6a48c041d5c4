import LeagueCore

/// What an action must be given besides who takes it.
public enum Requirement: String, Codable, Sendable, CaseIterable, Comparable {
    /// Why: sending back, rejecting, withdrawing, reopening, escalating.
    case reason
    /// What was done for the young person.
    case resolution
    /// A cadre or a youth commune.
    case assignee
    /// The request a duplicate is merged into.
    case target
    /// The text of a note.
    case note
    /// How the requester was reached (`ContactChannel`).
    case channel
    /// What of the request to correct, and to what (`ActionInput.changes`).
    case changes
    /// Photos kept in the store, by their SHA-256 (`ActionInput.photos`).
    case photos

    public static func < (lhs: Requirement, rhs: Requirement) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an action does to the deadlines.
public enum ClockChange: String, Sendable {
    case none
    /// The requester was reached: the first-contact deadline is met.
    case contact
    /// Waiting on the requester: the clocks stop.
    case pause
    /// The requester answered: the clocks run again.
    case resume
    /// Solved or ended: no deadline any more.
    case stop
    /// Back to work: the resolution clock runs again.
    case restart
}

/// One thing that may be done: from which states, to which (or none, for actions that
/// record without moving), by whom, needing what.
public struct Transition<State: Hashable & Sendable>: Sendable {
    public let action: String
    public let from: Set<State>
    /// Nil: the state stays as it is (a note, a contact, an escalation).
    public let to: State?
    public let roles: Set<OperatorRole>
    public let requires: Set<Requirement>
    public let clock: ClockChange

    public init(_ action: String, from: Set<State>, to: State?, roles: Set<OperatorRole>,
                requires: Set<Requirement> = [], clock: ClockChange = .none) {
        self.action = action
        self.from = from
        self.to = to
        self.roles = roles
        self.requires = requires
        self.clock = clock
    }
}

/// Who acts, and for township secretaries, where they may.
public struct Actor: Sendable, Equatable {
    public var role: OperatorRole
    /// The township a township secretary works on.
    public var townshipId: Int64?

    public init(role: OperatorRole, townshipId: Int64? = nil) {
        self.role = role
        self.townshipId = townshipId
    }
}

/// What the person gave with the action.
public struct ActionInput: Codable, Sendable, Equatable {
    public var reason = ""
    public var resolution = ""
    public var assigneeCadreId: Int64?
    public var assigneeCommuneId: Int64?
    public var target = ""
    public var note = ""
    /// For a village approval recorded at the desk: the village branch it is recorded for
    /// (代 中垟村团支部), as is done when a branch approves by phone or on paper.
    public var onBehalfOf = ""
    /// A contact's channel, as `ContactChannel`'s raw value.
    public var channel = ""
    /// An edit's new values: texts as typed, a category or township by id, an urgency by
    /// its raw value.
    public var changes: [RequestField: String] = [:]
    /// Photos to attach: kept photos' SHA-256, in the order given.
    public var photos: [String] = []

    public init() {}

    /// Whether this input gives what `requirement` asks for.
    public func gives(_ requirement: Requirement) -> Bool {
        if requirement == .assignee { return (assigneeCadreId == nil) != (assigneeCommuneId == nil) }
        if requirement == .channel { return ContactChannel(rawValue: channel) != nil }
        if requirement == .changes { return !changes.isEmpty }
        if requirement == .photos { return !photos.isEmpty }
        return !self[text: requirement].trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// The text given for a requirement that is text (all but the assignee and the changes,
    /// which are empty).
    public subscript(text requirement: Requirement) -> String {
        get {
            switch requirement {
            case .reason: reason
            case .resolution: resolution
            case .target: target
            case .note: note
            case .channel: channel
            case .assignee, .changes, .photos: ""
            }
        }
        set {
            switch requirement {
            case .reason: reason = newValue
            case .resolution: resolution = newValue
            case .target: target = newValue
            case .note: note = newValue
            case .channel: channel = newValue
            case .assignee, .changes, .photos: break
            }
        }
    }
}

/// An action that applies: where it leaves the item and what it does to the clocks.
public struct Step<State: Hashable & Sendable>: Sendable, Equatable {
    public let action: String
    public let from: State
    public let to: State
    public let clock: ClockChange
}

/// Why an action does not apply, precisely enough to tell the person what to do.
public enum WorkflowError: Codable, Error, Sendable, Equatable {
    case unknownAction(String)
    /// The item is in a state this action does not start from.
    case notFromState(action: String, state: String)
    /// The item's state is final.
    case finished(state: String)
    case roleMayNot(action: String, role: OperatorRole)
    /// A township secretary acting outside their township.
    case otherTownship
    case missing(action: String, [Requirement])
}

/// A workflow as data: its states, where items start, where they end, and its transitions.
/// `apply` is a pure function; the store records what it returns.
public struct Workflow<State: Hashable & Sendable & RawRepresentable>: Sendable where State.RawValue == String {
    public let name: String
    public let initial: State
    /// In the order they are drawn.
    public let states: [State]
    public let terminal: Set<State>
    public let transitions: [Transition<State>]
    /// Actions a person may take back (`u`) soon after, if nobody acted since: they only
    /// move the item, so moving it back restores it.
    public let undoable: Set<String>
    /// How long after an action it may still be taken back.
    public static var undoWindow: Int64 { 30 * 60 }

    public init(name: String, initial: State, states: [State], terminal: Set<State>, transitions: [Transition<State>],
                undoable: Set<String> = []) {
        self.name = name
        self.initial = initial
        self.states = states
        self.terminal = terminal
        self.transitions = transitions
        self.undoable = undoable
    }

    /// The actions `actor` may take now on an item in `state` in `townshipId`.
    public func available(in state: State, for actor: Actor, townshipId: Int64? = nil) -> [Transition<State>] {
        guard !terminal.contains(state), mayWorkOn(townshipId, actor) else { return [] }
        return transitions.filter { $0.from.contains(state) && $0.roles.contains(actor.role) }
    }

    /// Applies `action` to an item in `state` (in `townshipId`), or says why it does not apply.
    public func apply(
        _ action: String, to state: State, by actor: Actor, townshipId: Int64? = nil, input: ActionInput = ActionInput()
    ) -> Result<Step<State>, WorkflowError> {
        let candidates = transitions.filter { $0.action == action }
        guard !candidates.isEmpty else { return .failure(.unknownAction(action)) }
        guard !terminal.contains(state) else { return .failure(.finished(state: state.rawValue)) }
        guard let transition = candidates.first(where: { $0.from.contains(state) }) else {
            return .failure(.notFromState(action: action, state: state.rawValue))
        }
        guard transition.roles.contains(actor.role) else { return .failure(.roleMayNot(action: action, role: actor.role)) }
        guard mayWorkOn(townshipId, actor) else { return .failure(.otherTownship) }
        let missing = transition.requires.filter { !input.gives($0) }.sorted()
        guard missing.isEmpty else { return .failure(.missing(action: action, missing)) }
        return .success(Step(action: action, from: state, to: transition.to ?? state, clock: transition.clock))
    }

    /// Township secretaries work on their own township only.
    private func mayWorkOn(_ townshipId: Int64?, _ actor: Actor) -> Bool {
        actor.role != .townshipSecretary || townshipId == nil || actor.townshipId == townshipId
    }
}
