import Foundation
import GRDB
import LeagueCore

/// One ISO week of the county's work, Monday to Sunday in county time: the figures every
/// writer of the weekly summary (screen, text, files) shows, computed once.
public struct WeeklySummary: Codable, Equatable, Sendable {
    public struct Headline: Codable, Equatable, Sendable {
        public var received = 0
        public var published = 0
        /// Requests with a `resolve` in the week (a request resolved and reopened counts).
        public var resolved = 0
        public var closed = 0
        /// Open as the week ended (replayed from the history), and of those past a deadline.
        public var openAtEnd = 0
        public var overdueAtEnd = 0
        /// Seconds from collection to first contact, for contacts made in the week.
        public var firstContactMedian: Int64?
        public var firstContactP90: Int64?
        /// Seconds from collection to resolution, for resolutions in the week.
        public var resolutionMedian: Int64?
        public var resolutionP90: Int64?
        /// Of the requests whose first contact fell due in the week, those contacted in time.
        public var contactDue = 0
        public var contactedInTime = 0
    }

    /// A category's or township's line, with last week's for the change.
    public struct Breakdown: Codable, Equatable, Sendable {
        public var name: BilingualName
        public var received: Int
        public var receivedLastWeek: Int
        public var resolved: Int
        public var sensitive: Bool
    }

    /// A request that needs attention as the week ends.
    public struct Attention: Codable, Equatable, Sendable {
        public var ref: String
        public var township: BilingualName
        /// Nil for a sensitive category: on paper only counted.
        public var title: String?
        public var category: BilingualName
        /// Past a deadline as the week ended, its clock running (not waiting on the requester).
        public var overdue: Bool
        /// Whole days past the deadline, when overdue (0 for less than a day).
        public var daysOverdue: Int
        /// Escalated by the week's end.
        public var escalated: Bool
        public var assignee: String?
    }

    public struct Diaries: Codable, Equatable, Sendable {
        public var submitted = 0
        public var reviewed = 0
        public var waitingOverAWeek = 0
        public var meanScore: Double?
        public var meanScoreLastWeek: Double?
        /// Active cadres with no diary in the 30 days to the week's end.
        public var silentCadres: [String] = []
    }

    public struct Suggestions: Codable, Equatable, Sendable {
        public var received = 0
        public var answered = 0
        /// Unanswered more than a week as the week ended.
        public var overdue = 0
    }

    /// Volunteer service: who plans the next service day, and help squads' plans filed.
    public struct Service: Codable, Equatable, Sendable {
        /// The townships with a plan for the next service day, in the county's order.
        public var plannedTownships: [BilingualName] = []
        /// People signed up for those plans.
        public var signups = 0
        /// Help squads' plans submitted for filing, filed and returned in the week.
        public var squadPlansSubmitted = 0
        public var squadPlansFiled = 0
        public var squadPlansReturned = 0
    }

    public var week: CountyWeek
    /// The county's name, for the letterhead (`county_name`).
    public var county: String
    /// When the summary was made (printed).
    public var madeAt: Int64
    /// When the week is not over yet (a summary printed on Friday): the moment its figures
    /// stand at — open, overdue, waiting and unanswered as of then, not a guess at Sunday.
    public var asOf: Int64?
    public var headline: Headline
    public var categories: [Breakdown]
    public var townships: [Breakdown]
    public var attention: [Attention]
    public var diaries: Diaries
    /// Satisfaction answers given in the week (cadre surveys and follow-ups together).
    public var satisfaction: Satisfaction.Figure
    /// The townships with the lowest rates this week, among those with at least 5 answers.
    public var lowestTownships: [TownshipFigure]
    public var suggestions: Suggestions
    /// The last Sunday of the month on or after the week's Monday (`YYYY-MM-DD`).
    public var nextServiceDay: String
    public var service: Service
    /// The holidays volunteers serve on in the week after this one.
    public var holidaysNextWeek: [HolidayDay]
    /// Since the plan began: requests solved and suggestions collected (the county's line).
    public var solvedSinceLaunch: Int
    public var suggestionsSinceLaunch: Int
    /// The history's seal as it stood at the week's end (see `EventChain`): printed on the
    /// paper, so that a history rewritten later prints another.
    public var historySeal: String

    /// A township's satisfaction figure.
    public struct TownshipFigure: Codable, Equatable, Sendable {
        public var name: BilingualName
        public var figure: Satisfaction.Figure
    }

    /// A holiday served on, and its day (`YYYY-MM-DD`).
    public struct HolidayDay: Codable, Equatable, Sendable {
        public var holiday: Holiday
        public var day: String
    }
}
