import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// The words for the county's states, urgencies, actions and the like, in one language.
/// Kept apart from `Catalog` because they are keyed by the domain's own types.
public struct Labels: Sendable {
    public let language: Language
    let catalog: Catalog

    public init(language: Language) {
        self.language = language
        catalog = Catalog(language: language)
    }

    private func words(_ words: LabelWords, _ values: CustomStringConvertible...) -> String {
        Self.words.format(words, in: language, values)
    }

    public func state(_ state: RequestState) -> String { Self.states.phrase(state, in: language) }

    /// The county as the language names it: 泰顺县, Taishun County (a name that is not a
    /// county's, or has no reading, as written).
    public func county(_ name: String) -> String { CountyName.named(name, in: language) }

    /// How a requests export names its columns and values, in this language.
    public var requestExportWords: RequestExportWords {
        let labels = self
        return RequestExportWords(language: language, header: catalog.columns(.exportRequestColumns), state: { labels.state($0) },
                                  urgency: { labels.urgencyName($0) }, source: { labels.source($0) })
    }

    /// One step of the day log: `09:12  王敏  求助 QZ-2026-00105 五千斤香菇滞销…  指派 · 三魁镇`.
    public func logLine(_ entry: LogEntry, withDay: Bool = false, in vocabulary: Vocabulary) -> String {
        let kind: LabelWords = switch entry.kind {
        case .request: .logRequest
        case .cadre: .logCadre
        case .diary: .logDiary
        case .squad: .logSquad
        }
        var step = switch entry.kind {
        case .cadre: cadreChange(entry.action)
        case .squad: squadAction(entry.action)
        case .request, .diary: entry.contactAgain ? words(.contactAgain) : action(entry.action)
        }
        if let channel = entry.channel { step = catalog.aside(step, self.channel(channel)) }
        let time = withDay ? timestamp(entry.at) : String(timestamp(entry.at).suffix(5))
        var line = "\(time)  \(SafeText.line(entry.who))  \(words(kind)) \(SafeText.line(entry.subject).truncated(toCells: 36))  \(step)"
        if let township = entry.township { line += " · " + self.township(named: township, in: vocabulary) }
        if !entry.note.isEmpty { line += " · " + SafeText.line(entry.note) }
        return line
    }

    /// The duplicates merged into a request and who asked in each, to call back too:
    /// `并入的求助：QZ-2026-00046 张三 138****1234`.
    public func mergedRequesters(_ merged: [RequestDetail.MergedRequest], wholePhones: Bool) -> String? {
        guard !merged.isEmpty else { return nil }
        let each = merged.map { request in
            ([request.ref] + [request.requester, request.requesterPhone.map { wholePhones ? $0 : PhoneMask.mask($0) }].compactMap { $0 })
                .map(SafeText.line).joined(separator: " ")
        }
        return words(.mergedRequesters, each.joined(separator: language == .zh ? "；" : "; "))
    }

    /// The mark of a request past a deadline, in a list.
    public var overdueMark: String { words(.overdueMark) }

    /// Who holds a request: 承办：张传相.
    public func assignedTo(_ name: String) -> String { words(.assignedTo, name) }

    /// One or two cells: 急 / 高 / 中.
    public func urgency(_ urgency: Urgency) -> String { Self.urgencyMarks.phrase(urgency, in: language) }

    public func urgencyName(_ urgency: Urgency) -> String { Self.urgencyNames.phrase(urgency, in: language) }

    public func source(_ source: RequestSource) -> String { Self.sources.phrase(source, in: language) }

    /// An event's action as the history shows it; an action the program does not know, as stored.
    public func action(_ action: String) -> String {
        HistoryStep(rawValue: action).map { Self.historySteps.phrase($0, in: language) } ?? SafeText.line(action)
    }

    /// A step of a request's history: what was done, to whom, and the state it led to when
    /// it moved the request — said once (`collected`, not `collected → collected`).
    public func step(_ event: RequestDetail.Event, in vocabulary: Vocabulary) -> String {
        if let duplicate = event.mergedFrom { return words(.mergedFrom, SafeText.line(duplicate)) }
        if !event.changes.isEmpty { return action(event.action) + " " + corrections(event.changes, in: vocabulary) }
        if event.photoCount > 0 { return action(event.action) + " " + words(.photoCount, event.photoCount) }
        var text = (event.contactAgain ? words(.contactAgain) : action(event.action)) + (event.target.map { " " + SafeText.line($0) } ?? "")
        if let channel = event.channel { text = catalog.aside(text, self.channel(channel)) }
        if let branch = event.onBehalfOf { text += " " + catalog.format(.onBehalfOf, SafeText.line(branch)) }
        if let to = event.toState, to != event.fromState, state(to) != action(event.action) { text += " → " + state(to) }
        if event.oneReviewer { text += catalog[.oneReviewerNote] }
        return text
    }

    /// A kept photo in a list: its number (for `circledesk photo get`), name, size and when
    /// the camera says it was taken. `name` must already be safe.
    public func photoLine(id: Int64, name: String, width: Int, height: Int, taken: String?) -> String {
        words(.photoLine, id, name, width, height) + (taken.map { "  " + words(.takenAt, $0) } ?? "")
    }

    /// An action as a menu offers it: what to do, where the history says what was done.
    public func verb(_ action: RequestAction) -> String { Self.verbs.phrase(action, in: language) }

    public func channel(_ channel: ContactChannel) -> String { Self.channels.phrase(channel, in: language) }

    public func field(_ field: RequestField) -> String { Self.requestFields.phrase(field, in: language) }

    /// A correction as the history says it: `紧急程度：一般 → 急；标题：三千斤生姜… → 三千斤生姜…`,
    /// categories and townships by name, long texts cut.
    func corrections(_ changes: [RequestDetail.FieldChange], in vocabulary: Vocabulary) -> String {
        changes.map { change in
            let worded = { (value: String) -> String in
                switch change.field {
                case .title, .body: SafeText.line(value).truncated(toCells: 16)
                case .category: self.category(Int64(value).flatMap(vocabulary.category))
                case .township: self.township(Int64(value).flatMap(vocabulary.township))
                case .urgency: Int(value).flatMap(Urgency.init(rawValue:)).map(self.urgencyName) ?? SafeText.line(value)
                }
            }
            return field(change.field) + catalog.colon + worded(change.before) + " → " + worded(change.after)
        }.joined(separator: language == .zh ? "；" : "; ")
    }

    /// What an action needs, as a person would name it.
    public func requirement(_ requirement: Requirement) -> String { Self.requirements.phrase(requirement, in: language) }

    public func role(_ role: OperatorRole) -> String { role.name(language) }

    public func category(_ entry: Vocabulary.Entry?) -> String {
        guard let entry else { return "?" }
        return entry.name(language)
    }

    public func township(_ entry: Vocabulary.Entry?) -> String {
        guard let entry else { return "?" }
        return entry.name(language)
    }

    /// A township a record names in Chinese, in this language; as written when the roster
    /// has no such township.
    public func township(named name: String, in vocabulary: Vocabulary) -> String {
        vocabulary.townships.first { $0.nameZh == name }.map { $0.name(language) } ?? SafeText.line(name)
    }

    public func cadreField(_ field: CadreField) -> String { Self.cadreFields.phrase(field, in: language) }

    /// Why the workflow refused an action, in the person's words.
    public func refusal(_ error: WorkflowError) -> String {
        switch error {
        case let .roleMayNot(action, _): catalog.format(.refusedRole, self.action(action))
        case .otherTownship: catalog[.refusedTownship]
        case .finished: catalog[.refusedFinished]
        case let .notFromState(action, _), let .unknownAction(action): catalog.format(.refusedState, self.action(action))
        case let .missing(_, requirements): catalog.format(.refusedMissing, requirements.map(requirement).joined(separator: "、"))
        }
    }

    public func diaryState(_ state: DiaryState) -> String { Self.diaryStates.phrase(state, in: language) }

    public func squadPlan(_ state: SquadPlanState) -> String { Self.squadPlans.phrase(state, in: language) }

    /// Why a squad was not formed, or its plan not changed, in the desk's and the CLI's words.
    public func squadProblem(_ error: SquadError) -> String {
        switch error {
        case let .noSuchSquad(id): words(.noSuchSquad, id)
        case let .changedMeanwhile(state): words(.squadChangedMeanwhile, squadPlan(state))
        case .blankName: words(.squadBlankName)
        case let .unknownTownship(name): words(.unknownTownship, SafeText.line(name))
        case let .noSuchLeader(phone): words(.noSuchLeader, SafeText.line(phone))
        case let .nameTaken(name): words(.squadNameTaken, SafeText.line(name))
        case let .planLocked(state): words(.planLocked, squadPlan(state))
        case .notAllowed: words(.squadNotAllowed)
        case .refused(.otherTownship): words(.squadOtherTownship)
        case .refused(.finished): words(.planFiled)
        case let .refused(.roleMayNot(action, _)): catalog.format(.refusedRole, squadAction(action))
        case let .refused(.notFromState(action, _)), let .refused(.unknownAction(action)):
            catalog.format(.refusedState, squadAction(action))
        case let .refused(reason): refusal(reason)
        }
    }

    /// A step of a squad's plan (the request workflow names its own steps alike otherwise).
    public func squadAction(_ action: String) -> String {
        SquadPlanAction(rawValue: action).map { Self.squadActions.phrase($0, in: language) } ?? self.action(action)
    }

    /// Who wrote a comment under a diary.
    public func commentAuthor(_ kind: String) -> String {
        switch kind {
        case "reviewer": words(.authorReviewer)
        case "cadre": words(.authorCadre)
        default: words(.authorGroup)
        }
    }

    /// What a cadre history entry records.
    public func cadreChange(_ action: String) -> String {
        CadreChange(rawValue: action).map { Self.cadreChanges.phrase($0, in: language) } ?? SafeText.line(action)
    }

    /// `2026上半年` / `2026 H1` for a period starting on `YYYY-MM-DD`.
    public func halfYear(_ start: String) -> String {
        let year = start.prefix(4), first = start.dropFirst(5).prefix(2) < "07"
        return words(first ? .firstHalf : .secondHalf, String(year))
    }

    /// A length of time in its largest whole unit: 40分钟, 5小时, 3天.
    public func duration(_ seconds: Int64) -> String {
        let minutes = Int(max(0, seconds) / 60)
        if minutes < 60 { return catalog.format(.minutes, max(1, minutes)) }
        if minutes < 48 * 60 { return catalog.format(.hours, minutes / 60) }
        return catalog.format(.days, minutes / (24 * 60))
    }

    /// The deadline column: 超时 2小时 / 剩 40分钟 / 暂停 / 12天前.
    public func deadline(_ status: SLAStatus) -> String {
        switch status {
        case let .overdue(seconds): catalog.format(.lateBy, duration(seconds))
        case let .remaining(seconds): catalog.format(.timeLeft, duration(seconds))
        case .paused: catalog[.paused]
        case let .finished(age): catalog.format(.ago, duration(age))
        }
    }

    /// `2026-11-28 周六 09:00` in the county's time.
    public func clock(_ date: Date) -> String {
        let c = CountyTime.calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let weekdays = Self.words.columns(.weekdays, in: language)
        return String(format: "%04d-%02d-%02d ", c.year!, c.month!, c.day!) + weekdays[c.weekday! - 1]
            + String(format: " %02d:%02d", c.hour!, c.minute!)
    }

    /// `11-27 03:00`: a moment near now, for deadlines.
    public func shortTimestamp(_ unix: Int64) -> String {
        String(timestamp(unix).dropFirst(5))
    }

    /// `2026-11-27 03:00`, for the history.
    public func timestamp(_ unix: Int64) -> String {
        let c = CountyTime.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(unixSeconds: unix))
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    // MARK: The words, by the domain's own values

    static let states = PhraseBook<RequestState>(
        zh: [.collected: "已收集", .villageReview: "村支部审核", .townshipReview: "乡镇审核", .needsInfo: "待补充", .published: "已发布", .assigned: "已指派", .inProgress: "处理中", .resolved: "已解决", .closed: "已办结", .rejected: "已驳回", .withdrawn: "已撤回", .merged: "已合并"],
        en: [.collected: "collected", .villageReview: "village chk", .townshipReview: "township chk", .needsInfo: "needs info", .published: "published", .assigned: "assigned", .inProgress: "in progress", .resolved: "resolved", .closed: "closed", .rejected: "rejected", .withdrawn: "withdrawn", .merged: "merged"])

    static let urgencyMarks = PhraseBook<Urgency>(
        zh: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, $0.mark) }),
        en: [.urgent: "!!", .high: "!", .normal: ""])

    static let urgencyNames = PhraseBook<Urgency>(
        zh: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, $0.mark) }),
        en: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, $0.word) }))

    static let sources = PhraseBook<RequestSource>(
        zh: [.moments: "朋友圈", .phone: "电话", .visit: "走访", .commune: "青公社"],
        en: [.moments: "WeChat Moments", .phone: "phone", .visit: "visit", .commune: "youth commune"])

    static let requirements = PhraseBook<Requirement>(
        zh: [.reason: "原因", .resolution: "办理结果", .assignee: "承办人", .target: "合并到的编号", .note: "备注内容", .channel: "联系方式", .changes: "改动", .photos: "图片文件"],
        en: [.reason: "a reason", .resolution: "the resolution", .assignee: "an assignee", .target: "the ref to merge into", .note: "the note",
             .channel: "how they were reached", .changes: "what to correct", .photos: "photo files"])

    static let requestFields = PhraseBook<RequestField>(
        zh: [.title: "标题", .body: "内容", .category: "类别", .urgency: "紧急程度", .township: "乡镇"],
        en: [.title: "title", .body: "text", .category: "category", .urgency: "urgency", .township: "township"])

    static let channels = PhraseBook<ContactChannel>(
        zh: [.phone: "电话", .wechat: "微信", .visit: "上门"],
        en: [.phone: "phone", .wechat: "WeChat", .visit: "visit"])

    static let cadreFields = PhraseBook<CadreField>(
        zh: [.name: "姓名", .phone: "手机", .role: "身份", .township: "乡镇", .commune: "青年公社", .contactPoints: "联系点", .youthInContact: "联系青年数", .joinedOn: "加入日期"],
        en: [.name: "Name", .phone: "Phone", .role: "Role", .township: "Township", .commune: "Commune", .contactPoints: "Contact points", .youthInContact: "Youth in contact", .joinedOn: "Joined on"])

    static let diaryStates = PhraseBook<DiaryState>(
        zh: [.submitted: "待点评", .inReview: "点评中", .reviewed: "已评分", .feedbackPublished: "已反馈", .returned: "已退回修改"],
        en: [.submitted: "waiting", .inReview: "in review", .reviewed: "scored", .feedbackPublished: "feedback published", .returned: "returned"])

    static let squadPlans = PhraseBook<SquadPlanState>(
        zh: [.draft: "未报备", .submitted: "已报待备案", .filed: "已备案", .returned: "已退回"],
        en: [.draft: "draft", .submitted: "submitted", .filed: "filed", .returned: "returned"])

    static let historySteps = PhraseBook<HistoryStep>(
        zh: [.collect: "收集", .submit: "提交村支部审核", .villageApprove: "村支部审核通过", .townshipApprove: "乡镇审核通过并发布",
             .assign: "指派", .contact: "首次联系", .start: "开始办理", .resolve: "办结", .close: "回访后归档", .sendBack: "退回补充",
             .reject: "驳回", .withdraw: "撤回", .merge: "合并", .escalate: "升级督办", .note: "备注", .undo: "撤销", .reassign: "改派",
             .resubmit: "补充后重新提交", .reopen: "重新办理", .edit: "修改", .attach: "添加图片", .claim: "领取点评", .release: "放回待点评", .score: "评分",
             .publish: "发布反馈", .file: "备案"],
        en: [.collect: "collected", .submit: "sent to the village branch", .villageApprove: "village branch approved",
             .townshipApprove: "township approved and published", .assign: "assigned", .contact: "first contact", .start: "work started",
             .resolve: "resolved", .close: "closed after follow-up", .sendBack: "sent back for information", .reject: "rejected",
             .withdraw: "withdrawn", .merge: "merged", .escalate: "escalated", .note: "note", .undo: "undone", .reassign: "reassigned",
             .resubmit: "sent again", .reopen: "reopened", .edit: "corrected", .attach: "photos added", .claim: "taken to review", .release: "put back", .score: "scored",
             .publish: "feedback published", .file: "filed"])

    static let verbs = PhraseBook<RequestAction>(
        zh: [.submit: "提交村支部审核", .villageApprove: "村支部审核通过", .townshipApprove: "乡镇审核通过并发布", .sendBack: "退回补充",
             .resubmit: "补充后重新提交", .reject: "驳回", .assign: "指派", .reassign: "改派", .contact: "首次联系", .start: "开始办理",
             .resolve: "办结", .close: "回访后归档", .reopen: "重新办理", .escalate: "升级督办", .merge: "合并", .withdraw: "撤回", .note: "备注",
             .edit: "修改（标题、内容、类别、紧急程度、乡镇）", .attach: "添加图片"],
        en: [.submit: "send to the village branch", .villageApprove: "approve for the village branch", .townshipApprove: "approve and publish",
             .sendBack: "send back for information", .resubmit: "send again", .reject: "reject", .assign: "assign", .reassign: "reassign",
             .contact: "record the first contact", .start: "start work", .resolve: "resolve", .close: "close after follow-up", .reopen: "reopen",
             .escalate: "escalate", .merge: "merge", .withdraw: "withdraw", .note: "add a note",
             .edit: "correct (title, text, category, urgency, township)", .attach: "add photos"])

    static let squadActions = PhraseBook<SquadPlanAction>(
        zh: [.submit: "报送备案", .file: "备案", .sendBack: "退回修改"],
        en: [.submit: "sent to be filed", .file: "filed", .sendBack: "returned for changes"])

    static let cadreChanges = PhraseBook<CadreChange>(
        zh: [.added: "新增", .edited: "修改", .moved: "调动", .deactivated: "离岗", .reactivated: "恢复在岗", .imported: "导入"],
        en: [.added: "added", .edited: "edited", .moved: "moved", .deactivated: "left", .reactivated: "active again", .imported: "imported"])

    static let words = PhraseBook<LabelWords>(
        zh: [.noSuchSquad: "没有编号为 %d 的帮帮团。", .squadChangedMeanwhile: "刚被别人处理过（现为%@），请再看一次。",
             .squadBlankName: "项目和帮帮团都要有名称。", .unknownTownship: "没有乡镇“%@”。", .noSuchLeader: "花名册里没有用 %@ 的团干部。",
             .squadNameTaken: "这个项目已有“%@”。", .planLocked: "方案已是“%@”，不能再改；退回后可改。",
             .squadNotAllowed: "只能组建和修改本乡镇的帮帮团。", .squadOtherTownship: "只能处理本乡镇的帮帮团。", .planFiled: "方案已备案，不再变动。",
             .authorReviewer: "[点评]", .authorCadre: "[团干部]", .authorGroup: "[青年]",
             .firstHalf: "%@上半年", .secondHalf: "%@下半年", .weekdays: "周日|周一|周二|周三|周四|周五|周六",
             .overdueMark: "超时", .assignedTo: "承办：%@", .contactAgain: "再次联系",
             .logRequest: "求助", .logCadre: "花名册", .logDiary: "日记", .logSquad: "帮帮团",
             .mergedFrom: "%@ 与此重复，已并入", .mergedRequesters: "并入的求助：%@", .photoCount: "%d 张",
             .photoLine: "图片 %d  %@  %d×%d", .takenAt: "拍于 %@"],
        en: [.noSuchSquad: "no squad %d", .squadChangedMeanwhile: "changed meanwhile (now %@); look again",
             .squadBlankName: "the project and the squad need names", .unknownTownship: "no township called %@",
             .noSuchLeader: "no cadre on the roster has the phone %@", .squadNameTaken: "the project has a squad called %@ already",
             .planLocked: "the plan is %@ and stays as sent until it is returned",
             .squadNotAllowed: "you form and change your own township's squads only", .squadOtherTownship: "you work on your own township's squads only",
             .planFiled: "the plan is filed and final", .authorReviewer: "[reviewer]", .authorCadre: "[cadre]", .authorGroup: "[group]",
             .firstHalf: "%@ H1", .secondHalf: "%@ H2", .weekdays: "Sun|Mon|Tue|Wed|Thu|Fri|Sat", .overdueMark: "overdue", .assignedTo: "with %@", .contactAgain: "contacted again",
             .logRequest: "request", .logCadre: "roster", .logDiary: "diary", .logSquad: "squad",
             .mergedFrom: "%@ merged into this one as a duplicate", .mergedRequesters: "Merged in: %@", .photoCount: "(%d)",
             .photoLine: "photo %d  %@  %d×%d", .takenAt: "taken %@"])
}

/// What an event in a request's, a diary's or a squad plan's history records, by the name
/// the history stores.
enum HistoryStep: String, CaseIterable, Sendable {
    case collect, submit
    case villageApprove = "village_approve"
    case townshipApprove = "township_approve"
    case sendBack = "return"
    case resubmit, reject, assign, reassign, contact, start, resolve, close, reopen, escalate, merge, withdraw, note, undo, edit, attach
    case claim, release, score, publish, file
}

/// What a cadre's history records.
enum CadreChange: String, CaseIterable, Sendable {
    case added, edited, moved, deactivated, reactivated, imported
}

/// The labels' sentences: refusals about squads, comment authors, half years, weekdays.
enum LabelWords: CaseIterable, Sendable {
    case noSuchSquad, squadChangedMeanwhile, squadBlankName, unknownTownship, noSuchLeader, squadNameTaken, planLocked
    case squadNotAllowed, squadOtherTownship, planFiled
    case authorReviewer, authorCadre, authorGroup, firstHalf, secondHalf, weekdays
    case overdueMark, assignedTo, contactAgain, logRequest, logCadre, logDiary, logSquad, mergedFrom, mergedRequesters, photoCount, photoLine, takenAt
}
