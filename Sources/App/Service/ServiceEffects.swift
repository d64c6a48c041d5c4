import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// Pane 6's work outside the reducer: suggestions, activity menus, help squads, service days.
public enum ServiceEffect: Codable, Equatable, Sendable {
    case loadSuggestions
    case addSuggestion(content: String, source: RequestSource, township: String?)
    case answerSuggestion(ref: String, answer: String)
    case loadSquads
    case loadActivities
    case loadServiceDayPlans(from: String, to: String)
    case actOnSquad(Int64, version: Int, action: SquadPlanAction, reason: String)
    case reviseSquadPlan(Int64, version: Int, plan: String)
    case formSquad(NewSquad)
    case replyToActivity(Int64, option: Int, comment: String)
    case recordActivityOutcome(Int64, outcome: String)
    case postActivity(title: String, options: [String], township: String?)
    case planServiceDay(String, township: String, plan: String)
    case signUpForServiceDay(Int64, names: [String])
}

/// What pane 6's effects answer.
public enum ServiceAnswer: Codable, Equatable, Sendable {
    case suggestionsLoaded([SuggestionRow])
    case suggestionSaved(String)
    case squadsLoaded([HelpSquad])
    case squadActed(String)
    /// A squad formed at the desk, with the squads as they are now, to choose it among them.
    case squadFormed(Int64, name: String, [HelpSquad])
    case activitiesLoaded([ActivityPoll])
    /// An activity step recorded, or a service-day plan or sign-up: what to flash.
    case activitySaved(String)
    case serviceDaySaved(String)
    case serviceDayPlansLoaded([ServiceDayPlan])
}

/// What pane 6 asks to be typed.
public enum ServicePrompt: Equatable, Sendable {
    /// A new suggestion, its township first if known.
    case newSuggestion
    /// The answer to a suggestion.
    case suggestionAnswer(String)
    /// Why a squad's plan goes back: the squad and the version seen.
    case squadReturnReason(Int64, Int)
    /// A squad's plan rewritten while a draft or returned: the squad and the version seen.
    case squadPlan(Int64, Int)
    /// A new squad, of the project named before a colon or else of `project`.
    case newSquad(project: String?)
    /// A reply to an activity's menu of `options` options: the number, then a comment.
    case activityReply(Int64, options: Int)
    /// How an activity changed because of its replies.
    case activityOutcome(Int64)
    /// A new activity: its title, then its options.
    case newActivity
    /// A township's plan for a service day.
    case serviceDayPlan
    /// Names signed up for a township's plan.
    case serviceDaySignUp
}

extension ServiceEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        let database = context.database, account = context.account, now = context.now, c = context.catalog
        switch self {
        case .loadSuggestions:
            return .service(.suggestionsLoaded(try database.service.suggestions()))
        case let .addSuggestion(content, source, township):
            return try Self.suggesting(context) {
                .suggestionSaved(c.format(.suggestionAdded, try database.service.addSuggestion(
                    content: content, source: source, township: township, by: account, at: now)))
            }
        case let .answerSuggestion(ref, answer):
            return try Self.suggesting(context) {
                try database.service.answerSuggestion(ref: ref, answer: answer, by: account, at: now)
                return .suggestionSaved(c.format(.suggestionAnsweredNow, ref))
            }
        case let .loadServiceDayPlans(first, last):
            return .service(.serviceDayPlansLoaded(try database.service.serviceDayPlans(from: first, to: last)))
        case .loadActivities:
            return .service(.activitiesLoaded(try database.service.activityPolls()))
        case let .replyToActivity(id, option, comment):
            return try Self.servicing(context) {
                try database.service.recordActivityReply(activity: id, option: option, respondent: "", comment: comment, at: now)
                return .activitySaved(c.format(.replyRecorded, option))
            }
        case let .recordActivityOutcome(id, outcome):
            return try Self.servicing(context) {
                try database.service.recordActivityOutcome(activity: id, outcome: outcome, by: account, at: now)
                return .activitySaved(c[.outcomeRecorded])
            }
        case let .postActivity(title, options, township):
            return try Self.servicing(context) {
                try database.service.postActivity(title: title, draft: "", options: options, township: township, by: account, at: now)
                return .activitySaved(c.format(.activityPosted, SafeText.line(title)))
            }
        case let .planServiceDay(day, township, plan):
            return try Self.servicing(context) {
                try database.service.planServiceDay(day, township: township, plan: plan, by: account)
                return .serviceDaySaved(c.format(.dayPlanned, SafeText.line(township), day))
            }
        case let .signUpForServiceDay(id, names):
            return try Self.servicing(context) {
                for name in names { try database.service.signUp(forServiceDayPlan: id, name: name) }
                return .serviceDaySaved(c.format(.signedUpNow, names.count))
            }
        case .loadSquads:
            return .service(.squadsLoaded(try database.service.helpSquads()))
        case let .reviseSquadPlan(id, version, plan):
            return try Self.squadding(context) {
                try database.service.reviseSquadPlan(squad: id, version: version, plan: plan, by: account)
                return .squadActed(c[.planRevised])
            }
        case let .formSquad(squad):
            return try Self.squadding(context) {
                let id = try database.service.formSquad(squad, by: account, at: now)
                return .squadFormed(id, name: squad.name, try database.service.helpSquads())
            }
        case let .actOnSquad(id, version, action, reason):
            return try Self.squadding(context) {
                try database.service.actOnSquadPlan(action.rawValue, squad: id, version: version, reason: reason, by: account, at: now)
                return .squadActed(c.format(.squadActedFlash, context.labels.squadAction(action.rawValue)))
            }
        }
    }

    /// Runs a suggestion's step, or says why it was refused.
    private static func suggesting(_ context: EffectContext, _ step: () throws -> ServiceAnswer) throws -> Answer {
        do {
            return .service(try step())
        } catch let error as SuggestionError {
            let c = context.catalog
            let message = switch error {
            case .alreadyAnswered: c[.suggestionAnswered]
            case .notAllowed: c[.rosterNotAllowed]
            case let .unknownTownship(name): c.format(.unknownValue, SafeText.line(name), c[.pickTownship])
            case .emptyContent, .emptyAnswer, .noSuchSuggestion: c[.suggestionEmpty]
            }
            return .failed(message)
        }
    }

    /// Runs an activity or service-day step, or says why it was refused.
    private static func servicing(_ context: EffectContext, _ step: () throws -> ServiceAnswer) throws -> Answer {
        let c = context.catalog
        do {
            return .service(try step())
        } catch let error as ActivityError {
            return .failed(error == .notAllowed ? c[.rosterNotAllowed] : c[.activityChanged])
        } catch let error as ServiceDayError {
            let message = switch error {
            case .notAllowed: c[.rosterNotAllowed]
            case let .unknownTownship(name): c.format(.unknownValue, SafeText.line(name), c[.pickTownship])
            case let .notADay(day): c.format(.notADay, SafeText.line(day))
            case .noSuchPlan: c[.activityChanged]
            case .blankPlan, .blankName: c[.suggestionEmpty]
            }
            return .failed(message)
        }
    }

    /// Runs a squad's step, or says why it was refused.
    private static func squadding(_ context: EffectContext, _ step: () throws -> ServiceAnswer) throws -> Answer {
        do {
            return .service(try step())
        } catch let error as SquadError {
            return .failed(context.labels.squadProblem(error))
        }
    }
}
