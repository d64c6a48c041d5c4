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

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func state(_ state: RequestState) -> String {
        switch state {
        case .collected: pick("已收集", "collected")
        case .villageReview: pick("村支部审核", "village chk")
        case .townshipReview: pick("乡镇审核", "township chk")
        case .needsInfo: pick("待补充", "needs info")
        case .published: pick("已发布", "published")
        case .assigned: pick("已指派", "assigned")
        case .inProgress: pick("处理中", "in progress")
        case .resolved: pick("已解决", "resolved")
        case .closed: pick("已办结", "closed")
        case .rejected: pick("已驳回", "rejected")
        case .withdrawn: pick("已撤回", "withdrawn")
        case .merged: pick("已合并", "merged")
        }
    }

    /// One or two cells: 急 / 高 / 中.
    public func urgency(_ urgency: Urgency) -> String {
        switch urgency {
        case .urgent: pick("急", "!!")
        case .high: pick("高", "!")
        case .normal: pick("中", "")
        }
    }

    public func urgencyName(_ urgency: Urgency) -> String {
        switch urgency {
        case .urgent: pick("急", "urgent")
        case .high: pick("高", "high")
        case .normal: pick("中", "normal")
        }
    }

    public func source(_ source: RequestSource) -> String {
        switch source {
        case .moments: pick("朋友圈", "WeChat Moments")
        case .phone: pick("电话", "phone")
        case .visit: pick("走访", "visit")
        case .commune: pick("青公社", "youth commune")
        }
    }

    /// An event's action as the history shows it.
    public func action(_ action: String) -> String {
        guard let name = Self.actionNames[action] else { return action }
        return pick(name.zh, name.en)
    }

    private static let actionNames: [String: (zh: String, en: String)] = [
        "collect": ("收集", "collected"), "submit": ("提交村支部审核", "sent to the village branch"),
        "village_approve": ("村支部审核通过", "village branch approved"),
        "township_approve": ("乡镇审核通过并发布", "township approved and published"),
        "assign": ("指派", "assigned"), "contact": ("首次联系", "first contact"), "start": ("开始办理", "work started"),
        "resolve": ("办结", "resolved"), "close": ("回访后归档", "closed after follow-up"),
        "return": ("退回补充", "sent back for information"), "reject": ("驳回", "rejected"),
        "withdraw": ("撤回", "withdrawn"), "merge": ("合并", "merged"), "escalate": ("升级督办", "escalated"),
        "note": ("备注", "note"), "undo": ("撤销", "undone"), "reassign": ("改派", "reassigned"),
        "resubmit": ("补充后重新提交", "sent again"), "reopen": ("重新办理", "reopened"),
        "claim": ("领取点评", "taken to review"), "release": ("放回待点评", "put back"), "score": ("评分", "scored"),
        "publish": ("发布反馈", "feedback published"), "file": ("备案", "filed"),
    ]

    /// What an action needs, as a person would name it.
    public func requirement(_ requirement: Requirement) -> String {
        switch requirement {
        case .reason: pick("原因", "a reason")
        case .resolution: pick("办理结果", "the resolution")
        case .assignee: pick("承办人", "an assignee")
        case .target: pick("合并到的编号", "the ref to merge into")
        case .note: pick("备注内容", "the note")
        }
    }

    public func role(_ role: OperatorRole) -> String {
        switch role {
        case .admin: pick("管理员", "admin")
        case .desk: pick("受理", "desk")
        case .reviewer: pick("点评", "reviewer")
        case .townshipSecretary: pick("乡镇书记", "township secretary")
        case .readOnly: pick("只读", "read-only")
        }
    }

    public func category(_ entry: Vocabulary.Entry?) -> String {
        guard let entry else { return "?" }
        return pick(entry.nameZh, entry.nameEn)
    }

    public func township(_ entry: Vocabulary.Entry?) -> String {
        guard let entry else { return "?" }
        return pick(entry.nameZh, entry.nameEn)
    }

    /// A township a record names in Chinese, in this language; as written when the roster
    /// has no such township.
    public func township(named name: String, in vocabulary: Vocabulary) -> String {
        vocabulary.townships.first { $0.nameZh == name }.map { pick($0.nameZh, $0.nameEn) } ?? SafeText.line(name)
    }

    public func cadreField(_ field: CadreField) -> String {
        switch field {
        case .name: pick("姓名", "Name")
        case .phone: pick("手机", "Phone")
        case .role: pick("身份", "Role")
        case .township: pick("乡镇", "Township")
        case .commune: pick("青年公社", "Commune")
        case .contactPoints: pick("联系点", "Contact points")
        case .youthInContact: pick("联系青年数", "Youth in contact")
        case .joinedOn: pick("加入日期", "Joined on")
        }
    }

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

    public func diaryState(_ state: DiaryState) -> String {
        switch state {
        case .submitted: pick("待点评", "waiting")
        case .inReview: pick("点评中", "in review")
        case .reviewed: pick("已评分", "scored")
        case .feedbackPublished: pick("已反馈", "feedback published")
        case .returned: pick("已退回修改", "returned")
        }
    }

    public func squadPlan(_ state: SquadPlanState) -> String {
        switch state {
        case .draft: pick("未报备", "draft")
        case .submitted: pick("已报待备案", "submitted")
        case .filed: pick("已备案", "filed")
        case .returned: pick("已退回", "returned")
        }
    }

    /// Why a squad was not formed, or its plan not changed, in the desk's and the CLI's words.
    public func squadProblem(_ error: SquadError) -> String {
        switch error {
        case let .noSuchSquad(id): pick("没有编号为 \(id) 的帮帮团。", "no squad \(id)")
        case let .changedMeanwhile(state):
            pick("刚被别人处理过(现为\(squadPlan(state))),请再看一次。", "changed meanwhile (now \(squadPlan(state))); look again")
        case .blankName: pick("项目和帮帮团都要有名称。", "the project and the squad need names")
        case let .unknownTownship(name): pick("没有乡镇“\(SafeText.line(name))”。", "no township called \(SafeText.line(name))")
        case let .noSuchLeader(phone): pick("花名册里没有用 \(SafeText.line(phone)) 的团干部。", "no cadre on the roster has the phone \(SafeText.line(phone))")
        case let .nameTaken(name): pick("这个项目已有“\(SafeText.line(name))”。", "the project has a squad called \(SafeText.line(name)) already")
        case let .planLocked(state):
            pick("方案已是“\(squadPlan(state))”,不能再改;退回后可改。", "the plan is \(squadPlan(state)) and stays as sent until it is returned")
        case .notAllowed: pick("只能组建和修改本乡镇的帮帮团。", "you form and change your own township's squads only")
        case .refused(.otherTownship): pick("只能处理本乡镇的帮帮团。", "you work on your own township's squads only")
        case .refused(.finished): pick("方案已备案,不再变动。", "the plan is filed and final")
        case let .refused(.roleMayNot(action, _)): catalog.format(.refusedRole, squadAction(action))
        case let .refused(.notFromState(action, _)), let .refused(.unknownAction(action)):
            catalog.format(.refusedState, squadAction(action))
        case let .refused(reason): refusal(reason)
        }
    }

    /// A step of a squad's plan (the request workflow names its own steps alike otherwise).
    public func squadAction(_ action: String) -> String {
        switch action {
        case "submit": pick("报送备案", "sent to be filed")
        case "file": pick("备案", "filed")
        case "return": pick("退回修改", "returned for changes")
        default: self.action(action)
        }
    }

    /// Who wrote a comment under a diary.
    public func commentAuthor(_ kind: String) -> String {
        switch kind {
        case "reviewer": pick("[点评]", "[reviewer]")
        case "cadre": pick("[团干部]", "[cadre]")
        default: pick("[青年]", "[group]")
        }
    }

    /// What a cadre history entry records.
    public func cadreChange(_ action: String) -> String {
        switch action {
        case "added": pick("新增", "added")
        case "edited": pick("修改", "edited")
        case "moved": pick("调动", "moved")
        case "deactivated": pick("离岗", "left")
        case "reactivated": pick("恢复在岗", "active again")
        case "imported": pick("导入", "imported")
        default: SafeText.line(action)
        }
    }

    /// `2026上半年` / `2026 H1` for a period starting on `YYYY-MM-DD`.
    public func halfYear(_ start: String) -> String {
        let year = start.prefix(4), first = start.dropFirst(5).prefix(2) < "07"
        return language == .zh ? "\(year)\(first ? "上" : "下")半年" : "\(year) H\(first ? 1 : 2)"
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
        let weekdays = language == .zh ? ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] : ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
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
}
