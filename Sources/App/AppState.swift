import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// The panes, in tab-bar order.
public enum PaneID: Int, CaseIterable, Sendable {
    case requests, roster, diaries, surveys, summary, service

    var phrase: Phrase {
        switch self {
        case .requests: .paneRequests
        case .roster: .paneRoster
        case .diaries: .paneDiaries
        case .surveys: .paneSurveys
        case .summary: .paneSummary
        case .service: .paneService
        }
    }
}

/// Everything the desk shows, and nothing it does not: views are drawn from this alone.
public struct AppState: Sendable {
    public var language: Language
    public var size: Size
    public var now: Date
    /// Who is at the keyboard.
    public var account: Operator
    public var vocabulary: Vocabulary
    /// The county's name, and whether this database is the sample county.
    public var countyName: String
    public var isSampleData: Bool
    public var pane: PaneID = .requests
    public var queue = QueueState()
    public var roster = RosterState()
    public var review = ReviewState()
    public var surveys = SurveyState()
    public var summary = SummaryState()
    public var service = ServiceState()
    public var overlay: Overlay?
    /// A message for the status line until the next key: a mistake, or what happened.
    public var flash: String?
    public var shouldQuit = false

    public init(
        language: Language, size: Size, now: Date, account: Operator, vocabulary: Vocabulary,
        countyName: String, isSampleData: Bool
    ) {
        self.language = language
        self.size = size
        self.now = now
        self.account = account
        // A township secretary's desk shows their own township only.
        queue.filter.scopeTownshipId = account.role == .townshipSecretary ? account.townshipId : nil
        self.vocabulary = vocabulary
        self.countyName = countyName
        self.isSampleData = isSampleData
    }

    var catalog: Catalog { Catalog(language: language) }
    var labels: Labels { Labels(language: language) }

    /// Rows of the screen a pane's table may use (header excluded).
    var queueRowCount: Int { max(1, size.height - 5) }
    /// Rows of the screen a page of text (a detail, a card) may use.
    var textRowCount: Int { max(1, size.height - 4) }
}

/// What sits over the pane and takes the keys.
public enum Overlay: Equatable, Sendable {
    case help
    /// The `/` search or `:` command line at the bottom.
    case prompt(PromptState)
    case picker(PickerState)
    case cadreForm(CadreForm)
}

public struct PromptState: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case search, command
        /// Cadres by name, pinyin initials or phone.
        case rosterSearch
        /// The reviewer's comment on the diary being scored.
        case reviewComment
        /// Why a diary goes back to its cadre.
        case returnReason
        /// A comment in a diary's thread.
        case threadComment
        /// What the requester said on the follow-up call.
        case followUpRemark
        /// Why a poorly answered request goes back to work (empty: close it anyway).
        case reopenReason(FollowUpDue, Satisfaction.Answer)
        /// The cadre a paper questionnaire rates.
        case cadreToRate
        /// The words written for a free-text question.
        case typedText
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
        /// The text an action needs (a reason, a resolution, a note, a merge target).
        case actionText(ActionRequest, Requirement)
    }
    public var kind: Kind
    public var editor: LineEditor
}

/// The help-request queue: a window of rows read by keyset pages, never the whole queue.
public struct QueueState: Equatable, Sendable {
    public var filter = QueueFilter()
    public var sort: QueueSort = .priority
    /// The rows on screen, in queue order.
    public var rows: [QueueRow] = []
    public var selected = 0
    public var counts = QueueCounts()
    public var loaded = false
    /// The request open in the detail view, if any.
    public var detail: DetailState?
    /// The name of the assignee filtered on, for the status line.
    public var assigneeName: String?
    /// Rows tagged with Space for one action on all of them, by id, in the order tagged.
    public var tagged: [QueueRow] = []

    public var selectedRow: QueueRow? { rows.indices.contains(selected) ? rows[selected] : nil }
}

public struct DetailState: Equatable, Sendable {
    public var id: Int64
    public var detail: RequestDetail?
    public var loaded = false
    public var scroll = 0
}
