import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// Something that happened: a key, a resize, or the answer to an effect.
public enum Action: Sendable {
    case key(Key)
    case resized(Size)
    case mouse(MouseEvent)
    case pageLoaded(PageLoad, [QueueRow])
    case countsLoaded(QueueCounts)
    case detailLoaded(id: Int64, RequestDetail?)
    case assigneeFound(query: String, cadreId: Int64?, name: String?)
    /// Someone else changed the database: show what is there now.
    case databaseChanged
    case assigneesLoaded(ActionRequest, [PickerState.Option])
    case acted(ActionRequest)
    /// A tagged batch done: the references that could not move, and why.
    case actedAll(ActionRequest, failures: [String: ActionFailure])
    case undone(ref: String, action: String)
    case actionFailed(ActionRequest, ActionFailure)
    case failed(String)
    // The roster
    case townshipsLoaded([TownshipSummary])
    case cadresLoaded(CadreQuery, [CadreRow])
    case cardLoaded(id: Int64, CadreCard?)
    case cadreFormOpened(CadreForm)
    case cadreSaved(id: Int64, name: String)
    case cadreSaveFailed(CadreEditError)
    /// Someone saved the cadre after the form opened: their name, when, and the version now.
    case cadreSaveConflict(by: String?, at: Int64, version: Int)
    case cadreActiveChanged(name: String, active: Bool)
    // Diary review
    case diaryQueueLoaded(append: Bool, [DiaryRow])
    case diaryCountsLoaded(DiaryCounts)
    /// A diary to read; `scoring` when the reader holds it, `notice` when they cannot score it.
    case diaryOpened(id: Int64, DiaryDetail?, scoring: Bool, notice: String?)
    case reviewSubmitted(id: Int64)
    /// A score taken back: its diary, to score again.
    case reviewTakenBack(id: Int64, cadre: String)
    case diaryReturned(id: Int64)
    case diaryCommentAdded(id: Int64)
    /// A review step refused: why, in the reader's language.
    case reviewRefused(String)
    case calibrationLoaded(CalibrationView)
    // Satisfaction
    case satisfactionLoaded(SatisfactionReport)
    case followUpsLoaded([FollowUpDue])
    case followUpRecorded(ref: String, answer: Satisfaction.Answer, reopened: Bool)
    case surveyFormLoaded(SurveyForm?)
    case cadresToRateFound(query: String, [CadreRow])
    case typedResponseRecorded
    case weeklySummaryLoaded(WeeklySummary)
    case printed(String)
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

/// Work for the runtime to do outside the reducer; its answer comes back as an `Action`.
public enum Effect: Equatable, Sendable {
    case loadPage(QueueFilter, QueueSort, PageLoad)
    case loadCounts(QueueFilter)
    case loadDetail(Int64)
    case findAssignee(String)
    /// The cadres (with their open load) and communes of a township, to assign to.
    case loadAssignees(ActionRequest, townshipId: Int64)
    case act(ActionRequest)
    /// The same action on the request and on `also`, each on its own.
    case actAll(ActionRequest)
    /// Take back this person's latest action.
    case undoLast(Operator)
    /// Forget what the terminal shows and draw every cell again.
    case redraw
    // The roster
    case loadTownships
    case loadCadres(CadreQuery)
    case loadCard(Int64)
    /// A form for a new cadre (in `townshipId` if given) or for editing `cadreId`.
    case openCadreForm(cadreId: Int64?, townshipId: Int64?)
    case saveCadre(CadreForm, by: Operator)
    case setCadreActive(id: Int64, active: Bool, version: Int, by: Operator)
    // Diary review
    /// The next page of the reviewer's queue after a row, or the first.
    case loadDiaryQueue(after: DiaryRow?, by: Operator)
    case loadDiaryCounts(Operator)
    /// Reads a diary, and takes it to score when the reader reviews and no one else holds it.
    case openDiary(id: Int64, version: Int, by: Operator)
    case saveDraft(id: Int64, scores: [Int?], comment: String, by: Operator)
    case submitReview(id: Int64, by: Operator)
    /// Take back this reviewer's latest score, if it is recent and the diary has not moved on.
    case takeBackReview(Operator)
    case returnDiary(id: Int64, reason: String, by: Operator)
    case addDiaryComment(id: Int64, body: String, by: Operator)
    case releaseDiary(id: Int64, by: Operator)
    case loadCalibration
    // Satisfaction
    case loadSatisfaction(ReportPeriod)
    case loadFollowUps(scope: Int64?)
    case recordFollowUp(FollowUpDue, Satisfaction.Answer, remark: String, reopenReason: String?, by: Operator)
    case loadSurveyForm
    case findCadresToRate(String)
    case recordTypedResponse(survey: Int64, cadre: Int64, answers: [Int64: TypedAnswer], by: Operator)
    case loadWeeklySummary(CountyWeek)
    /// The week's summary to the default printer, as text.
    case printWeekly(CountyWeek)
    case loadSuggestions
    case addSuggestion(content: String, source: RequestSource, township: String?, by: Operator)
    case answerSuggestion(ref: String, answer: String, by: Operator)
    case loadSquads
    case loadActivities
    case loadServiceDayPlans(from: String, to: String)
    case actOnSquad(Int64, version: Int, action: String, reason: String, by: Operator)
    case reviseSquadPlan(Int64, version: Int, plan: String, by: Operator)
    case formSquad(NewSquad, by: Operator)
    case replyToActivity(Int64, option: Int, comment: String)
    case recordActivityOutcome(Int64, outcome: String, by: Operator)
    case postActivity(title: String, options: [String], township: String?, by: Operator)
    case planServiceDay(String, township: String, plan: String, by: Operator)
    case signUpForServiceDay(Int64, names: [String])

    /// Reads that grow with the whole county's history: about a second each at a hundred
    /// times the county (see docs/benchmarks.md).
    var mayTakeLong: Bool {
        switch self {
        case .loadTownships, .loadSatisfaction, .loadWeeklySummary, .printWeekly, .loadCalibration: true
        default: false
        }
    }
}

/// An action on one request as the person saw it, with what they gave so far.
public struct ActionRequest: Equatable, Sendable {
    public var requestId: Int64
    public var ref: String
    public var townshipId: Int64
    /// The version the person saw: someone else's change in between is caught.
    public var version: Int
    public var action: String
    public var input = ActionInput()
    public var account: Operator
    /// Other tagged requests the same action goes to.
    public var also: [ActionTarget] = []
}

/// A request an action goes to, as the person saw it.
public struct ActionTarget: Equatable, Sendable {
    public var requestId: Int64
    public var ref: String
    public var townshipId: Int64
    public var version: Int

    public init(_ row: QueueRow) {
        self.init(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version)
    }

    public init(requestId: Int64, ref: String, townshipId: Int64, version: Int) {
        self.requestId = requestId
        self.ref = ref
        self.townshipId = townshipId
        self.version = version
    }
}

/// Why an action was not recorded, as the desk tells it.
public enum ActionFailure: Equatable, Sendable {
    case refused(WorkflowError)
    case changedMeanwhile(by: String, at: Int64, state: String)
    case noSuchTarget(String)
    case other(String)
}

/// Which rows to read, and where they go in the window when they come.
public struct PageLoad: Equatable, Sendable {
    public enum Placement: Equatable, Sendable {
        /// A new window from the top; the first row selected.
        case top
        /// A new window read backwards from the end; the last row selected.
        case bottom
        /// Rows after the window, scrolled in; the selection moves down one.
        case scrollDown
        /// Rows before the window, scrolled in; the selection moves up one.
        case scrollUp
        /// The next screenful; the selection keeps its place on screen.
        case pageDown
        case pageUp
        /// Rows to fill a window that grew.
        case fill
        /// The window read again from its first row, the selection kept where it was.
        case refresh
    }

    public var from: QueuePosition?
    public var direction: QueueDirection
    public var limit: Int
    public var placement: Placement
}
