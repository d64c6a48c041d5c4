import LeagueCore

/// Every phrase the desk shows, named once; `Catalog` has each in Chinese and English
/// (a test fails if either lacks one).
public enum Phrase: String, CaseIterable, Sendable {
    case appTitle, sampleData
    case paneRequests, paneRoster, paneDiaries, paneSurveys, paneSummary
    // Queue columns
    case columnRef, columnUrgency, columnCategory, columnTownship, columnTitle, columnState, columnDeadline
    // Queue status line
    case allOpen, allStates, allTownships, searchOpenOnly, searchEverywhere, total, overdueCount, newToday, sortPriority, sortNewest, sortOldest
    case filterOverdue, filterMine, filterAssignee, filterSearch
    case emptyQueue, emptyFiltered, loading, working, waitingForLock, internalError
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
    case unknownCommand, unknownValue, commandHint
    // Durations
    case lateBy, timeLeft, paused, ago, minutes, hours, days
    case tooSmall
    // Acting on requests
    case keyAct, keyAssign, keyNote, keyContact, pickAction, noActions, actionDone
    case keyTag, keyUntag, taggedCount, batchDone, batchFailed, batchTownships
    case keyUndo, undone, nothingToUndo, notUndoable, undoTooLate, undoChangedSince
    case keyTakeBack, tookBack, nothingToTakeBack, takeBackTooLate, takeBackChangedSince
    case askReason, askResolution, askNote, askTarget, pickAssigneeFor, pickChannel, askContactNote, andOthers, leftTheList
    case exportRequestColumns, dayLogTitle, dayLogOf, dayLogEmpty, dayLogLatestOnly
    case keyNewRequest, newRequestTitle, pickSource, askRequesterPhone, askRequesterName, askTitle, askBody, titleWanted, bodyWanted
    case requestAdded, maybeDuplicate, keepAsNew, mergeInto, requesterPhoneNotMobile, pickMergeTarget, typeAnotherRef
    case pickSavedView, viewSaved, viewShown, noSavedViews, viewNameWanted
    case changedMeanwhile, refusedRole, refusedTownship, refusedFinished, refusedState, refusedMissing, noSuchTarget, sameReviewer
    case oneReviewerNote, onBehalfOf
    case intakeNotAllowed, pickEditField, editUnknown, nothingChanged, townshipByCounty
    case keyExport, askExportFile, exportHint, exportFileName, exporting, exportedTo, exportNoFile, exportTooLarge
    // The roster
    case keyFindCadre, keyListCadres, keyOpenCard, keySortCadres, keyShowInactive, keyAddCadre, keyEditCadre, keyToggleActive
    case columnCadres, columnCommunes, columnYouth, columnOpen, columnOverdue, columnDiaries, columnScore, columnSatisfaction
    case columnAnswers, columnName, columnRole, columnCommune, columnPhone, columnLastDiary
    case county, townshipNote, inactiveMark, never, noCadres, noCadreFound, rosterSearchPrompt
    case rosterTownships, withInactive, townshipCount, cadreCount, sortByName, sortByLoad, sortByLastDiary, sortByScore
    case active, inactiveSince, joined, contactPoints, diaryScores, scoreMean, lastDiary, satisfactionOverTime, noAnswers
    case tooFewAnswers, pairings, pairingEnded, pairingSince, openRequests, andMore, changes, noChanges
    case rosterNotAllowed, cadreSaved, cadreReactivated, cadreDeactivated, formHasProblems, cadreGone, cadreChangedMeanwhile
    case addCadreTitle, editCadreTitle, confirmDiscard, formKeys, chooseOne, cadreChangedSince, printCardHint, noTownships
    // Diary review
    case keyReview, keyCalibration, keyScore, keyNextCriterion, keyPreviousCriterion, keyReviewComment, keySubmitReview
    case keyReturnDiary, keyThreadComment
    case columnSubmitted, columnWaiting, columnCadre, columnVisit, columnReviewState, columnReviewer, columnReviews, columnShared
    case columnDrift, reviewMine, reviewHeldBy, reviewWaiting, reviewDouble, noDiariesWaiting, submittedAgo, workLog, reflections
    case photos, otherReviews, reviewsHidden, thread, rubricTitle, rubricTotal, noComment, reviewComment, diaryGone, drifting
    case noSharedDiaries, calibrationNote, reviewQueueTitle, calibrationTitle, diaryCounts, calibrationAdminsOnly, notScoring
    case scoresMissing, commentRequired, reasonRequired, reviewSent, diaryReturnedFlash, commentAdded, notAReviewer
    case diaryHeld, diaryChanged, alreadyReviewed, scoresIncomplete, emptyComment
    case askReviewComment, askReturnReason, askThreadComment, textHint
    // Photos
    case keyViewPhotos, keyNextPhoto, keyPreviousPhoto, keySavePhoto, noPhotos, photoFileName, photoPosition, photoStripTitle
    case photoFileMissing, photoNotShown, photoUnreadable, photoMissing, askPhotoFile, photoSaved, askPhotoFiles, photosAttached, photosRefused, photoNotKept
    case photosOneRequest, photoNoFile, photosTooMany, attachHint, morePhotos, photosThere, noPhotosRequest
    // Satisfaction
    case keyPreviousPeriod, keyNextPeriod, keyFollowUps, keyAnswerSatisfied, keyAnswerBasically, keyAnswerDissatisfied, keyRemark
    case columnResolved, noFollowUps, satisfactionOf, followUpsTitle, remark, followUpsWaiting, followUpClosed, followUpReopened
    case askRemark, askReopenReason
    case keyEnterAnswers, keyTypeValue, keyYes, keyNo, keySkipQuestion, keyPreviousQuestion, keyChangeCadre
    case choicesSatisfaction, choicesScale, choicesYesNo, choicesText, cadresFound, formRecorded, noSurveyToEnter
    case enterAnswersTitle, cadreRated, formsEntered, yes, no, askCadreToRate, askTypedText
    case keyPreviousWeek, keyNextWeek, weekCounts, keyPrint, printing, noLaterWeek
    case totalOne, resolutionIs, pickNothing
    case sheetTitle, sheetReference, sheetState, sheetRegistered, sheetClocks, sheetText, sheetHistoryColumns, sheetLeftOut
    case paneService, tabSuggestions, tabCalendar, keyAnswerSuggestion, keyAddSuggestion
    case columnReceived, columnContent, suggestionDone, suggestionOverdue, suggestionWaiting, noSuggestions, serviceDay
    case calendarTitle, suggestionAnswerIs, suggestionCounts, suggestionAnswered, askSuggestion, askSuggestionAnswer
    case suggestionAdded, suggestionAnsweredNow, suggestionEmpty
    case tabSquads, keyNextTab, keySubmitPlan, keyFilePlan, keyReturnPlan, columnSquad, columnLeader, columnMembers, columnPlan
    case squadActedFlash, tabActivities, noActivities, noSquads, repliesCount, noOutcomeYet, signedUp
    case keyNextActivity, keyPreviousActivity, keyReplyToActivity, keyRecordOutcome, keyPostActivity, keyPlanServiceDay, keySignUp
    case askActivityReply, askOutcome, askNewActivity, askServiceDayPlan, askSignUp, optionNumberWanted, menuWanted, townshipFirst
    case keyRevisePlan, askSquadPlan, planLocked, planRevised, keyFormSquad, askNewSquad, squadWanted, squadFormed, activityCounts, squadCounts, nextServiceDayPlans
    case noPlanThatDay, replyRecorded, outcomeRecorded, activityPosted, dayPlanned, signedUpNow, activityChanged, notADay, otherServiceDay
}

/// The desk's phrases in one language, from the desk's `PhraseBook`.
public struct Catalog: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// Every phrase of the desk in both languages.
    public static let book = PhraseBook(zh: zh, en: en)

    public subscript(_ phrase: Phrase) -> String { Self.book.phrase(phrase, in: language) }

    /// A phrase of column names, split at its `|`.
    public func columns(_ phrase: Phrase) -> [String] { Self.book.columns(phrase, in: language) }

    /// `评语：很好` / `Comment: fine` — a label and its value, punctuated for the language.
    public func labelled(_ label: String, _ value: String) -> String {
        language == .zh ? "\(label)：\(value)" : "\(label): \(value)"
    }

    /// `王敏（受理）` / `王敏 (desk)` — a word and a remark on it.
    public func aside(_ word: String, _ remark: String) -> String {
        language == .zh ? "\(word)（\(remark)）" : "\(word) (\(remark))"
    }

    /// What comes between a field's name and its value: `标题：` / `title: `.
    public var colon: String { language == .zh ? "：" : ": " }

    /// A phrase with its `%d` and `%@` holes filled in order.
    public func format(_ phrase: Phrase, _ values: CustomStringConvertible...) -> String {
        Self.book.format(phrase, in: language, values)
    }

    static let zh: [Phrase: String] = [
        .appTitle: "朋友圈计划", .sampleData: "示例数据",
        .paneRequests: "求助队列", .paneRoster: "花名册", .paneDiaries: "日记点评", .paneSurveys: "满意度", .paneSummary: "周报", .paneService: "服务",
        .columnRef: "编号", .columnUrgency: "急", .columnCategory: "类别", .columnTownship: "乡镇", .columnTitle: "标题",
        .columnState: "状态", .columnDeadline: "时限",
        .allOpen: "未办结", .allStates: "全部状态", .allTownships: "全部乡镇",
        .searchOpenOnly: "只搜未办结的 · Tab 改为全部", .searchEverywhere: "搜全部状态 · Tab 改为只搜未办结", .total: "共 %@ 条", .totalOne: "共 1 条", .resolutionIs: "办理结果：%@", .pickNothing: "没有相符的项。按 Backspace 修改。", .overdueCount: "超时 %@", .newToday: "今日新增 %@",
        .sortPriority: "按紧急", .sortNewest: "最新在前", .sortOldest: "最早在前",
        .filterOverdue: "只看超时", .filterMine: "我经手的", .filterAssignee: "指派给 %@", .filterSearch: "搜索“%@”",
        .emptyQueue: "队列是空的：没有未办结的求助。", .emptyFiltered: "没有符合条件的求助。按 x 清除筛选。", .loading: "读取中…", .working: "正在计算…", .waitingForLock: "另一个程序正在写入数据库，等它写完…最多再等 %@ 秒",
        .internalError: "内部错误（%@），详情已记入 %@；请告诉管理员。",
        .keyHelp: "帮助", .keyQuit: "退出", .keySearch: "搜索", .keyFilter: "筛选", .keySort: "排序", .keyClear: "清除筛选",
        .keyOpen: "详情", .keyBack: "返回", .keyCommand: "命令", .keyDown: "下移", .keyUp: "上移", .keyTop: "第一条",
        .keyBottom: "最后一条", .keyPageDown: "下一页", .keyPageUp: "上一页", .keyPanes: "切换面板", .keyNextPane: "下一个/上一个面板",
        .keyRedraw: "重绘屏幕", .keyTown: "按乡镇筛选", .keyCategory: "按类别筛选",
        .helpTitle: "帮助", .helpGlobal: "所有面板", .helpPane: "本面板", .helpClose: "按 Esc 或 ? 关闭",
        .detailRequester: "求助人", .detailCollector: "收集人", .detailAssignee: "承办", .detailSource: "来源",
        .detailHistory: "处理记录", .detailResolution: "办理结果", .detailEscalated: "已升级至团县委督办", .detailNone: "无",
        .detailMissing: "这条求助已不存在。", .detailContactDue: "首次联系时限 %@", .detailContacted: "（已联系 %@）",
        .detailResolutionDue: "办结时限 %@", .detailPaused: "时限暂停中（等待求助人）",
        .pickFilter: "筛选", .pickTownship: "乡镇", .pickCategory: "类别", .pickState: "状态", .pickUrgency: "紧急程度",
        .pickOverdue: "只看超时（开/关）", .pickMine: "我经手的（开/关）", .pickAssignee: "指派给…", .pickHint: "输入文字缩小范围 · ⏎选择 · Esc取消",
        .unknownCommand: "未知命令：%@（可用 town cat state urgency assignee overdue mine clear sort save view log q）",
        .unknownValue: "没有“%@”：%@", .commandHint: "Tab 补全 · ⏎执行 · Esc取消",
        .lateBy: "超时 %@", .timeLeft: "剩 %@", .paused: "暂停", .ago: "%@前", .minutes: "%d分钟", .hours: "%d小时", .days: "%d天",
        .tooSmall: "终端太小：至少需要 40×10",
        .keyAct: "办理", .keyAssign: "指派", .keyNote: "备注", .keyContact: "记录联系", .pickAction: "可执行的操作",
        .noActions: "这条求助现在没有你可执行的操作。", .actionDone: "已完成：%@ %@",
        .keyTag: "选中/取消选中", .keyUntag: "取消全部选中", .taggedCount: "已选 %d 条",
        .batchDone: "已完成 %d 条：%@", .batchFailed: "；%d 条未能办理（仍选中）：%@",
        .batchTownships: "所选求助分属不同乡镇，请按乡镇分别指派。",
        .keyUndo: "撤销我的上一步", .undone: "已撤销：%@ %@", .nothingToUndo: "你还没有可撤销的操作。",
        .notUndoable: "%@ 的“%@”不能撤销。", .undoTooLate: "%@ 的“%@”已超过 30 分钟，不能撤销。",
        .undoChangedSince: "%@ 之后已被 %@ 于 %@ 修改，不能撤销。",
        .keyTakeBack: "撤回我的上一次评分", .tookBack: "已撤回对 %@ 的评分：改好后按 ⏎ 重新提交",
        .nothingToTakeBack: "你还没有提交过评分。", .takeBackTooLate: "对 %@ 的评分已提交超过 30 分钟，不能撤回。",
        .takeBackChangedSince: "%@ 的日记下 %@ 已有新动作，不能撤回评分。",
        .askReason: "原因：", .askResolution: "办理结果：", .askNote: "备注：", .askTarget: "合并到编号（今年的可只写号码，如 46）：",
        .pickAssigneeFor: "指派给（团干部 · 在办数 / 青公社）", .pickChannel: "怎么联系上的",
        .askContactNote: "联系情况（可空，⏎记录）：", .andOthers: "等 %d 条", .leftTheList: "%@ 已不在这一屏，光标在它原来的位置",
        .keyNewRequest: "新求助", .newRequestTitle: "新求助", .pickSource: "来源", .askRequesterPhone: "求助人手机（可空）：",
        .intakeNotAllowed: "你的账号不能登记求助：请县团委受理人员或乡镇书记登记。", .pickEditField: "修改哪一项", .editUnknown: "没有这样的%@：%@", .nothingChanged: "和原来一样，没有改动。",
        .townshipByCounty: "改到别的乡镇请县团委受理人员办理。",
        .keyExport: "导出", .askExportFile: "把这张列表导出到：", .exportHint: "⏎导出 · Esc取消", .exportFileName: "求助-%@.csv",
        .exporting: "正在导出…", .exportedTo: "已导出 %d 条求助（电话已遮盖）：%@", .exportNoFile: "导出的文件名不见了，请再按 e。",
        .keyViewPhotos: "看图片", .keyNextPhoto: "下一张", .keyPreviousPhoto: "上一张", .keySavePhoto: "存为文件", .noPhotos: "没有图片。",
        .photoFileName: "图片-%d.jpg", .photoPosition: "第 %d/%d 张", .photoStripTitle: "图片（%d，v 看大图）",
        .photoFileMissing: "图片文件缺失", .photoNotShown: "显示不了", .photoUnreadable: "这张图片显示不了：文件已损坏。", .photoMissing: "找不到这张图片（或无权查看）。",
        .askPhotoFile: "把图片存为：", .photoSaved: "图片已存到 %@", .askPhotoFiles: "图片文件（多个用空格分开）：",
        .photosAttached: "%@ 已添加图片 %d 张", .photosRefused: "%@：%@", .photoNotKept: "（未随日记导入，看不到）",
        .photosOneRequest: "一次给一条求助添加图片：请先取消标记（Esc）。", .photoNoFile: "找不到这个文件",
        .photosTooMany: "一次添加的图片太多，请分几次添加", .attachHint: "⏎添加 · Esc取消 · 文件名有空格请加引号", .morePhotos: "另有 %d 张", .photosThere: "%@ 已有这些图片，没有再添加。",
        .noPhotosRequest: "这条求助还没有图片：t → 添加图片。",
        .exportTooLarge: "这张列表超过 48 MB，桌面导不出：请用 circledesk export requests -o 文件.csv（可加 --state、--town、--search）。",
        .askRequesterName: "求助人姓名（可空）：", .askTitle: "标题：", .askBody: "内容：", .titleWanted: "标题不能为空。", .bodyWanted: "内容不能为空。",
        .requestAdded: "已登记新求助 %@", .maybeDuplicate: "%@ 可能与下列求助重复", .keepAsNew: "不是重复，保留为新求助",
        .mergeInto: "并入 %@ %@（%@）", .pickMergeTarget: "并入哪一条（可能重复的）", .typeAnotherRef: "输入其他编号…",
        .pickSavedView: "保存的视图…", .viewSaved: "已保存视图“%@”：%@", .viewShown: "视图“%@”", .noSavedViews: "还没有保存的视图。用 :save 名称 保存当前的筛选、搜索和排序。",
        .viewNameWanted: "请写视图的名称，如 :save 三魁超时", .requesterPhoneNotMobile: "求助人手机不是大陆手机号（11 位，1 开头），请改正或留空。",
        .dayLogTitle: "今天的处理记录：%d 步", .dayLogOf: "%@ 今天的处理记录：%d 步", .dayLogEmpty: "今天还没有人做过什么。", .dayLogLatestOnly: "只列最近的，全天的用 circledesk log",
        .exportRequestColumns: "编号|状态|紧急程度|类别|乡镇|村居|标题|内容|求助人|求助人手机|来源|收集人|承办|收到时间|首次联系|解决时间|归档时间|办理结果",
        .changedMeanwhile: "%@ 已被 %@ 于 %@ 修改，现为“%@”。你输入的内容还在，确认后可再提交。",
        .refusedRole: "你的角色不能执行“%@”。", .refusedTownship: "只能办理本乡镇的求助。",
        .refusedFinished: "这条求助已经结束。", .refusedState: "当前状态不能执行“%@”。", .refusedMissing: "缺少：%@。",
        .noSuchTarget: "没有编号为 %@ 的其他求助。",
        .sameReviewer: "村级审核是你本人通过的；乡镇审核须由另一位同事作出。",
        .oneReviewerNote: "（一人两级审核，本乡镇经管理员允许）", .onBehalfOf: "代 %@",
        .keyFindCadre: "找人", .keyListCadres: "团干部名单", .keyOpenCard: "人员卡片", .keySortCadres: "排序", .keyShowInactive: "显示/隐藏离岗人员",
        .keyAddCadre: "新增", .keyEditCadre: "修改", .keyToggleActive: "离岗/恢复在岗",
        .columnCadres: "团干部", .columnCommunes: "公社", .columnYouth: "联系青年", .columnOpen: "未办结", .columnOverdue: "超时",
        .columnDiaries: "本月日记", .columnScore: "均分", .columnSatisfaction: "满意度", .columnAnswers: "答卷",
        .columnName: "姓名", .columnRole: "身份", .columnCommune: "青年公社", .columnPhone: "手机", .columnLastDiary: "最近日记",
        .county: "全县", .townshipNote: "满意度：近一年测评中“满意”的比例；不足 5 份答卷不显示。均分：本月已点评日记，满分 100。",
        .inactiveMark: "（离岗）", .never: "无", .noCadres: "这里还没有团干部。按 a 新增，或用 circledesk import cadres 导入。",
        .noCadreFound: "没有找到。可输入姓名、拼音首字母（如 zcx）或手机号。",
        .rosterSearchPrompt: "姓名、拼音首字母或手机号（⏎确定，空白清除）",
        .rosterTownships: "%d 个乡镇", .withInactive: "含离岗", .townshipCount: "全县：团干部 %d · 未办结 %d · 超时 %d", .cadreCount: "共 %d 人",
        .sortByName: "按姓名", .sortByLoad: "在办最多在前", .sortByLastDiary: "最久未写日记在前", .sortByScore: "均分最低在前",
        .active: "在岗", .inactiveSince: "%@ 离岗", .joined: "加入", .contactPoints: "联系点", .diaryScores: "日记得分（近 12 个月）",
        .scoreMean: "均分 %@", .lastDiary: "最近日记", .satisfactionOverTime: "满意度测评", .noAnswers: "还没有测评答卷。",
        .tooFewAnswers: "答卷不足 5 份", .pairings: "结对青年（%d）", .pairingEnded: "已于 %@ 结束", .pairingSince: "%@ 起",
        .openRequests: "未办结求助（%d）", .andMore: "…另有 %d 条", .changes: "变更记录", .noChanges: "没有变更记录。",
        .rosterNotAllowed: "你的账号不能修改这里的花名册。", .cadreSaved: "已保存：%@", .cadreReactivated: "已恢复在岗：%@",
        .cadreDeactivated: "已设为离岗：%@（记录保留，再按 d 可恢复）", .formHasProblems: "有几项需要改正，见各项下方。",
        .cadreGone: "这位团干部已不存在。", .cadreChangedMeanwhile: "%@ 于 %@ 修改了这位团干部。你填写的内容还在：⏎ 覆盖保存，Esc 放弃。",
        .addCadreTitle: "新增团干部", .editCadreTitle: "修改：%@", .confirmDiscard: "有未保存的修改：再按 Esc 放弃，按其他键继续填写。",
        .formKeys: "Tab/↓ 下一项 · ←→ 选择 · ⏎ 保存 · Esc 取消", .chooseOne: "请选择",
        .cadreChangedSince: "%@ 于 %@ 刚修改了这位团干部，屏幕已更新，请看过再操作。",
        .printCardHint: "打印联系卡：circledesk card %@",
        .noTownships: "还没有乡镇。管理员请先用 circledesk import townships 导入乡镇，再导入团干部。",
        .keyReview: "阅读并点评", .keyCalibration: "评分校准（管理员）", .keyScore: "给当前项打分", .keyNextCriterion: "下一项",
        .keyPreviousCriterion: "上一项", .keyReviewComment: "评语", .keySubmitReview: "提交并看下一篇", .keyReturnDiary: "退回修改",
        .keyThreadComment: "留言",
        .columnSubmitted: "提交时间", .columnWaiting: "已等", .columnCadre: "团干部", .columnVisit: "走访日期",
        .columnReviewState: "点评", .columnReviewer: "点评人", .columnReviews: "点评数", .columnShared: "共评",
        .columnDrift: "提示", .reviewMine: "我在点评", .reviewHeldBy: "%@ 点评中", .reviewWaiting: "待点评",
        .reviewDouble: "双评 %d/%d", .noDiariesWaiting: "没有待点评的日记。", .submittedAgo: "%@前提交",
        .workLog: "工作记录", .reflections: "心得体会", .photos: "图片（%d）", .otherReviews: "其他点评",
        .reviewsHidden: "另一位点评人的评分在双方都提交后显示。", .thread: "留言（%d）", .rubricTitle: "评分（每项 0-5，满分 100）",
        .rubricTotal: "合计 %@", .noComment: "（无）", .reviewComment: "评语", .diaryGone: "这篇日记已不存在。",
        .drifting: "偏差超过 1 分", .noSharedDiaries: "还没有两位点评人都评过的日记。",
        .calibrationNote: "偏差：该点评人与同事在同一篇日记上各项得分之差的平均（正数偏高）；kappa：二次加权一致性（1 为完全一致）。评分标准：%@。",
        .reviewQueueTitle: "待点评日记 · 最早的在前", .calibrationTitle: "点评人评分校准", .diaryCounts: "待点评 %d · 我在点评 %d · 超过 7 天 %d",
        .calibrationAdminsOnly: "评分校准和抽样双评只有管理员能用。", .notScoring: "这篇日记不在你手上，只能阅读。",
        .scoresMissing: "还没打分：%@", .commentRequired: "有一项在 1 分及以下，请写评语说明原因。",
        .reasonRequired: "退回需要写明原因。", .reviewSent: "已提交点评", .diaryReturnedFlash: "已退回修改，原因已留言给团干部",
        .commentAdded: "已留言", .notAReviewer: "只有点评人和管理员能打分，你可以阅读和留言。",
        .diaryHeld: "%@ 从 %@ 起在点评这篇日记。", .diaryChanged: "这篇日记刚刚有了变化（现为“%@”），请返回列表再看。",
        .alreadyReviewed: "你已经评过这篇，第二份评分要由另一位点评人给出。", .scoresIncomplete: "还有项目没打分。",
        .emptyComment: "留言不能为空。",
        .askReviewComment: "评语：", .askReturnReason: "退回原因：", .askThreadComment: "留言：", .textHint: "⏎确定 · Esc取消",
        .keyPreviousPeriod: "上一期", .keyNextPeriod: "下一期", .keyFollowUps: "待回访", .keyAnswerSatisfied: "满意",
        .keyAnswerBasically: "基本满意", .keyAnswerDissatisfied: "不满意", .keyRemark: "记下回访意见",
        .columnResolved: "解决于", .noFollowUps: "没有待回访的求助。", .satisfactionOf: "满意度 · %@",
        .followUpsTitle: "待回访", .remark: "意见", .followUpsWaiting: "待回访 %@ 件",
        .followUpClosed: "已回访：%@ %@，已归档", .followUpReopened: "已回访：%@ %@，已重新办理",
        .askRemark: "回访意见：", .askReopenReason: "不满意，重新办理的原因（留空则直接归档）：",
        .keyEnterAnswers: "录入纸质答卷", .keyTypeValue: "回答", .keyYes: "是", .keyNo: "否", .keySkipQuestion: "跳过/写文字",
        .keyPreviousQuestion: "上一题", .keyChangeCadre: "换团干部",
        .choicesSatisfaction: "1 满意 · 2 基本满意 · 3 不满意 · ⏎ 未答", .choicesScale: "1-5 · ⏎ 未答", .choicesYesNo: "y 是 · n 否 · ⏎ 未答",
        .choicesText: "⏎ 输入文字（留空为未答）", .cadresFound: "有 %d 人与“%@”相符，请选一位", .formRecorded: "已录入第 %d 份",
        .noSurveyToEnter: "还没有团干部测评：先用 circledesk survey create 建一个。",
        .enterAnswersTitle: "录入纸质答卷", .cadreRated: "被评价的团干部", .formsEntered: "本次已录入 %d 份", .yes: "是", .no: "否",
        .askCadreToRate: "团干部（姓名、拼音首字母或手机）：", .askTypedText: "文字回答：",
        .keyPreviousWeek: "上一周", .keyNextWeek: "下一周",
        .tabSuggestions: "意见建议", .tabCalendar: "志愿服务日", .keyAnswerSuggestion: "答复", .keyAddSuggestion: "登记",
        .tabSquads: "帮帮团", .keyNextTab: "下一页签", .keySubmitPlan: "报备", .keyFilePlan: "备案", .keyReturnPlan: "退回",
        .columnSquad: "帮帮团", .columnLeader: "负责人", .columnMembers: "人数", .columnPlan: "方案",
        .squadActedFlash: "已记录：%@",
        .tabActivities: "服务菜单", .noActivities: "还没有活动。按 n 发布一个菜单，例如“青年夜校：电商直播/茶叶种植”。", .repliesCount: "回复 %d",
        .noOutcomeYet: "还没有记录活动如何调整", .signedUp: "报名 %d 人", .columnReceived: "收到", .columnContent: "内容",
        .suggestionDone: "已答复", .suggestionOverdue: "超时未答复", .suggestionWaiting: "待答复",
        .noSuggestions: "还没有意见建议。按 a 登记。", .noSquads: "还没有帮帮团。按 n 组建，写作“项目：队名 队长手机 队员…”。", .serviceDay: "志愿服务日（每月最后一个星期日）", .calendarTitle: "未来半年的志愿服务日和节日",
        .suggestionAnswerIs: "答复", .suggestionCounts: "待答复 %d · 超时 %d", .suggestionAnswered: "这条意见建议已经答复过。",
        .askSuggestion: "意见建议（开头可写乡镇、来源）：", .askSuggestionAnswer: "答复：", .suggestionAdded: "已登记 %@",
        .suggestionAnsweredNow: "已答复 %@", .suggestionEmpty: "内容不能为空。", .weekCounts: "收到 %d · 解决 %d · 超时 %d", .keyPrint: "打印", .printing: "正在生成 PDF 并送往打印机…",
        .noLaterWeek: "这已是本周：以后的周还没有开始。",
        .sheetTitle: "求助单 %@", .sheetReference: "编号", .sheetState: "状态", .sheetRegistered: "登记时间", .sheetClocks: "时限",
        .sheetText: "求助内容", .sheetHistoryColumns: "时间|经办人|操作|说明", .sheetLeftOut: "中间 %d 条从略，见 circledesk request show %@",
        .keyNextActivity: "下一个活动", .keyPreviousActivity: "上一个活动", .keyReplyToActivity: "录入回复", .keyRecordOutcome: "记录调整",
        .keyPostActivity: "发布菜单", .keyPlanServiceDay: "报安排", .keySignUp: "报名",
        .askActivityReply: "选项（1–%d）和意见：", .askOutcome: "活动如何调整：", .askNewActivity: "活动：选项1/选项2/…（可在开头写乡镇）：",
        .askServiceDayPlan: "[日期] 乡镇 安排：", .askSignUp: "[日期] 乡镇 姓名…：", .optionNumberWanted: "先写选项号（1–%d），再写意见。",
        .menuWanted: "写作“活动名：选项1/选项2”，至少两个选项。", .townshipFirst: "先写乡镇，例如“三魁镇 清理河道垃圾”。",
        .noPlanThatDay: "%@ 在 %@ 还没有安排：先按 a 报安排。", .replyRecorded: "已录入选项 %d 的回复", .outcomeRecorded: "已记录活动的调整",
        .activityPosted: "已发布“%@”", .dayPlanned: "已记下 %@ %@ 的安排", .signedUpNow: "已报名 %d 人",
        .keyRevisePlan: "改方案", .askSquadPlan: "方案：", .planLocked: "方案已报出或已备案，不能再改；退回后可改。", .planRevised: "已改写方案",
        .keyFormSquad: "组建", .askNewSquad: "新帮帮团（队名 队长手机 队员…）：",
        .squadWanted: "写作“队名 队长手机 队员…”；另起项目时先写“项目：”。", .squadFormed: "已组建“%@”：按 e 写方案，s 报送备案。",
        .activityCounts: "活动 %d · 回复 %d", .squadCounts: "待备案 %d · 已退回 %d", .nextServiceDayPlans: "%@ · %d 个乡镇有安排",
        .activityChanged: "这一项刚被改过，请再看一次。", .notADay: "“%@”不是日期，应写作 2026-12-27。", .otherServiceDay: "其他服务日",
    ]

    static let en: [Phrase: String] = [
        .appTitle: "Friend Circle Plan", .sampleData: "sample data",
        .paneRequests: "Requests", .paneRoster: "Roster", .paneDiaries: "Diaries", .paneSurveys: "Surveys", .paneSummary: "Summary", .paneService: "Service",
        .columnRef: "Ref", .columnUrgency: "Urg", .columnCategory: "Category", .columnTownship: "Township", .columnTitle: "Title",
        .columnState: "State", .columnDeadline: "Deadline",
        .allOpen: "open", .allStates: "every state", .allTownships: "all townships",
        .searchOpenOnly: "open ones only · Tab: all", .searchEverywhere: "every state · Tab: open only", .total: "%@ requests", .totalOne: "1 request", .resolutionIs: "Resolution: %@", .pickNothing: "Nothing matches. Backspace to change.", .overdueCount: "%@ overdue", .newToday: "%@ new today",
        .sortPriority: "by urgency", .sortNewest: "newest first", .sortOldest: "oldest first",
        .filterOverdue: "overdue only", .filterMine: "mine", .filterAssignee: "assigned to %@", .filterSearch: "search \"%@\"",
        .emptyQueue: "The queue is empty: no open requests.", .emptyFiltered: "No request matches. Press x to clear the filters.",
        .loading: "Loading…", .working: "Working…", .waitingForLock: "another program is writing the database; waiting for it… at most %@ s more",
        .internalError: "internal error (%@); the details are in %@: please tell your admin",
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
        .unknownCommand: "unknown command: %@ (try town cat state urgency assignee overdue mine clear sort save view log q)",
        .unknownValue: "no \"%@\": %@", .commandHint: "Tab completes · Enter runs · Esc cancels",

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
        .keyTakeBack: "take back my last score", .tookBack: "score for %@ taken back: mend it and press ⏎ to submit again",
        .nothingToTakeBack: "You have not submitted a score yet.", .takeBackTooLate: "The score for %@ was more than 30 minutes ago: it stands.",
        .takeBackChangedSince: "%@'s diary has moved on since (%@): the score stands.",
        .askReason: "reason: ", .askResolution: "resolution: ", .askNote: "note: ", .askTarget: "merge into ref (this year's by number, e.g. 46): ",
        .pickAssigneeFor: "Assign to (cadre · open load / youth commune)", .pickChannel: "How were they reached",
        .askContactNote: "what was said (may be empty; Enter records): ", .andOthers: "and %d more",
        .leftTheList: "%@ is no longer on this screen; the cursor is where it was",
        .keyNewRequest: "new request", .newRequestTitle: "New request", .pickSource: "source", .askRequesterPhone: "requester's mobile (may be empty): ",
        .intakeNotAllowed: "Your account may not take in requests: the county desk or a township secretary does.", .pickEditField: "Correct which", .editUnknown: "There is no such %@: %@", .nothingChanged: "That is what it was: nothing changed.",
        .townshipByCounty: "Moving a request to another township is the county desk's.",
        .keyExport: "export", .askExportFile: "export this list to: ", .exportHint: "Enter export · Esc cancel",
        .exportFileName: "requests-%@.csv", .exporting: "exporting…", .exportedTo: "%d requests exported (phones masked): %@",
        .exportNoFile: "The file's name was lost: press e again.",
        .keyViewPhotos: "photos", .keyNextPhoto: "next", .keyPreviousPhoto: "previous", .keySavePhoto: "save as file", .noPhotos: "No photos.",
        .photoFileName: "photo-%d.jpg", .photoPosition: "%d of %d", .photoStripTitle: "Photos (%d; v to see them large)",
        .photoFileMissing: "file missing", .photoNotShown: "not shown", .photoUnreadable: "This photo cannot be shown: its file is damaged.",
        .photoMissing: "No such photo (or not one you may see).", .askPhotoFile: "save the photo as: ", .photoSaved: "photo saved to %@",
        .askPhotoFiles: "photo files (separated by spaces): ", .photosAttached: "%@: %d photo(s) added", .photosRefused: "%@: %@", .photoNotKept: "(not imported with the diary; cannot be seen)",
        .photosOneRequest: "Photos go to one request at a time: untag the others first (Esc).", .photoNoFile: "no such file",
        .photosTooMany: "too many photos at once; add them in a few goes", .attachHint: "Enter add · Esc cancel · quote names with spaces",
        .morePhotos: "%d more", .photosThere: "%@ has these photos already; nothing added.",
        .noPhotosRequest: "This request has no photos yet: t → add photos.",
        .exportTooLarge: "This list is over 48 MB, too large for the desk: use circledesk export requests -o FILE.csv (with --state, --town, --search).",
        .askRequesterName: "requester's name (may be empty): ", .askTitle: "title: ", .askBody: "text: ", .titleWanted: "A title is needed.",
        .bodyWanted: "The text is needed.", .requestAdded: "new request %@ recorded", .maybeDuplicate: "%@ may be the same as one of these",
        .keepAsNew: "not a duplicate: keep it as new", .mergeInto: "merge into %@ %@ (%@)",
        .pickMergeTarget: "Merge into which (likely duplicates)", .typeAnotherRef: "type another ref…",
        .pickSavedView: "Saved views…", .viewSaved: "view \"%@\" saved: %@", .viewShown: "view \"%@\"",
        .noSavedViews: "No saved views yet. :save NAME keeps the filters, search and order shown.", .viewNameWanted: "Give the view a name, e.g. :save sankui-late",
        .requesterPhoneNotMobile: "The requester's number is not a mainland mobile (11 digits, starting with 1): correct it or leave it empty.",
        .dayLogTitle: "Today's steps: %d", .dayLogOf: "Today's steps by %@: %d", .dayLogEmpty: "Nobody has done anything yet today.", .dayLogLatestOnly: "the latest only; the whole day: circledesk log",
        .exportRequestColumns: "ref|state|urgency|category|township|village|title|text|requester|requester phone|source|collector|assignee|received|first contact|resolved|closed|resolution",
        .changedMeanwhile: "%@ was changed by %@ at %@ and is now %@. What you typed is kept; confirm to send it again.",
        .refusedRole: "not for your role: %@.", .refusedTownship: "you work on your own township's requests only.",
        .refusedFinished: "this request has ended.", .refusedState: "%@ is not possible in this state.", .refusedMissing: "missing: %@.",
        .noSuchTarget: "no other request has the ref %@.",
        .sameReviewer: "You passed the village review yourself; the township review must be a colleague's.",
        .oneReviewerNote: " (both levels by one person, as an admin allowed for this township)", .onBehalfOf: "for %@",
        .keyFindCadre: "find", .keyListCadres: "list cadres", .keyOpenCard: "card", .keySortCadres: "sort", .keyShowInactive: "show / hide inactive",
        .keyAddCadre: "add", .keyEditCadre: "edit", .keyToggleActive: "deactivate / reactivate",
        .columnCadres: "Cadres", .columnCommunes: "Communes", .columnYouth: "In contact", .columnOpen: "Open", .columnOverdue: "Overdue",
        .columnDiaries: "Diaries", .columnScore: "Score", .columnSatisfaction: "Satisf.", .columnAnswers: "n",
        .columnName: "Name", .columnRole: "Role", .columnCommune: "Commune", .columnPhone: "Phone", .columnLastDiary: "Last diary",
        .county: "County", .townshipNote: "Satisf.: share satisfied in the last year's surveys, hidden under 5 answers. Score: this month's reviewed diaries, out of 100.",
        .inactiveMark: " (left)", .never: "none", .noCadres: "No cadres here yet. Press a to add one, or run circledesk import cadres.",
        .noCadreFound: "Nobody found. Type a name, pinyin initials (zcx) or a phone number.",
        .rosterSearchPrompt: "name, pinyin initials or phone (Enter applies, empty clears)",
        .rosterTownships: "%d townships", .withInactive: "with inactive", .townshipCount: "county: %d cadres · %d open · %d overdue",
        .cadreCount: "%d people",
        .sortByName: "by name", .sortByLoad: "most open first", .sortByLastDiary: "longest without a diary first",
        .sortByScore: "lowest score first",
        .active: "active", .inactiveSince: "left %@", .joined: "joined", .contactPoints: "Contact points",
        .diaryScores: "Diary scores (last 12 months)", .scoreMean: "mean %@", .lastDiary: "Last diary",
        .satisfactionOverTime: "Satisfaction surveys", .noAnswers: "No survey answers yet.", .tooFewAnswers: "under 5 answers",
        .pairings: "Paired young people (%d)", .pairingEnded: "ended %@", .pairingSince: "since %@",
        .openRequests: "Open requests (%d)", .andMore: "… %d more", .changes: "Changes", .noChanges: "No changes recorded.",
        .rosterNotAllowed: "Your account may not change this roster.", .cadreSaved: "saved: %@", .cadreReactivated: "active again: %@",
        .cadreDeactivated: "marked as left: %@ (history kept; d again reactivates)", .formHasProblems: "Some fields need fixing: see below each.",
        .cadreGone: "This cadre no longer exists.",
        .cadreChangedMeanwhile: "%@ changed this cadre at %@. What you typed is kept: Enter saves over it, Esc drops it.",
        .addCadreTitle: "New cadre", .editCadreTitle: "Edit: %@", .confirmDiscard: "Unsaved changes: Esc again drops them, any other key goes on.",
        .formKeys: "Tab/Down next · Left/Right choose · Enter save · Esc cancel", .chooseOne: "choose one",
        .cadreChangedSince: "%@ changed this cadre at %@; the screen shows it now, look before trying again.",
        .printCardHint: "to print a card: circledesk card %@",
        .noTownships: "No townships yet. An admin imports them first (circledesk import townships), then the cadres.",
        .keyReview: "read and score", .keyCalibration: "calibration (admins)", .keyScore: "score this criterion",
        .keyNextCriterion: "next criterion", .keyPreviousCriterion: "previous criterion", .keyReviewComment: "comment",
        .keySubmitReview: "submit, go to the next", .keyReturnDiary: "return for revision", .keyThreadComment: "write in the thread",
        .columnSubmitted: "Submitted", .columnWaiting: "Waited", .columnCadre: "Cadre", .columnVisit: "Visit",
        .columnReviewState: "Review", .columnReviewer: "Reviewer", .columnReviews: "Scored", .columnShared: "Shared",
        .columnDrift: "Note", .reviewMine: "mine", .reviewHeldBy: "held by %@", .reviewWaiting: "waiting",
        .reviewDouble: "double %d/%d", .noDiariesWaiting: "No diary is waiting for review.", .submittedAgo: "submitted %@ ago",
        .workLog: "Work log", .reflections: "Reflections", .photos: "Photos (%d)", .otherReviews: "Other reviews",
        .reviewsHidden: "The other reviewer's scores show once both are in.", .thread: "Thread (%d)",
        .rubricTitle: "Scores (0-5 each, out of 100)", .rubricTotal: "total %@", .noComment: "(none)", .reviewComment: "Comment",
        .diaryGone: "This diary no longer exists.", .drifting: "drifts over 1 point", .noSharedDiaries: "No diary has been scored by two reviewers yet.",
        .calibrationNote: "Offset: the mean of this reviewer's score minus a colleague's on the same diary, per criterion (positive: higher). Kappa: quadratic-weighted agreement (1 is perfect). Rubric: %@.",
        .reviewQueueTitle: "Diaries waiting · oldest first", .calibrationTitle: "Reviewer calibration",
        .diaryCounts: "%d waiting · %d mine · %d over 7 days",
        .calibrationAdminsOnly: "Calibration and double-review samples are for admins.", .notScoring: "You do not hold this diary: read only.",
        .scoresMissing: "not scored yet: %@", .commentRequired: "A criterion is at 1 or less: write a comment saying why.",
        .reasonRequired: "Returning needs a reason.", .reviewSent: "review submitted",
        .diaryReturnedFlash: "returned for revision; the reason is in the thread", .commentAdded: "comment added",
        .notAReviewer: "Only reviewers and admins score; you can read and comment.",
        .diaryHeld: "%@ has been reviewing this diary since %@.", .diaryChanged: "This diary just changed (now %@): go back to the list.",
        .alreadyReviewed: "You scored this one already; the second score is a colleague's.", .scoresIncomplete: "Some criteria have no score.",
        .emptyComment: "A comment cannot be empty.",
        .askReviewComment: "comment: ", .askReturnReason: "reason to return: ", .askThreadComment: "comment: ",
        .textHint: "Enter done · Esc cancel",
        .keyPreviousPeriod: "previous period", .keyNextPeriod: "next period", .keyFollowUps: "follow-ups",
        .keyAnswerSatisfied: "satisfied", .keyAnswerBasically: "basically", .keyAnswerDissatisfied: "dissatisfied",
        .keyRemark: "note what they said",
        .columnResolved: "Resolved", .noFollowUps: "No resolved request is waiting for its follow-up call.",
        .satisfactionOf: "satisfaction · %@", .followUpsTitle: "follow-ups", .remark: "said", .followUpsWaiting: "%@ waiting",
        .followUpClosed: "followed up: %@ %@, closed", .followUpReopened: "followed up: %@ %@, back to work",
        .askRemark: "what they said: ", .askReopenReason: "not satisfied: why it goes back to work (empty: close it): ",
        .keyEnterAnswers: "paper forms", .keyTypeValue: "answer", .keyYes: "yes", .keyNo: "no",
        .keySkipQuestion: "skip / write words", .keyPreviousQuestion: "previous question", .keyChangeCadre: "another cadre",
        .choicesSatisfaction: "1 satisfied · 2 basically · 3 dissatisfied · Enter none", .choicesScale: "1-5 · Enter none",
        .choicesYesNo: "y yes · n no · Enter none", .choicesText: "Enter to write words (empty: none)",
        .cadresFound: "%d people match \"%@\": choose one", .formRecorded: "form %d recorded",
        .noSurveyToEnter: "No cadre survey yet: file one with circledesk survey create.",
        .enterAnswersTitle: "Typing in paper forms", .cadreRated: "Cadre rated", .formsEntered: "%d forms typed in so far", .yes: "yes", .no: "no",
        .askCadreToRate: "cadre (name, pinyin initials or phone): ", .askTypedText: "their words: ",
        .keyPreviousWeek: "previous week", .keyNextWeek: "next week",
        .tabSuggestions: "Suggestions", .tabCalendar: "Service days", .keyAnswerSuggestion: "answer", .keyAddSuggestion: "log one",
        .tabSquads: "Help squads", .keyNextTab: "next tab", .keySubmitPlan: "submit plan", .keyFilePlan: "file",
        .keyReturnPlan: "return", .columnSquad: "Squad", .columnLeader: "Leader", .columnMembers: "People", .columnPlan: "Plan",
        .squadActedFlash: "recorded: %@",
        .tabActivities: "Activity menus", .noActivities: "No activities yet: press n to post a menu, e.g. \"night school: live selling/tea growing\".",
        .repliesCount: "%d replies", .noOutcomeYet: "what changed is not recorded yet", .signedUp: "%d signed up", .columnReceived: "Received", .columnContent: "Content",
        .suggestionDone: "answered", .suggestionOverdue: "overdue", .suggestionWaiting: "waiting",
        .noSuggestions: "No suggestions yet. Press a to log one.", .noSquads: "No help squads yet. Press n: \"project: squad leader's-phone members…\".", .serviceDay: "volunteer service day (last Sunday)",
        .calendarTitle: "Service days and holidays, the next six months", .suggestionAnswerIs: "answer",
        .suggestionCounts: "%d waiting · %d overdue", .suggestionAnswered: "This suggestion has been answered already.",
        .askSuggestion: "suggestion (township, source first if known): ", .askSuggestionAnswer: "answer: ", .suggestionAdded: "logged %@",
        .suggestionAnsweredNow: "answered %@", .suggestionEmpty: "It cannot be empty.", .weekCounts: "%d received · %d resolved · %d overdue", .keyPrint: "print",
        .printing: "making the PDF and sending it to the printer…",
        .noLaterWeek: "this is the current week: later weeks have not begun",
        .sheetTitle: "Help request %@", .sheetReference: "Reference", .sheetState: "State", .sheetRegistered: "Registered", .sheetClocks: "Deadlines",
        .sheetText: "The request", .sheetHistoryColumns: "When|Who|Action|Note", .sheetLeftOut: "%d steps left out: circledesk request show %@",
        .keyNextActivity: "next activity", .keyPreviousActivity: "previous activity", .keyReplyToActivity: "type a reply",
        .keyRecordOutcome: "what changed", .keyPostActivity: "post a menu", .keyPlanServiceDay: "plan", .keySignUp: "sign up",
        .askActivityReply: "option (1–%d) and comment: ", .askOutcome: "how the activity changed: ",
        .askNewActivity: "activity: option 1/option 2/… (township first if any): ", .askServiceDayPlan: "[day] township plan: ",
        .askSignUp: "[day] township names…: ", .optionNumberWanted: "The option's number (1–%d) first, then any comment.",
        .menuWanted: "Write \"activity: option 1/option 2\", two options at least.",
        .townshipFirst: "The township first, e.g. \"Sankui clean the river\".",
        .noPlanThatDay: "%@ has no plan on %@ yet: press a to plan one.", .replyRecorded: "reply for option %d recorded",
        .outcomeRecorded: "what changed is recorded", .activityPosted: "posted \"%@\"", .dayPlanned: "plan recorded for %@ on %@",
        .keyRevisePlan: "edit plan", .askSquadPlan: "plan: ",
        .planLocked: "A plan submitted or filed stays as sent; it can change once returned.", .planRevised: "plan rewritten",
        .keyFormSquad: "new squad", .askNewSquad: "new squad (name leader's-phone members…): ",
        .squadWanted: "Write \"name leader's-phone members…\"; for another project begin with \"project:\".",
        .squadFormed: "formed \"%@\": e writes its plan, s sends it to be filed.",
        .activityCounts: "%d activities · %d replies", .squadCounts: "%d to file · %d returned",
        .nextServiceDayPlans: "%@ · %d townships planning",
        .signedUpNow: "%d signed up", .activityChanged: "This was just changed: look again.",
        .notADay: "\"%@\" is not a day; write 2026-12-27.", .otherServiceDay: "other service day",
    ]
}
