import Foundation
import LeagueCore
import Reports
import Store

/// The weekly summary's work outside the reducer.
public enum SummaryEffect: Codable, Equatable, Sendable {
    case loadWeeklySummary(CountyWeek)
    /// The week's summary to the default printer, as text.
    case printWeekly(CountyWeek)
}

/// What the weekly summary's effects answer.
public enum SummaryAnswer: Codable, Equatable, Sendable {
    case weeklySummaryLoaded(WeeklySummary)
    case printed(String)
}

extension SummaryEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        switch self {
        case let .loadWeeklySummary(week):
            return .summary(.weeklySummaryLoaded(try context.database.summary.weeklySummary(week, now: context.now, township: context.account.ownTownship)))
        case let .printWeekly(week):
            do {
                let text = WeeklyText.text(try context.database.summary.weeklySummary(week, now: context.now, township: context.account.ownTownship), language: context.language)
                try Printing.print(Data(text.utf8), title: week.description)
                return .summary(.printed(week.description))
            } catch let error as PrintingError {
                return .failed(error.message(context.language))
            }
        }
    }
}
