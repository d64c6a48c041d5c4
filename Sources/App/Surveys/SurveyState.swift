import LeagueCore
import Store

/// The satisfaction pane: the period's report, or the follow-up calls waiting.
public struct SurveyState: Equatable, Sendable {
    public enum Level: Equatable, Sendable {
        case report, followUps
    }

    public var level: Level = .report
    /// Nil until first shown: then the half-year of "now".
    public var period: ReportPeriod?
    public var report: SatisfactionReport?
    public var scroll = 0
    public var due: [FollowUpDue] = []
    public var dueLoaded = false
    public var selected = 0
    public var top = 0
    /// A remark typed for the selected call, recorded with its answer.
    public var remark = ""

    public var selectedDue: FollowUpDue? { due.indices.contains(selected) ? due[selected] : nil }
}
