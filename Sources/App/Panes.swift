import Foundation
import LeagueCore
import Store
import TerminalKit

// The registry: the one place that lists the panes. The pane bar, Tab order, the digits,
// help, key dispatch, and the routing of each feature's effects, answers and prompts come
// from here. Adding a pane is a folder of its own and a line in each list below.

/// The panes, in tab-bar order.
public enum PaneID: Int, CaseIterable, Codable, Sendable {
    case requests, roster, diaries, surveys, summary, service

    /// The module that bundles the pane's keys, reducer, view and status line.
    var module: any Pane.Type {
        switch self {
        case .requests: QueuePane.self
        case .roster: RosterPane.self
        case .diaries: ReviewPane.self
        case .surveys: SurveysPane.self
        case .summary: SummaryPane.self
        case .service: ServicePane.self
        }
    }
}

/// Each pane's own state, one property per pane; `AppState` reads them through as
/// `state.queue`, `state.roster` and so on.
public struct PaneStates: Equatable, Sendable {
    public var queue = QueueState()
    public var roster = RosterState()
    public var review = ReviewState()
    public var surveys = SurveyState()
    public var summary = SummaryState()
    public var service = ServiceState()
}

/// Work for the environment to do outside the reducer; its answer comes back as an
/// `Action`. Plain values, with no one's identity in them: whoever performs an effect knows
/// who is acting.
public enum Effect: Codable, Equatable, Sendable {
    /// Forget what the terminal shows and draw every cell again.
    case redraw
    case queue(QueueEffect)
    case roster(RosterEffect)
    case review(ReviewEffect)
    case surveys(SurveyEffect)
    case summary(SummaryEffect)
    case service(ServiceEffect)
    case photo(PhotoEffect)

    /// Carries the effect out; each feature's handler lives beside the feature.
    func perform(in context: EffectContext) throws -> Answer? {
        switch self {
        case .redraw: nil
        case let .queue(effect): try effect.perform(in: context)
        case let .roster(effect): try effect.perform(in: context)
        case let .review(effect): try effect.perform(in: context)
        case let .surveys(effect): try effect.perform(in: context)
        case let .summary(effect): try effect.perform(in: context)
        case let .service(effect): try effect.perform(in: context)
        case let .photo(effect): try effect.perform(in: context)
        }
    }
}

/// Something that happened: a key, a resize, a colleague's change, or an effect's answer.
public enum Action: Sendable {
    case key(Key)
    case resized(Size)
    case mouse(MouseEvent)
    /// Someone else changed the database: show what is there now.
    case databaseChanged
    case answer(Answer)
}

/// What an effect comes back with: plain values, so that a server can send them to a desk.
public enum Answer: Codable, Equatable, Sendable {
    /// An effect that could not be carried out: what to tell the person, in their language.
    case failed(String)
    /// Done: what to tell the person (a print job's confirmation, where a file went).
    case said(String)
    /// Bytes for the person's side to print or write (see `Handover`).
    case handOver(Handover)
    case queue(QueueAnswer)
    case roster(RosterAnswer)
    case review(ReviewAnswer)
    case surveys(SurveyAnswer)
    case summary(SummaryAnswer)
    case service(ServiceAnswer)
    case photo(PhotoAnswer)
}

extension Reducer {
    /// An effect's answer, to the feature it belongs to.
    static func answered(_ answer: Answer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .failed(message), let .said(message):
            state.flash = message
            return []
        case .handOver:
            // Carried out by the runtime before it reaches here.
            return []
        case let .queue(answer): return QueuePane.reduce(answer, &state)
        case let .roster(answer): return RosterPane.reduce(answer, &state)
        case let .review(answer): return ReviewPane.reduce(answer, &state)
        case let .surveys(answer): return SurveysPane.reduce(answer, &state)
        case let .summary(answer): return SummaryPane.reduce(answer, &state)
        case let .service(answer): return ServicePane.reduce(answer, &state)
        case let .photo(answer): return PhotoViewing.reduce(answer, &state)
        }
    }
}

/// What a line typed at the bottom is for: a `:` command, or a pane's own question.
public enum PromptKind: Equatable, Sendable {
    case command
    case queue(QueuePrompt)
    case roster(RosterPrompt)
    case review(ReviewPrompt)
    case surveys(SurveyPrompt)
    case service(ServicePrompt)
    case photo(PhotoPrompt)

    /// The words before the typing and the hint after it.
    func label(_ state: AppState) -> (String, String) {
        let c = state.catalog
        return switch self {
        case .command: (":", c[.commandHint])
        case let .queue(prompt): QueuePane.label(prompt, state)
        case let .roster(prompt): RosterPane.label(prompt, c)
        case let .review(prompt): ReviewPane.label(prompt, c)
        case let .surveys(prompt): SurveysPane.label(prompt, c)
        case let .service(prompt): ServicePane.label(prompt, c)
        case .photo(.saveAs): (c[.askPhotoFile], c[.exportHint])
        case .photo(.attachFiles): (c[.askPhotoFiles], c[.attachHint])
        }
    }

    /// The line typed, to the pane that asked for it.
    func entered(_ text: String, _ state: inout AppState) -> [Effect] {
        switch self {
        case .command: Commands.run(text.trimmed, &state)
        case let .queue(prompt): QueuePane.entered(text, prompt, &state)
        case let .roster(prompt): RosterPane.entered(text, prompt, &state)
        case let .review(prompt): ReviewPane.entered(text, prompt, &state)
        case let .surveys(prompt): SurveysPane.entered(text, prompt, &state)
        case let .service(prompt): ServicePane.entered(text, prompt, &state)
        case let .photo(prompt): PhotoViewing.entered(text, prompt, &state)
        }
    }
}
