import LeagueCore

extension Workflow where State == RequestState {
    /// A help request's way through the county: collected by a cadre, checked by the
    /// village branch and the township committee, published, assigned to a cadre or a youth
    /// commune, worked on, resolved, and closed after the follow-up satisfaction check.
    public static let helpRequest: Workflow<RequestState> = {
        let staff: Set<OperatorRole> = [.admin, .desk]
        let reviewers: Set<OperatorRole> = [.admin, .desk, .townshipSecretary]
        let inReview: Set<RequestState> = [.villageReview, .townshipReview]
        let open: Set<RequestState> = Set(RequestState.allCases.filter(\.isOpen))
        let working: Set<RequestState> = [.assigned, .inProgress]
        return Workflow(
            name: "help request",
            initial: .collected,
            states: [.collected, .villageReview, .townshipReview, .needsInfo, .published, .assigned, .inProgress,
                     .resolved, .closed, .rejected, .withdrawn, .merged],
            terminal: [.closed, .rejected, .withdrawn, .merged],
            transitions: [
                Transition("submit", from: [.collected], to: .villageReview, roles: reviewers),
                Transition("village_approve", from: [.villageReview], to: .townshipReview, roles: reviewers),
                Transition("township_approve", from: [.townshipReview], to: .published, roles: reviewers),
                Transition("return", from: inReview, to: .needsInfo, roles: reviewers, requires: [.reason], clock: .pause),
                Transition("resubmit", from: [.needsInfo], to: .villageReview, roles: reviewers, clock: .resume),
                Transition("reject", from: inReview, to: .rejected, roles: reviewers, requires: [.reason], clock: .stop),
                Transition("assign", from: [.published], to: .assigned, roles: staff, requires: [.assignee]),
                Transition("reassign", from: working, to: nil, roles: staff, requires: [.assignee]),
                // The cadre may reach the requester at once, before any review (the one-hour circle).
                Transition("contact", from: open, to: nil, roles: reviewers, requires: [.channel], clock: .contact),
                Transition("start", from: [.assigned], to: .inProgress, roles: reviewers, clock: .contact),
                Transition("resolve", from: [.inProgress], to: .resolved, roles: reviewers, requires: [.resolution], clock: .stop),
                Transition("close", from: [.resolved], to: .closed, roles: staff),
                Transition("reopen", from: [.resolved], to: .inProgress, roles: staff, requires: [.reason], clock: .restart),
                Transition("escalate", from: open, to: nil, roles: staff, requires: [.reason]),
                Transition("merge", from: open, to: .merged, roles: staff, requires: [.target], clock: .stop),
                Transition("withdraw", from: open, to: .withdrawn, roles: reviewers, requires: [.reason], clock: .stop),
                Transition("note", from: Set(RequestState.allCases).subtracting([.closed, .rejected, .withdrawn, .merged]),
                           to: nil, roles: [.admin, .desk, .townshipSecretary, .reviewer], requires: [.note]),
                Transition("edit", from: open, to: nil, roles: reviewers, requires: [.changes]),
                // A photo may come after the help did (the ginger sold, the roof mended).
                Transition("attach", from: Set(RequestState.allCases).subtracting([.rejected, .withdrawn, .merged]),
                           to: nil, roles: reviewers, requires: [.photos]),
            ],
            undoable: ["submit", "village_approve", "township_approve", "assign", "contact", "start", "close"])
    }()
}

extension Workflow where State == DiaryState {
    /// A work diary's review: a reviewer claims it, scores it, and publishes the feedback to
    /// the cadre's group, or returns it for revision with a reason.
    public static let diary: Workflow<DiaryState> = {
        let reviewers: Set<OperatorRole> = [.admin, .reviewer]
        return Workflow(
            name: "diary",
            initial: .submitted,
            states: [.submitted, .inReview, .reviewed, .feedbackPublished, .returned],
            terminal: [.feedbackPublished],
            transitions: [
                Transition("claim", from: [.submitted], to: .inReview, roles: reviewers),
                Transition("release", from: [.inReview], to: .submitted, roles: reviewers),
                Transition("score", from: [.inReview], to: .reviewed, roles: reviewers),
                Transition("return", from: [.inReview], to: .returned, roles: reviewers, requires: [.reason]),
                Transition("resubmit", from: [.returned], to: .submitted, roles: [.admin, .desk, .reviewer]),
                Transition("publish", from: [.reviewed], to: .feedbackPublished, roles: reviewers),
            ])
    }()
}

extension Workflow where State == SquadPlanState {
    /// A help squad's plan filed (备案) with the county: submitted by the squad's township or
    /// the desk, then filed, or returned with a reason and submitted again.
    public static let squadPlan: Workflow<SquadPlanState> = {
        let submitters: Set<OperatorRole> = [.admin, .desk, .townshipSecretary]
        let county: Set<OperatorRole> = [.admin, .desk]
        return Workflow(
            name: "squad plan",
            initial: .draft,
            states: [.draft, .submitted, .filed, .returned],
            terminal: [.filed],
            transitions: [
                Transition("submit", from: [.draft, .returned], to: .submitted, roles: submitters),
                Transition("file", from: [.submitted], to: .filed, roles: county),
                Transition("return", from: [.submitted], to: .returned, roles: county, requires: [.reason]),
            ])
    }()
}
