import LeagueCore

/// The help-request workflow's actions, by the names its history stores. The workflow's
/// transitions are data (see `Workflow.helpRequest`); a test holds this enum to them.
public enum RequestAction: String, CaseIterable, Codable, Sendable {
    case submit
    case villageApprove = "village_approve"
    case townshipApprove = "township_approve"
    /// Back to the requester for more information (退回补充).
    case sendBack = "return"
    case resubmit, reject, assign, reassign, contact, start, resolve, close, reopen, escalate, merge, withdraw, note
    /// A correction of what was taken in (`RequestField`): no step of the workflow.
    case edit
    /// Photos added to the request's evidence (`circledesk request attach`).
    case attach
}

/// The squad-plan workflow's actions (报送备案, 备案, 退回修改).
public enum SquadPlanAction: String, CaseIterable, Codable, Sendable {
    case submit, file
    case sendBack = "return"
}

extension Workflow where State == RequestState {
    /// The transition of a typed action.
    public func transition(_ action: RequestAction) -> Transition<State>? {
        transitions.first { $0.action == action.rawValue }
    }

    /// The actions `actor` may take now on a request in `state` in `townshipId`.
    public func actions(in state: State, for actor: Actor, townshipId: Int64? = nil) -> [RequestAction] {
        available(in: state, for: actor, townshipId: townshipId).compactMap { RequestAction(rawValue: $0.action) }
    }
}
