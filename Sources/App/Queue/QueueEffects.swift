import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// The request queue's work outside the reducer.
public enum QueueEffect: Codable, Equatable, Sendable {
    case loadPage(QueueFilter, QueueSort, PageLoad)
    case loadCounts(QueueFilter)
    case loadDetail(Int64)
    /// Today's steps by everyone, or by one person (login or name).
    case loadDayLog(who: String)
    /// A request taken in at the desk.
    case addRequest(IntakeDraft)
    /// The requests one may duplicate, for its merge.
    case loadMergeTargets(ActionRequest)
    /// The person's saved views: one to recall by name, or all to choose from.
    case saveView(SavedView)
    case loadViews(named: String)
    case findAssignee(String)
    /// The request as it is now, for its fields to be corrected.
    case loadEditable(ActionRequest)
    /// The cadres (with their open load) and communes of a township, to assign to.
    case loadAssignees(ActionRequest, townshipId: Int64)
    case act(ActionRequest)
    /// The same action on the request and on `also`, each on its own.
    case actAll(ActionRequest)
    /// Take back the acting person's latest action.
    case undoLast
    /// The request's sheet (求助单) to the default printer.
    case printRequest(Int64)
    /// Every request the queue shows, in its order, as a CSV file or a workbook, phones masked.
    case exportShown(QueueFilter, QueueSort, FileFormat)
}

/// What the queue's effects answer.
public enum QueueAnswer: Codable, Equatable, Sendable {
    /// Rows of the list through the filter in the order given (as asked, before a township's
    /// scope is added): an answer for a list no longer asked for is dropped.
    case pageLoaded(QueueFilter, QueueSort, PageLoad, [QueueRow])
    case countsLoaded(QueueFilter, QueueCounts)
    case detailLoaded(id: Int64, RequestDetail?)
    case dayLogLoaded([LogEntry])
    case requestAdded(IntakeAdded, duplicates: [PossibleDuplicate])
    case mergeTargetsLoaded(ActionRequest, [PossibleDuplicate])
    case editableLoaded(ActionRequest, RequestDetail?)
    case viewSaved(SavedView)
    case viewsLoaded(named: String, [SavedView])
    case intakeRefused(IntakeDraft, String)
    /// The cadres a typed assignee name stands for.
    case assigneeFound(query: String, [CadreRow])
    case assigneesLoaded(ActionRequest, [PickerState.Option])
    case acted(ActionRequest)
    /// A tagged batch done: the references that could not move, and why.
    case actedAll(ActionRequest, failures: [String: ActionFailure])
    case undone(ref: String, action: String)
    case actionFailed(ActionRequest, ActionFailure)
}

/// What the queue asks to be typed.
public enum QueuePrompt: Equatable, Sendable {
    case search
    /// A line of a new request (requester, title, text).
    case intake(IntakeDraft)
    /// The text an action needs (a reason, a resolution, a note, a merge target).
    case actionText(ActionRequest, Requirement)
    /// Where to export the list on screen.
    case exportTo
    /// A request's new title or text, typed over the old.
    case editText(ActionRequest, RequestField)
}

extension QueueEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        let database = context.database, now = context.now
        switch self {
        case let .loadPage(filter, sort, load):
            let rows = try database.requests.queuePage(
                filter: Self.scoped(filter, context.account), sort: sort, from: load.from, direction: load.direction, limit: load.limit,
                now: now)
            return .queue(.pageLoaded(filter, sort, load, rows))
        case let .loadCounts(filter):
            return .queue(.countsLoaded(filter, try database.requests.queueCounts(filter: Self.scoped(filter, context.account), now: now)))
        case let .loadDetail(id):
            return .queue(.detailLoaded(id: id, try Self.detail(id, in: context)))
        case let .printRequest(id):
            guard let detail = try Self.detail(id, in: context) else { return .failed(context.catalog[.detailMissing]) }
            return try context.paper(title: detail.row.ref, html: {
                RequestSheet.html(detail, vocabulary: try database.vocabulary(), county: try database.setting("county_name") ?? "", madeAt: now,
                                  language: context.language, wholePhones: context.account.role.may(.seeFullPhones),
                                  thumbnails: database.photos.thumbnails(of: detail.photos))
            })
        case let .exportShown(filter, sort, format):
            var file = Data(), tooLarge = false
            let rows = try database.requests.exportRequests(
                filter: Self.scoped(filter, context.account), sort: sort, words: context.labels.requestExportWords, includePersonal: false, now: now,
                format: format
            ) { part in
                tooLarge = tooLarge || file.count + part.count > Handover.largestFile
                if !tooLarge { file.append(part) }
            }
            return tooLarge ? .failed(context.catalog[.exportTooLarge]) : .handOver(.file(file, rows: rows))
        case let .saveView(view):
            try database.requests.saveView(view, of: context.account.id ?? 0)
            return .queue(.viewSaved(view))
        case let .loadViews(name):
            return .queue(.viewsLoaded(named: name, try database.requests.savedViews(of: context.account.id ?? 0)))
        case let .loadEditable(request):
            return .queue(.editableLoaded(request, try Self.detail(request.requestId, in: context)))
        case let .loadMergeTargets(request):
            return .queue(.mergeTargetsLoaded(request, try database.requests.possibleDuplicates(of: request.ref, now: now)))
        case let .addRequest(draft):
            let vocabulary = try database.vocabulary()
            guard let township = draft.townshipId.flatMap(vocabulary.township), let category = draft.categoryId.flatMap(vocabulary.category) else {
                return .queue(.intakeRefused(draft, context.catalog[.detailMissing]))
            }
            do {
                let ref = try database.requests.addRequest(
                    NewRequest(title: draft.title, body: draft.body, category: category.code, township: township.nameZh, urgency: draft.urgency,
                               source: draft.source, requesterName: draft.name, requesterPhone: draft.phone),
                    by: context.account, at: now)
                guard let handle = try database.requests.requestHandle(ref: ref) else { return .failed(context.catalog[.detailMissing]) }
                return .queue(.requestAdded(IntakeAdded(id: handle.id, ref: ref, title: draft.title, townshipId: township.id),
                                            duplicates: try database.requests.possibleDuplicates(of: ref, now: now)))
            } catch IntakeError.notMobile {
                return .queue(.intakeRefused(draft, context.catalog[.requesterPhoneNotMobile]))
            }
        case let .loadDayLog(who):
            var query = LogQuery(since: CountyTime.calendar.startOfDay(for: now), until: now.addingTimeInterval(1), who: who)
            query.townshipId = context.account.ownTownship
            query.latest = DayLog.shownAtMost
            return .queue(.dayLogLoaded(try database.dayLog(query)))
        case let .findAssignee(name):
            return .queue(.assigneeFound(query: name, try database.roster.cadresNamed(name, now: now)))
        case let .loadAssignees(request, townshipId):
            let options = try database.roster.assigneeChoices(townshipId: townshipId).map { choice in
                PickerState.Option(
                    label: choice.kind == .cadre ? "\(SafeText.line(choice.name)) · \(choice.openLoad)" : SafeText.line(choice.name),
                    value: choice.kind == .cadre ? PickerState.Choice.cadre(choice.id) : .commune(choice.id))
            }
            return .queue(.assigneesLoaded(request, options))
        case let .act(request):
            if let failure = try Self.act(request, in: context) { return .queue(.actionFailed(request, failure)) }
            return .queue(.acted(request))
        case let .actAll(request):
            var failures: [String: ActionFailure] = [:]
            for target in [request.target] + request.also {
                var single = request
                single.target = target
                single.also = []
                if let failure = try Self.act(single, in: context) { failures[target.ref] = failure }
            }
            return .queue(.actedAll(request, failures: failures))
        case .undoLast:
            do {
                let (ref, action) = try database.requests.undoLast(by: context.account, at: now)
                return .queue(.undone(ref: ref, action: action))
            } catch let error as UndoError {
                let c = context.catalog, labels = context.labels
                let message = switch error {
                case .nothingToUndo: c[.nothingToUndo]
                case let .notUndoable(ref, action): c.format(.notUndoable, ref, labels.action(action))
                case let .tooLate(ref, action): c.format(.undoTooLate, ref, labels.action(action))
                case let .changedSince(ref, by, at): c.format(.undoChangedSince, ref, SafeText.line(by), labels.timestamp(at))
                }
                return .failed(message)
            }
        }
    }

    /// The request `id` in full, when the acting person may read it: a township secretary
    /// reads their own township's requests only, whatever id is asked for.
    private static func detail(_ id: Int64, in context: EffectContext) throws -> RequestDetail? {
        let detail = try context.database.requests.requestDetail(id: id, now: context.now)
        let scope = scoped(QueueFilter(), context.account).scopeTownshipId
        return scope == nil || detail?.row.townshipId == scope ? detail : nil
    }

    /// The filter as the acting person may read: a township secretary's own township, whatever
    /// the filter a desk sent says.
    private static func scoped(_ filter: QueueFilter, _ account: Operator) -> QueueFilter {
        var filter = filter
        if let own = account.ownTownship { filter.scopeTownshipId = own }
        return filter
    }

    /// Records one action as the acting person; nil when it was, else why not.
    /// Why the store refused an action, as the desk says it.
    static func failure(_ error: TransitionError, _ context: EffectContext) -> ActionFailure {
        switch error {
        case let .refused(reason): .refused(reason)
        case let .changedMeanwhile(by, at, state, _): .changedMeanwhile(by: by, at: at, state: state.rawValue)
        case let .noSuchTarget(ref): .noSuchTarget(ref)
        case .noSuchRequest: .other(context.catalog[.detailMissing])
        case .sameReviewer: .other(context.catalog[.sameReviewer])
        }
    }

    private static func act(_ request: ActionRequest, in context: EffectContext) throws -> ActionFailure? {
        do {
            try context.database.requests.act(request.action.rawValue, on: request.requestId, version: request.version, by: context.account,
                                     input: request.input, at: context.now)
            return nil
        } catch let error as TransitionError {
            return failure(error, context)
        } catch let error as EditError {
            let c = context.catalog, labels = context.labels
            return switch error {
            case .empty(.body): .other(c[.bodyWanted])
            case .empty: .other(c[.titleWanted])
            case let .unknown(field, value): .other(c.format(.editUnknown, labels.field(field), SafeText.line(value)))
            case .nothingChanged: .other(c[.nothingChanged])
            case .townshipBySecretary: .other(c[.townshipByCounty])
            }
        }
    }
}

/// An action on one request as the person saw it, with what they gave so far.
public struct ActionRequest: Codable, Equatable, Sendable {
    public var requestId: Int64
    public var ref: String
    public var townshipId: Int64
    /// The version the person saw: someone else's change in between is caught.
    public var version: Int
    public var action: RequestAction
    public var input = ActionInput()
    /// Other tagged requests the same action goes to.
    public var also: [ActionTarget] = []
    /// Its title, so that every menu and prompt of the action names the request it is for.
    public var title = ""
    /// A merge's likely targets were offered and the person chose to type the number.
    public var askedTarget = false

    public init(requestId: Int64, ref: String, townshipId: Int64, version: Int, action: RequestAction, input: ActionInput = ActionInput(),
                also: [ActionTarget] = []) {
        (self.requestId, self.ref, self.townshipId, self.version, self.action, self.input, self.also) = (requestId, ref, townshipId, version, action, input, also)
    }

    /// The request itself, as a target.
    var target: ActionTarget {
        get { ActionTarget(requestId: requestId, ref: ref, townshipId: townshipId, version: version) }
        set { (requestId, ref, townshipId, version) = (newValue.requestId, newValue.ref, newValue.townshipId, newValue.version) }
    }
}

/// A request an action goes to, as the person saw it.
public struct ActionTarget: Codable, Equatable, Sendable {
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
public enum ActionFailure: Codable, Equatable, Sendable {
    case refused(WorkflowError)
    case changedMeanwhile(by: String, at: Int64, state: String)
    case noSuchTarget(String)
    case other(String)
}

/// Which rows to read, and where they go in the window when they come.
public struct PageLoad: Codable, Equatable, Sendable {
    public enum Placement: Codable, Equatable, Sendable {
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

    public init(from: QueuePosition?, direction: QueueDirection, limit: Int, placement: Placement) {
        self.from = from
        self.direction = direction
        self.limit = limit
        self.placement = placement
    }
}
