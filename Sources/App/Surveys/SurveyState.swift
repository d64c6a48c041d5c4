import LeagueCore
import Store

/// The satisfaction pane: the period's report, or the follow-up calls waiting.
public struct SurveyState: Equatable, Sendable {
    public enum Level: Equatable, Sendable {
        case report, followUps, entry
    }

    public var level: Level = .report
    /// Nil until first shown: then the half-year of "now".
    public var period: ReportPeriod?
    public var report: SatisfactionReport?
    public var scroll = 0
    public var due: [FollowUpDue] = []
    public var dueLoaded = false
    /// How many calls wait, counted up to one more than the list holds (then said as "500+").
    public var waiting = 0
    public var selected = 0
    public var top = 0
    /// A remark typed for the selected call, recorded with its answer.
    public var remark = ""

    public var entry: AnswerEntry?

    public var selectedDue: FollowUpDue? { due.indices.contains(selected) ? due[selected] : nil }
}

/// Paper questionnaires typed in one after another: the cadre they rate, then a key per
/// question; the last question records the form and the next one begins for the same cadre.
public struct AnswerEntry: Equatable, Sendable {
    public var form: SurveyForm
    public var cadre: CadreRow?
    /// The cadres a typed name fitted, while the person chooses one.
    public var candidates: [CadreRow] = []
    public var answers: [Int64: TypedAnswer] = [:]
    /// The question the next key answers.
    public var step = 0
    /// Forms recorded since the entry began.
    public var entered = 0

    public init(form: SurveyForm) { self.form = form }

    public var question: SurveyForm.Question? { form.questions.indices.contains(step) ? form.questions[step] : nil }
}
