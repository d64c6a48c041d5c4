import Foundation
import LeagueCore
import Reports
import Store

/// The weekly summary's work outside the reducer.
public enum SummaryEffect: Codable, Equatable, Sendable {
    case loadWeeklySummary(CountyWeek)
    /// The week's summary to the default printer, as the PDF `report weekly --print` sends.
    case printWeekly(CountyWeek)
}

/// What the weekly summary's effects answer.
public enum SummaryAnswer: Codable, Equatable, Sendable {
    case weeklySummaryLoaded(WeeklySummary)
}

extension SummaryEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        switch self {
        case let .loadWeeklySummary(week):
            return .summary(.weeklySummaryLoaded(try context.database.summary.weeklySummary(week, now: context.now, township: context.account.ownTownship)))
        case let .printWeekly(week):
            return try context.paper(title: week.description, html: {
                WeeklyHTML.html(try context.database.summary.weeklySummary(week, now: context.now, township: context.account.ownTownship),
                                language: context.language)
            })
        }
    }
}
