import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit

/// The satisfaction pane's work outside the reducer.
public enum SurveyEffect: Codable, Equatable, Sendable {
    case loadSatisfaction(ReportPeriod)
    /// The period's report to the default printer, as the PDF `report satisfaction --print` sends.
    case printSatisfaction(ReportPeriod)
    /// The follow-up calls waiting: a township secretary's own township's, everyone else's all.
    case loadFollowUps
    /// Only how many of them wait, for the report's status line.
    case countFollowUps
    case recordFollowUp(FollowUpDue, Satisfaction.Answer, remark: String, reopenReason: String?)
    case loadSurveyForm
    case findCadresToRate(String)
    case recordTypedResponse(survey: Int64, cadre: Int64, answers: [Int64: TypedAnswer])
}

/// What the satisfaction pane's effects answer.
public enum SurveyAnswer: Codable, Equatable, Sendable {
    case satisfactionLoaded(SatisfactionReport)
    case followUpsLoaded([FollowUpDue])
    case followUpsCounted(Int)
    case followUpRecorded(ref: String, answer: Satisfaction.Answer, reopened: Bool)
    case surveyFormLoaded(SurveyForm?)
    case cadresToRateFound(query: String, [CadreRow])
    case typedResponseRecorded
}

/// What the satisfaction pane asks to be typed.
public enum SurveyPrompt: Equatable, Sendable {
    /// What the requester said on the follow-up call.
    case followUpRemark
    /// Why a poorly answered request goes back to work (empty: close it anyway).
    case reopenReason(FollowUpDue, Satisfaction.Answer)
    /// The cadre a paper questionnaire rates.
    case cadreToRate
    /// The words written for a free-text question.
    case typedText
}

extension SurveyEffect {
    /// The calls a person makes: a township secretary's own township's, everyone else's all.
    private static func followUpScope(_ account: Operator) -> Int64? {
        account.role == OperatorRole.townshipSecretary ? account.townshipId : nil
    }

    func perform(in context: EffectContext) throws -> Answer? {
        let database = context.database, account = context.account, now = context.now
        switch self {
        case let .loadSatisfaction(period):
            return .surveys(.satisfactionLoaded(try database.surveys.satisfactionReport(period: period)))
        case let .printSatisfaction(period):
            return try context.paper(title: period.description, html: {
                SatisfactionHTML.html(try database.surveys.satisfactionReport(period: period), county: try database.setting("county_name") ?? "",
                                      madeAt: now, language: context.language)
            })
        case .loadFollowUps:
            return .surveys(.followUpsLoaded(try database.surveys.followUpsDue(scope: Self.followUpScope(account))))
        case .countFollowUps:
            return .surveys(.followUpsCounted(try database.surveys.followUpsWaiting(scope: Self.followUpScope(account))))
        case let .recordFollowUp(due, answer, remark, reason):
            do {
                try database.surveys.recordFollowUp(requestId: due.requestId, version: due.version, answer: answer, remark: remark,
                                            reopenReason: reason, by: account, at: now)
                return .surveys(.followUpRecorded(ref: due.ref, answer: answer, reopened: reason != nil))
            } catch let error as TransitionError {
                return .failed(Self.refusal(error, ref: due.ref, context))
            }
        case .loadSurveyForm:
            return .surveys(.surveyFormLoaded(try database.surveys.currentSurveyForm(now: now)))
        case let .findCadresToRate(query):
            return .surveys(.cadresToRateFound(query: query, try database.roster.cadres(CadreQuery(search: query), now: now, limit: 20)))
        case let .recordTypedResponse(survey, cadre, answers):
            do {
                try database.surveys.recordTypedResponse(survey: survey, cadreId: cadre, answers: answers, by: account, at: now)
                return .surveys(.typedResponseRecorded)
            } catch is SurveyError {
                return .failed(context.catalog[.rosterNotAllowed])
            }
        }
    }

    /// Why a follow-up's step on a request was not recorded.
    private static func refusal(_ error: TransitionError, ref: String, _ context: EffectContext) -> String {
        let c = context.catalog, labels = context.labels
        return switch error {
        case let .refused(reason): labels.refusal(reason)
        case let .changedMeanwhile(by, at, state, _):
            c.format(.changedMeanwhile, ref, SafeText.line(by), labels.timestamp(at), labels.state(state))
        case let .noSuchTarget(target): c.format(.noSuchTarget, SafeText.line(target))
        case .noSuchRequest: c[.detailMissing]
        case .sameReviewer: c[.sameReviewer]
        }
    }
}
