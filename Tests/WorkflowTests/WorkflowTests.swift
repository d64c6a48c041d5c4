import Foundation
import LeagueCore
import Testing
import TestSupport
import Workflow

/// Everything an action could need, given.
private let everything: ActionInput = {
    var input = ActionInput()
    input.reason = "原因"
    input.resolution = "已解决"
    input.assigneeCadreId = 1
    input.target = "QZ-2026-00001"
    input.note = "备注"
    input.channel = "phone"
    return input
}()

private let admin = Actor(role: .admin)

@Suite struct RequestWorkflowTests {
    let workflow = Workflow.helpRequest

    @Test("a request goes from collected to closed by the county's steps")
    func happyPath() throws {
        var state = workflow.initial
        for action in ["submit", "village_approve", "township_approve", "assign", "contact", "start", "resolve", "close"] {
            state = try workflow.apply(action, to: state, by: Actor(role: .desk), input: everything).get().to
        }
        #expect(state == .closed)
    }

    @Test("nobody skips a step: publishing straight from collection is refused with where it stands")
    func noSkipping() {
        #expect(workflow.apply("township_approve", to: .collected, by: admin) ==
                .failure(.notFromState(action: "township_approve", state: "collected")))
        #expect(workflow.apply("assign", to: .townshipReview, by: admin, input: everything) ==
                .failure(.notFromState(action: "assign", state: "township_review")))
    }

    @Test("what is missing is named: a reason to send back, a resolution to resolve, an assignee to assign")
    func requirements() {
        #expect(workflow.apply("return", to: .villageReview, by: admin) == .failure(.missing(action: "return", [.reason])))
        #expect(workflow.apply("resolve", to: .inProgress, by: admin) == .failure(.missing(action: "resolve", [.resolution])))
        #expect(workflow.apply("assign", to: .published, by: admin) == .failure(.missing(action: "assign", [.assignee])))
        var both = ActionInput()
        both.assigneeCadreId = 1
        both.assigneeCommuneId = 2
        #expect(workflow.apply("assign", to: .published, by: admin, input: both) == .failure(.missing(action: "assign", [.assignee])))
        var blank = ActionInput()
        blank.reason = "   "
        #expect(workflow.apply("reject", to: .townshipReview, by: admin, input: blank) == .failure(.missing(action: "reject", [.reason])))
    }

    @Test("roles: read-only may do nothing; a township secretary reviews only their own township")
    func roles() {
        for state in workflow.states {
            #expect(workflow.available(in: state, for: Actor(role: .readOnly)).isEmpty)
        }
        let secretary = Actor(role: .townshipSecretary, townshipId: 3)
        #expect((try? workflow.apply("village_approve", to: .villageReview, by: secretary, townshipId: 3).get())?.to == .townshipReview)
        #expect(workflow.apply("village_approve", to: .villageReview, by: secretary, townshipId: 4) == .failure(.otherTownship))
        #expect(workflow.available(in: .villageReview, for: secretary, townshipId: 4).isEmpty)
        #expect(workflow.apply("assign", to: .published, by: secretary, townshipId: 3, input: everything) ==
                .failure(.roleMayNot(action: "assign", role: .townshipSecretary)))
    }

    @Test("clocks pause while waiting on the requester and stop when solved")
    func clocks() throws {
        #expect(try workflow.apply("return", to: .townshipReview, by: admin, input: everything).get().clock == .pause)
        #expect(try workflow.apply("resubmit", to: .needsInfo, by: admin).get().clock == .resume)
        #expect(try workflow.apply("resolve", to: .inProgress, by: admin, input: everything).get().clock == .stop)
        #expect(try workflow.apply("reopen", to: .resolved, by: admin, input: everything).get().to == .inProgress)
    }
}

@Suite struct WorkflowPropertyTests {
    /// Every state reachable from the start by an admin who gives everything.
    private func reachable<S>(_ workflow: Workflow<S>) -> Set<S> {
        var seen: Set<S> = [workflow.initial]
        var frontier = [workflow.initial]
        while let state = frontier.popLast() {
            for transition in workflow.available(in: state, for: admin) {
                if case let .success(step) = workflow.apply(transition.action, to: state, by: admin, input: everything),
                   seen.insert(step.to).inserted {
                    frontier.append(step.to)
                }
            }
        }
        return seen
    }

    @Test("every state can be reached, and the final states have no way out")
    func reachability() {
        #expect(reachable(Workflow.helpRequest) == Set(Workflow.helpRequest.states))
        #expect(reachable(Workflow.diary) == Set(Workflow.diary.states))
        for state in Workflow.helpRequest.terminal {
            for transition in Workflow.helpRequest.transitions {
                #expect(Workflow.helpRequest.apply(transition.action, to: state, by: admin, input: everything) ==
                        .failure(.finished(state: state.rawValue)))
            }
        }
        #expect(Workflow.helpRequest.terminal == Set(RequestState.allCases.filter(\.isTerminal)))
    }

    @Test("from any state, any action sequence either applies as declared or is refused with a reason; replaying the steps gives the same state", arguments: 0..<20)
    func randomSequences(seed: Int) {
        let workflow = Workflow.helpRequest
        var generator = SplitMix(seed: UInt64(seed) &+ 1)
        let actions = Set(workflow.transitions.map(\.action)).sorted() + ["frobnicate"]
        let roles = OperatorRole.allCases
        var state = workflow.initial
        var steps: [Step<RequestState>] = []
        for _ in 0..<200 {
            let action = actions[Int(generator.next() % UInt64(actions.count))]
            let actor = Actor(role: roles[Int(generator.next() % UInt64(roles.count))], townshipId: 1)
            let input = generator.next() % 3 == 0 ? ActionInput() : everything
            switch workflow.apply(action, to: state, by: actor, townshipId: Int64(generator.next() % 2 + 1), input: input) {
            case let .success(step):
                let declared = workflow.transitions.first { $0.action == action && $0.from.contains(state) }!
                #expect(step.from == state)
                #expect(step.to == (declared.to ?? state))
                #expect(declared.roles.contains(actor.role))
                state = step.to
                steps.append(step)
            case .failure:
                break
            }
        }
        let replayed = steps.reduce(workflow.initial) { current, step in
            (try? workflow.apply(step.action, to: current, by: admin, input: everything).get().to) ?? current
        }
        #expect(replayed == state)
    }

    @Test("docs/workflows.md draws each workflow as its data says")
    func documented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/workflows.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        #expect(text.contains(Workflow.helpRequest.text))
        #expect(text.contains(Workflow.diary.text))
        #expect(text.contains(Workflow.squadPlan.text))
    }

    @Test("a squad's plan: submitted, returned with a reason, submitted again, filed; filed is final")
    func squadPlan() {
        let plan = Workflow.squadPlan
        let desk = Actor(role: .desk), secretary = Actor(role: .townshipSecretary, townshipId: 3), reviewer = Actor(role: .reviewer)
        #expect(plan.apply("submit", to: .draft, by: secretary, townshipId: 3).map(\.to) == .success(.submitted))
        #expect(plan.apply("file", to: .submitted, by: secretary) == .failure(.roleMayNot(action: "file", role: .townshipSecretary)))
        #expect(plan.apply("return", to: .submitted, by: desk) == .failure(.missing(action: "return", [.reason])))
        var reason = ActionInput()
        reason.reason = "缺少成员名单"
        #expect(plan.apply("return", to: .submitted, by: desk, input: reason).map(\.to) == .success(.returned))
        #expect(plan.apply("submit", to: .returned, by: secretary, townshipId: 3).map(\.to) == .success(.submitted))
        #expect(plan.apply("file", to: .submitted, by: desk).map(\.to) == .success(.filed))
        #expect(plan.apply("submit", to: .filed, by: desk) == .failure(.finished(state: "filed")))
        #expect(plan.apply("submit", to: .draft, by: reviewer) == .failure(.roleMayNot(action: "submit", role: .reviewer)))
        #expect(plan.apply("submit", to: .draft, by: secretary, townshipId: 4) == .failure(.otherTownship))
        #expect(reachable(plan) == Set(plan.states))
    }
}

@Suite struct WorkflowActionTests {
    @Test("the typed actions are exactly the workflows' actions")
    func typedActions() {
        #expect(Set(RequestAction.allCases.map(\.rawValue)) == Set(Workflow.helpRequest.transitions.map(\.action)))
        #expect(Set(SquadPlanAction.allCases.map(\.rawValue)) == Set(Workflow.squadPlan.transitions.map(\.action)))
        #expect(Workflow.helpRequest.actions(in: .published, for: Actor(role: .desk)).contains(.assign))
        #expect(Workflow.helpRequest.transition(.sendBack)?.requires == [.reason])
    }
}
