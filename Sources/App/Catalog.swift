import LeagueCore

/// Every phrase the desk shows, named once; `Catalog` has each in Chinese and English
/// (a test fails if either lacks one).
public enum Phrase: String, CaseIterable, Sendable {
    case appTitle, sampleData
    case paneRequests, paneRoster, paneDiaries, paneSurveys, paneSummary
    case paneNotYet
    // Queue columns
    case columnRef, columnUrgency, columnCategory, columnTownship, columnTitle, columnState, columnDeadline
    // Queue status line
    case allOpen, allTownships, total, overdueCount, newToday, sortPriority, sortNewest, sortOldest
    case filterOverdue, filterMine, filterAssignee, filterSearch
    case emptyQueue, emptyFiltered, loading
    // Keys
    case keyHelp, keyQuit, keySearch, keyFilter, keySort, keyClear, keyOpen, keyBack, keyCommand
    case keyDown, keyUp, keyTop, keyBottom, keyPageDown, keyPageUp, keyPanes, keyNextPane, keyRedraw, keyTown, keyCategory
    case helpTitle, helpGlobal, helpPane, helpClose
    // Detail
    case detailRequester, detailCollector, detailAssignee, detailSource, detailHistory, detailResolution, detailEscalated
    case detailNone, detailMissing, detailContactDue, detailContacted, detailResolutionDue, detailPaused
    // Filter picker
    case pickFilter, pickTownship, pickCategory, pickState, pickUrgency, pickOverdue, pickMine, pickAssignee, pickHint
    // Command line
    case unknownCommand, unknownValue, commandHint, searchPrompt
    // Durations
    case lateBy, timeLeft, paused, ago, minutes, hours, days
    case tooSmall
    // Acting on requests
    case keyAct, keyAssign, keyNote, keyContact, pickAction, noActions, actionDone
    case keyTag, keyUntag, taggedCount, batchDone, batchFailed, batchTownships
    case keyUndo, undone, nothingToUndo, notUndoable, undoTooLate, undoChangedSince
    case askReason, askResolution, askNote, askTarget, pickAssigneeFor
    case changedMeanwhile, refusedRole, refusedTownship, refusedFinished, refusedState, refusedMissing, noSuchTarget
}

/// The desk's phrases in one language.
public struct Catalog: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    public subscript(_ phrase: Phrase) -> String {
        (language == .zh ? Self.zh : Self.en)[phrase] ?? phrase.rawValue
    }

    /// Phrases missing in a language: what the completeness test checks.
    public static func missing(in language: Language) -> [Phrase] {
        let table = language == .zh ? zh : en
        return Phrase.allCases.filter { table[$0] == nil }
    }

    static let zh: [Phrase: String] = [
        .appTitle: "朋友圈计划", .sampleData: "示例数据",
        .paneRequests: "求助队列", .paneRoster: "花名册", .paneDiaries: "日记点评", .paneSurveys: "满意度", .paneSummary: "周报",
        .paneNotYet: "尚未开放:本版本还没有这个功能,按 1 回到求助队列。",
        .columnRef: "编号", .columnUrgency: "急", .columnCategory: "类别", .columnTownship: "乡镇", .columnTitle: "标题",
        .columnState: "状态", .columnDeadline: "时限",
        .allOpen: "未办结", .allTownships: "全部乡镇", .total: "共 %d 条", .overdueCount: "超时 %d", .newToday: "今日新增 %d",
        .sortPriority: "按紧急", .sortNewest: "最新在前", .sortOldest: "最早在前",
        .filterOverdue: "只看超时", .filterMine: "我经手的", .filterAssignee: "指派给 %@", .filterSearch: "搜索“%@”",
        .emptyQueue: "队列是空的:没有未办结的求助。", .emptyFiltered: "没有符合条件的求助。按 x 清除筛选。", .loading: "读取中…",
        .keyHelp: "帮助", .keyQuit: "退出", .keySearch: "搜索", .keyFilter: "筛选", .keySort: "排序", .keyClear: "清除筛选",
        .keyOpen: "详情", .keyBack: "返回", .keyCommand: "命令", .keyDown: "下移", .keyUp: "上移", .keyTop: "第一条",
        .keyBottom: "最后一条", .keyPageDown: "下一页", .keyPageUp: "上一页", .keyPanes: "切换面板", .keyNextPane: "下一个/上一个面板",
        .keyRedraw: "重绘屏幕", .keyTown: "按乡镇筛选", .keyCategory: "按类别筛选",
        .helpTitle: "帮助", .helpGlobal: "所有面板", .helpPane: "本面板", .helpClose: "按 Esc 或 ? 关闭",
        .detailRequester: "求助人", .detailCollector: "收集人", .detailAssignee: "承办", .detailSource: "来源",
        .detailHistory: "处理记录", .detailResolution: "办理结果", .detailEscalated: "已升级至团县委督办", .detailNone: "无",
        .detailMissing: "这条求助已不存在。", .detailContactDue: "首次联系时限 %@", .detailContacted: "(已联系 %@)",
        .detailResolutionDue: "办结时限 %@", .detailPaused: "时限暂停中(等待求助人)",
        .pickFilter: "筛选", .pickTownship: "乡镇", .pickCategory: "类别", .pickState: "状态", .pickUrgency: "紧急程度",
        .pickOverdue: "只看超时(开/关)", .pickMine: "我经手的(开/关)", .pickAssignee: "指派给…", .pickHint: "输入文字缩小范围 · ⏎选择 · Esc取消",
        .unknownCommand: "未知命令:%@(可用 town cat state urgency assignee overdue mine clear sort q)",
        .unknownValue: "没有“%@”:%@", .commandHint: "Tab 补全 · ⏎执行 · Esc取消", .searchPrompt: "搜索标题和正文(⏎确定,空白清除)",
        .lateBy: "超时 %@", .timeLeft: "剩 %@", .paused: "暂停", .ago: "%@前", .minutes: "%d分钟", .hours: "%d小时", .days: "%d天",
        .tooSmall: "终端太小:至少需要 40×10",
        .keyAct: "办理", .keyAssign: "指派", .keyNote: "备注", .keyContact: "记录联系", .pickAction: "可执行的操作",
        .noActions: "这条求助现在没有你可执行的操作。", .actionDone: "已完成:%@ %@",
        .keyTag: "选中/取消选中", .keyUntag: "取消全部选中", .taggedCount: "已选 %d 条",
        .batchDone: "已完成 %d 条:%@", .batchFailed: ";%d 条未能办理(仍选中):%@",
        .batchTownships: "所选求助分属不同乡镇,请按乡镇分别指派。",
        .keyUndo: "撤销我的上一步", .undone: "已撤销:%@ %@", .nothingToUndo: "你还没有可撤销的操作。",
        .notUndoable: "%@ 的“%@”不能撤销。", .undoTooLate: "%@ 的“%@”已超过 30 分钟,不能撤销。",
        .undoChangedSince: "%@ 之后已被 %@ 于 %@ 修改,不能撤销。",
        .askReason: "原因:", .askResolution: "办理结果:", .askNote: "备注:", .askTarget: "合并到编号:",
        .pickAssigneeFor: "指派给(团干部 · 在办数 / 青公社)",
        .changedMeanwhile: "%@ 已被 %@ 于 %@ 修改,现为“%@”。你输入的内容还在,确认后可再提交。",
        .refusedRole: "你的角色不能执行“%@”。", .refusedTownship: "只能办理本乡镇的求助。",
        .refusedFinished: "这条求助已经结束。", .refusedState: "当前状态不能执行“%@”。", .refusedMissing: "缺少:%@。",
        .noSuchTarget: "没有编号为 %@ 的其他求助。",
    ]

    static let en: [Phrase: String] = [
        .appTitle: "Friend Circle Plan", .sampleData: "sample data",
        .paneRequests: "Requests", .paneRoster: "Roster", .paneDiaries: "Diaries", .paneSurveys: "Surveys", .paneSummary: "Summary",
        .paneNotYet: "Not open yet: this version does not have this pane. Press 1 for the request queue.",
        .columnRef: "Ref", .columnUrgency: "Urg", .columnCategory: "Category", .columnTownship: "Township", .columnTitle: "Title",
        .columnState: "State", .columnDeadline: "Deadline",
        .allOpen: "open", .allTownships: "all townships", .total: "%d requests", .overdueCount: "%d overdue", .newToday: "%d new today",
        .sortPriority: "by urgency", .sortNewest: "newest first", .sortOldest: "oldest first",
        .filterOverdue: "overdue only", .filterMine: "mine", .filterAssignee: "assigned to %@", .filterSearch: "search \"%@\"",
        .emptyQueue: "The queue is empty: no open requests.", .emptyFiltered: "No request matches. Press x to clear the filters.",
        .loading: "Loading…",
        .keyHelp: "help", .keyQuit: "quit", .keySearch: "search", .keyFilter: "filter", .keySort: "sort", .keyClear: "clear filters",
        .keyOpen: "open", .keyBack: "back", .keyCommand: "command", .keyDown: "down", .keyUp: "up", .keyTop: "first",
        .keyBottom: "last", .keyPageDown: "next page", .keyPageUp: "previous page", .keyPanes: "switch pane",
        .keyNextPane: "next / previous pane", .keyRedraw: "redraw the screen", .keyTown: "filter by township",
        .keyCategory: "filter by category",
        .helpTitle: "Help", .helpGlobal: "Every pane", .helpPane: "This pane", .helpClose: "Esc or ? closes",
        .detailRequester: "Requester", .detailCollector: "Collected by", .detailAssignee: "Assigned to", .detailSource: "Source",
        .detailHistory: "History", .detailResolution: "Resolution", .detailEscalated: "Escalated to the county committee",
        .detailNone: "none", .detailMissing: "This request no longer exists.", .detailContactDue: "first contact due %@",
        .detailContacted: " (contacted %@)", .detailResolutionDue: "resolution due %@", .detailPaused: "clocks paused (waiting on the requester)",
        .pickFilter: "Filter", .pickTownship: "Township", .pickCategory: "Category", .pickState: "State", .pickUrgency: "Urgency",
        .pickOverdue: "Overdue only (on/off)", .pickMine: "Mine (on/off)", .pickAssignee: "Assigned to…",
        .pickHint: "type to narrow · Enter choose · Esc cancel",
        .unknownCommand: "unknown command: %@ (try town cat state urgency assignee overdue mine clear sort q)",
        .unknownValue: "no \"%@\": %@", .commandHint: "Tab completes · Enter runs · Esc cancels",
        .searchPrompt: "search titles and bodies (Enter applies, empty clears)",
        .lateBy: "late %@", .timeLeft: "%@ left", .paused: "paused", .ago: "%@ ago", .minutes: "%dm", .hours: "%dh", .days: "%dd",
        .tooSmall: "Terminal too small: 40x10 at least",
        .keyAct: "act", .keyAssign: "assign", .keyNote: "note", .keyContact: "contact made", .pickAction: "What can be done now",
        .noActions: "There is nothing you may do with this request now.", .actionDone: "done: %@ %@",
        .keyTag: "tag / untag", .keyUntag: "untag all", .taggedCount: "%d tagged",
        .batchDone: "%d done: %@", .batchFailed: "; %d could not move (still tagged): %@",
        .batchTownships: "The tagged requests are in several townships: assign them township by township.",
        .keyUndo: "undo my last action", .undone: "undone: %@ %@", .nothingToUndo: "You have nothing to undo.",
        .notUndoable: "%@: %@ cannot be undone.", .undoTooLate: "%@: %@ was more than 30 minutes ago and cannot be undone.",
        .undoChangedSince: "%@ was changed since by %@ at %@: nothing undone.",
        .askReason: "reason: ", .askResolution: "resolution: ", .askNote: "note: ", .askTarget: "merge into ref: ",
        .pickAssigneeFor: "Assign to (cadre · open load / youth commune)",
        .changedMeanwhile: "%@ was changed by %@ at %@ and is now %@. What you typed is kept; confirm to send it again.",
        .refusedRole: "your role may not %@.", .refusedTownship: "you work on your own township's requests only.",
        .refusedFinished: "this request has ended.", .refusedState: "%@ is not possible in this state.", .refusedMissing: "missing: %@.",
        .noSuchTarget: "no other request has the ref %@.",
    ]
}

extension Catalog {
    /// A phrase with its `%d` and `%@` holes filled in order.
    public func format(_ phrase: Phrase, _ values: CustomStringConvertible...) -> String {
        var text = self[phrase]
        for value in values {
            let holes = ["%d", "%@"].compactMap { text.range(of: $0) }
            guard let hole = holes.min(by: { $0.lowerBound < $1.lowerBound }) else { break }
            text.replaceSubrange(hole, with: value.description)
        }
        return text
    }
}
