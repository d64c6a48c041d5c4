import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit
import Workflow

/// Where effects are carried out: the store, and the clock. Long effects run on a thread of
/// their own while the desk says it is working (see `Runtime`).
public protocol AppEnvironment: Sendable {
    var now: Date { get }
    func perform(_ effect: Effect) -> Action?
    /// Changes when someone else commits to the data (nil if it cannot tell).
    func dataVersion() -> Int?
}

/// Effects run against the county's database.
public struct StoreEnvironment: AppEnvironment {
    let database: AppDatabase
    let clock: @Sendable () -> Date
    let language: Language

    public init(database: AppDatabase, language: Language, clock: @escaping @Sendable () -> Date) {
        self.database = database
        self.language = language
        self.clock = clock
    }

    public var now: Date { clock() }

    public func dataVersion() -> Int? { try? database.dataVersion() }

    public func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case let .loadPage(filter, sort, load):
                let rows = try database.queuePage(
                    filter: filter, sort: sort, from: load.from, direction: load.direction, limit: load.limit, now: now)
                return .pageLoaded(load, rows)
            case let .loadCounts(filter):
                return .countsLoaded(try database.queueCounts(filter: filter, now: now))
            case let .loadDetail(id):
                return .detailLoaded(id: id, try database.requestDetail(id: id, now: now))
            case let .findAssignee(name):
                let cadre = try database.findCadre(named: name)
                return .assigneeFound(query: name, cadreId: cadre?.id, name: cadre?.name)
            case let .loadAssignees(request, townshipId):
                let options = try database.assigneeChoices(townshipId: townshipId).map { choice in
                    PickerState.Option(
                        label: choice.kind == .cadre ? "\(SafeText.line(choice.name)) · \(choice.openLoad)" : SafeText.line(choice.name),
                        value: "\(choice.kind.rawValue):\(choice.id)")
                }
                return .assigneesLoaded(request, options)
            case let .act(request):
                do {
                    try database.act(request.action, on: request.requestId, version: request.version, by: request.account,
                                     input: request.input, at: now)
                    return .acted(request)
                } catch let error as TransitionError {
                    let failure: ActionFailure = switch error {
                    case let .refused(reason): .refused(reason)
                    case let .changedMeanwhile(by, at, state, _): .changedMeanwhile(by: by, at: at, state: state.rawValue)
                    case let .noSuchTarget(ref): .noSuchTarget(ref)
                    case .noSuchRequest: .other(Labels(language: language).catalog[.detailMissing])
                    }
                    return .actionFailed(request, failure)
                }
            case let .actAll(request):
                var failures: [String: ActionFailure] = [:]
                let primary = ActionTarget(requestId: request.requestId, ref: request.ref, townshipId: request.townshipId, version: request.version)
                for target in [primary] + request.also {
                    var single = request
                    (single.requestId, single.ref, single.townshipId, single.version, single.also) =
                        (target.requestId, target.ref, target.townshipId, target.version, [])
                    if case let .actionFailed(_, failure) = perform(.act(single)) { failures[target.ref] = failure }
                }
                return .actedAll(request, failures: failures)
            case let .undoLast(account):
                do {
                    let (ref, action) = try database.undoLast(by: account, at: now)
                    return .undone(ref: ref, action: action)
                } catch let error as UndoError {
                    let catalog = Catalog(language: language), labels = Labels(language: language)
                    let message = switch error {
                    case .nothingToUndo: catalog[.nothingToUndo]
                    case let .notUndoable(ref, action): catalog.format(.notUndoable, ref, labels.action(action))
                    case let .tooLate(ref, action): catalog.format(.undoTooLate, ref, labels.action(action))
                    case let .changedSince(ref, by, at): catalog.format(.undoChangedSince, ref, SafeText.line(by), labels.timestamp(at))
                    }
                    return .failed(message)
                }
            case .redraw:
                return nil
            case .loadTownships:
                return .townshipsLoaded(try database.townshipSummaries(now: now))
            case let .loadCadres(query):
                return .cadresLoaded(query, try database.cadres(query, now: now))
            case let .loadCard(id):
                return .cardLoaded(id: id, try database.cadreCard(id: id, now: now))
            case let .openCadreForm(cadreId, townshipId):
                let communes = try database.communeList()
                guard let cadreId else {
                    return .cadreFormOpened(CadreForm(cadreId: nil, version: 0, draft: CadreDraft(townshipId: townshipId), communes: communes))
                }
                guard let card = try database.cadreCard(id: cadreId, now: now) else {
                    return .failed(Catalog(language: language)[.cadreGone])
                }
                return .cadreFormOpened(CadreForm(cadreId: cadreId, version: card.cadre.version, draft: CadreDraft(card), communes: communes))
            case let .saveCadre(form, account):
                return try save(form, by: account)
            case let .loadDiaryQueue(after, account):
                let rows = try database.reviewQueue(for: account, after: after.map { ($0.submittedAt, $0.id) }, limit: Review.pageSize)
                return .diaryQueueLoaded(append: after != nil, rows)
            case let .loadDiaryCounts(account):
                return .diaryCountsLoaded(try database.diaryCounts(for: account, now: now))
            case let .openDiary(id, version, account):
                return try openDiary(id, version: version, by: account)
            case let .saveDraft(id, scores, comment, account):
                return reviewing { try database.saveDraft(diaryId: id, scores: scores, comment: comment, by: account, at: now) }
            case let .submitReview(id, account):
                return reviewing { try database.submitReview(diaryId: id, by: account, at: now) } ?? .reviewSubmitted(id: id)
            case let .takeBackReview(account):
                do {
                    let (id, cadre) = try database.takeBackReview(by: account, at: now)
                    return .reviewTakenBack(id: id, cadre: cadre)
                } catch let error as TakeBackError {
                    let c = Catalog(language: language)
                    let message = switch error {
                    case .nothingToTakeBack: c[.nothingToTakeBack]
                    case let .tooLate(cadre): c.format(.takeBackTooLate, SafeText.line(cadre))
                    case let .changedSince(cadre, by): c.format(.takeBackChangedSince, SafeText.line(cadre), SafeText.line(by))
                    }
                    return .failed(message)
                }
            case let .returnDiary(id, reason, account):
                return reviewing { try database.returnDiary(id: id, reason: reason, by: account, at: now) } ?? .diaryReturned(id: id)
            case let .addDiaryComment(id, body, account):
                return reviewing { try database.addDiaryComment(diaryId: id, parentId: nil, body: body, by: account, at: now) }
                    ?? .diaryCommentAdded(id: id)
            case let .releaseDiary(id, account):
                return reviewing { try database.releaseDiary(id: id, by: account, at: now) }
            case let .loadSatisfaction(period):
                return .satisfactionLoaded(try database.satisfactionReport(period: period))
            case let .loadFollowUps(scope):
                return .followUpsLoaded(try database.followUpsDue(scope: scope))
            case let .recordFollowUp(due, answer, remark, reason, account):
                do {
                    try database.recordFollowUp(requestId: due.requestId, version: due.version, answer: answer, remark: remark,
                                                reopenReason: reason, by: account, at: now)
                    return .followUpRecorded(ref: due.ref, answer: answer, reopened: reason != nil)
                } catch let error as TransitionError {
                    return .failed(Self.refusal(error, ref: due.ref, language))
                }
            case let .printWeekly(week):
                do {
                    let text = WeeklyText.text(try database.weeklySummary(week, now: now), language: language)
                    try Printing.print(Data(text.utf8), title: week.description)
                    return .printed(week.description)
                } catch let error as PrintingError {
                    return .failed(error.message(language))
                }
            case .loadSuggestions:
                return .suggestionsLoaded(try database.suggestions())
            case let .addSuggestion(content, source, township, account):
                return suggesting { .suggestionSaved(Catalog(language: language).format(.suggestionAdded, try database.addSuggestion(
                    content: content, source: source, township: township, by: account, at: now))) }
            case let .answerSuggestion(ref, answer, account):
                return suggesting {
                    try database.answerSuggestion(ref: ref, answer: answer, by: account, at: now)
                    return .suggestionSaved(Catalog(language: language).format(.suggestionAnsweredNow, ref))
                }
            case let .loadServiceDayPlans(first, last):
                return .serviceDayPlansLoaded(try database.serviceDayPlans(from: first, to: last))
            case .loadActivities:
                return .activitiesLoaded(try database.activityPolls())
            case let .replyToActivity(id, option, comment):
                return servicing {
                    try database.recordActivityReply(activity: id, option: option, respondent: "", comment: comment, at: now)
                    return .activitySaved(Catalog(language: language).format(.replyRecorded, option))
                }
            case let .recordActivityOutcome(id, outcome, account):
                return servicing {
                    try database.recordActivityOutcome(activity: id, outcome: outcome, by: account, at: now)
                    return .activitySaved(Catalog(language: language)[.outcomeRecorded])
                }
            case let .postActivity(title, options, township, account):
                return servicing {
                    try database.postActivity(title: title, draft: "", options: options, township: township, by: account, at: now)
                    return .activitySaved(Catalog(language: language).format(.activityPosted, SafeText.line(title)))
                }
            case let .planServiceDay(day, township, plan, account):
                return servicing {
                    try database.planServiceDay(day, township: township, plan: plan, by: account)
                    return .serviceDaySaved(Catalog(language: language).format(.dayPlanned, SafeText.line(township), day))
                }
            case let .signUpForServiceDay(id, names):
                return servicing {
                    for name in names { try database.signUp(forServiceDayPlan: id, name: name) }
                    return .serviceDaySaved(Catalog(language: language).format(.signedUpNow, names.count))
                }
            case .loadSquads:
                return .squadsLoaded(try database.helpSquads())
            case let .reviseSquadPlan(id, version, plan, account):
                do {
                    try database.reviseSquadPlan(squad: id, version: version, plan: plan, by: account)
                    return .squadActed(Catalog(language: language)[.planRevised])
                } catch let error as SquadError {
                    return .failed(Labels(language: language).squadProblem(error))
                }
            case let .formSquad(squad, account):
                do {
                    let id = try database.formSquad(squad, by: account, at: now)
                    return .squadFormed(id, name: squad.name, try database.helpSquads())
                } catch let error as SquadError {
                    return .failed(Labels(language: language).squadProblem(error))
                }
            case let .actOnSquad(id, version, action, reason, account):
                do {
                    try database.actOnSquadPlan(action, squad: id, version: version, reason: reason, by: account, at: now)
                    return .squadActed(Catalog(language: language).format(.squadActedFlash, Labels(language: language).squadAction(action)))
                } catch let error as SquadError {
                    return .failed(Labels(language: language).squadProblem(error))
                }
            case let .loadWeeklySummary(week):
                return .weeklySummaryLoaded(try database.weeklySummary(week, now: now))
            case .loadSurveyForm:
                return .surveyFormLoaded(try database.currentSurveyForm(now: now))
            case let .findCadresToRate(query):
                return .cadresToRateFound(query: query, try database.cadres(CadreQuery(search: query), now: now, limit: 20))
            case let .recordTypedResponse(survey, cadre, answers, account):
                do {
                    try database.recordTypedResponse(survey: survey, cadreId: cadre, answers: answers, by: account, at: now)
                    return .typedResponseRecorded
                } catch is SurveyError {
                    return .failed(Catalog(language: language)[.rosterNotAllowed])
                }
            case .loadCalibration:
                let (rubric, reviewers) = try database.calibration()
                return .calibrationLoaded(CalibrationView(rubric: rubric, reviewers: reviewers))
            case let .setCadreActive(id, active, version, account):
                do {
                    try database.setCadreActive(id: id, active, version: version, by: account, at: now)
                    return .cadreActiveChanged(name: try database.cadreCard(id: id, now: now)?.cadre.name ?? "", active: active)
                } catch let error as CadreEditError {
                    return .failed(Self.toggleRefusal(error, language))
                }
            }
        } catch let error as StoreError {
            return .failed(error.message(language))
        } catch {
            return .failed("\(error)")
        }
    }
}

extension StoreEnvironment {
    /// Runs a suggestion's step, or says why it was refused.
    private func suggesting(_ step: () throws -> Action) -> Action {
        do {
            return try step()
        } catch let error as SuggestionError {
            let c = Catalog(language: language)
            let message = switch error {
            case .alreadyAnswered: c[.suggestionAnswered]
            case .notAllowed: c[.rosterNotAllowed]
            case let .unknownTownship(name): c.format(.unknownValue, SafeText.line(name), c[.pickTownship])
            case .emptyContent, .emptyAnswer, .noSuchSuggestion: c[.suggestionEmpty]
            }
            return .failed(message)
        } catch let error as StoreError {
            return .failed(error.message(language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Runs an activity or service-day step, or says why it was refused.
    private func servicing(_ step: () throws -> Action) -> Action {
        let c = Catalog(language: language)
        do {
            return try step()
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
        } catch let error as StoreError {
            return .failed(error.message(language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Runs a review step: nil when it was recorded, else the refusal to show.
    private func reviewing(_ step: () throws -> Void) -> Action? {
        do {
            try step()
            return nil
        } catch let error as DiaryReviewError {
            return .reviewRefused(Self.refusal(error, language))
        } catch let error as StoreError {
            return .failed(error.message(language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Why an action on a request was not recorded, as the desk says it.
    static func refusal(_ error: TransitionError, ref: String, _ language: Language) -> String {
        let c = Catalog(language: language), labels = Labels(language: language)
        return switch error {
        case let .refused(reason): labels.refusal(reason)
        case let .changedMeanwhile(by, at, state, _):
            c.format(.changedMeanwhile, ref, SafeText.line(by), labels.timestamp(at), labels.state(state))
        case let .noSuchTarget(target): c.format(.noSuchTarget, SafeText.line(target))
        case .noSuchRequest: c[.detailMissing]
        }
    }

    /// Reads a diary, taking it to score if the reader reviews and it is free (or theirs).
    private func openDiary(_ id: Int64, version: Int, by account: Operator) throws -> Action {
        var notice: String? = nil
        var scoring = false
        if [.admin, .reviewer].contains(account.role) {
            do {
                try database.claimDiary(id: id, version: version, by: account, at: now)
                scoring = true
            } catch let error as DiaryReviewError {
                notice = Self.refusal(error, language)
            }
        } else {
            notice = Catalog(language: language)[.notAReviewer]
        }
        let detail = try database.diaryDetail(id: id, for: account)
        if detail?.row.state != .inReview || detail?.row.claimedBy != account.id { scoring = false }
        return .diaryOpened(id: id, detail, scoring: scoring, notice: notice)
    }

    static func refusal(_ error: DiaryReviewError, _ language: Language) -> String {
        let c = Catalog(language: language), labels = Labels(language: language)
        switch error {
        case .noSuchDiary: return c[.diaryGone]
        case let .refused(reason): return labels.refusal(reason)
        case let .claimedBy(name, at): return c.format(.diaryHeld, SafeText.line(name), labels.timestamp(at))
        case let .changedMeanwhile(state): return c.format(.diaryChanged, labels.diaryState(state))
        case .notClaimed: return c[.notScoring]
        case .alreadyReviewed: return c[.alreadyReviewed]
        case .incomplete: return c[.scoresIncomplete]
        case .commentRequired: return c[.commentRequired]
        case .emptyComment: return c[.emptyComment]
        case .notAnAdmin: return c[.calibrationAdminsOnly]
        }
    }

    /// Adds or updates the form's cadre; a refusal comes back for the form to show.
    private func save(_ form: CadreForm, by account: Operator) throws -> Action {
        do {
            if let id = form.cadreId {
                try database.updateCadre(id: id, version: form.version, form.draft, by: account, at: now)
                return .cadreSaved(id: id, name: form.draft.name)
            }
            return .cadreSaved(id: try database.addCadre(form.draft, by: account, at: now), name: form.draft.name)
        } catch let error as CadreEditError {
            if case let .changedMeanwhile(by, at) = error, let id = form.cadreId,
               let card = try database.cadreCard(id: id, now: now) {
                return .cadreSaveConflict(by: by, at: at, version: card.cadre.version)
            }
            return .cadreSaveFailed(error)
        }
    }

    /// Why a cadre was not marked as left (or active again).
    static func toggleRefusal(_ error: CadreEditError, _ language: Language) -> String {
        let c = Catalog(language: language)
        switch error {
        case .notAllowed: return c[.rosterNotAllowed]
        case .noSuchCadre: return c[.cadreGone]
        case let .changedMeanwhile(by, at):
            return c.format(.cadreChangedSince, SafeText.line(by ?? "?"), Labels(language: language).timestamp(at))
        case .invalid: return c[.formHasProblems]
        }
    }
}

/// The loop: an event becomes an action, the reducer returns effects, the environment
/// answers them with more actions, and one frame is drawn when all is settled.
public final class Runtime {
    public private(set) var state: AppState
    let environment: AppEnvironment
    let backend: TerminalBackend

    public init(state: AppState, environment: AppEnvironment, backend: TerminalBackend) {
        self.state = state
        self.environment = environment
        self.backend = backend
    }

    /// Loads the first page and draws the first frame.
    public func start() {
        state.size = backend.size
        state.now = environment.now
        lastDataVersion = environment.dataVersion()
        lastMinute = Int(state.now.timeIntervalSince1970 / 60)
        perform(Reducer.start(state))
        present()
    }

    /// Runs until the user quits. Without keys it wakes every second to notice colleagues'
    /// changes and to keep the clock true.
    public func run() {
        start()
        while !state.shouldQuit {
            if let event = backend.nextEvent(timeoutMilliseconds: 1000) {
                handle(event)
            } else {
                idle()
            }
        }
    }

    private var lastDataVersion: Int?
    private var lastMinute = 0

    /// A second without keys: show what others changed, and the new minute.
    public func idle() {
        let version = environment.dataVersion()
        if let version, let last = lastDataVersion, version != last {
            lastDataVersion = version
            dispatch(.databaseChanged)
            present()
            return
        }
        lastDataVersion = version
        let minute = Int(environment.now.timeIntervalSince1970 / 60)
        if minute != lastMinute {
            lastMinute = minute
            state.now = environment.now
            present()
        }
    }

    /// One event, all it leads to, and the frame after it.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case let .key(key): dispatch(.key(key))
        case let .resize(size):
            backend.invalidate()
            dispatch(.resized(size))
        case let .mouse(mouse): dispatch(.mouse(mouse))
        }
        if !state.shouldQuit { present() }
    }

    public func dispatch(_ action: Action) {
        state.now = environment.now
        perform(Reducer.reduce(&state, action))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            if effect == .redraw { backend.invalidate() }
            if let answer = answer(effect) { dispatch(answer) }
        }
    }

    /// The environment's answer to `effect`. One that may take long on a large county (a
    /// report over every request, a year of answers) runs on a thread of its own; when it
    /// has not answered within a tenth of a second a frame saying "working" is drawn, so
    /// the desk never looks frozen. Keys wait, as they do for any effect.
    private func answer(_ effect: Effect) -> Action? {
        guard effect.mayTakeLong else { return environment.perform(effect) }
        let pending = PendingAnswer(), environment = self.environment
        Thread { pending.finish(environment.perform(effect)) }.start()
        if !pending.wait(seconds: Self.patience) {
            var shown = state
            shown.flash = state.flash ?? state.catalog[.working]
            backend.present(Screen.render(shown))
            _ = pending.wait(seconds: nil)
        }
        return pending.answer
    }

    /// How long a long effect may run before the desk says it is working.
    static let patience = 0.1

    private func present() {
        backend.present(Screen.render(state))
    }
}

/// An answer computed on another thread: written once before the signal, read after it.
private final class PendingAnswer: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private(set) var answer: Action?

    func finish(_ answer: Action?) {
        self.answer = answer
        done.signal()
    }

    /// Whether the answer came within `seconds` (nil: however long it takes).
    func wait(seconds: Double?) -> Bool {
        guard let seconds else {
            done.wait()
            return true
        }
        return done.wait(timeout: .now() + seconds) == .success
    }
}

