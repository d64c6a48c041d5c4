import LeagueCore

/// The weekly summary's sentences, headings and column names, in both languages.
enum WeeklyWords: CaseIterable, Sendable {
    case title, hours, days, theWeek, asOf, counts, openAtWeekEnd, openNow, firstContact, resolution, contactedInTime
    case breakdownColumns, byCategory, byTownship
    case attention, attentionColumns, titleWithheld, daysLate, lessThanADay, notLate, escalated, none
    case diaries, diaryCounts, meanScore, silentCadres, namesFollow, listSeparator
    case satisfaction, lowestTownships
    case suggestionsAndService, suggestions, nextServiceDay, noPlans, plans, squadPlans, holidays
    case footer, seal, csvColumns, groupCategory, groupTownship

    static let book = PhraseBook<WeeklyWords>(
        zh: [
            .title: "朋友圈计划 · 周报 %@（%@ 至 %@）", .hours: "%@ 小时", .days: "%@ 天",
            .theWeek: "一、本周概况%@", .asOf: "（截至 %@）",
            .counts: "收到求助 %d 件，发布 %d 件，解决 %d 件，办结 %d 件",
            .openAtWeekEnd: "周末未办结 %d 件，其中超时 %d 件", .openNow: "目前未办结 %d 件，其中超时 %d 件",
            .firstContact: "首次联系用时：中位 %@，90%% 在 %@内", .resolution: "办结用时：中位 %@，90%% 在 %@内",
            .contactedInTime: "按时首次联系（件件有回应）：%d / %d = %@",
            .breakdownColumns: "名称|收到|上周|变化|解决", .byCategory: "二、按类别", .byTownship: "三、按乡镇",
            .attention: "四、需要关注（超时或已升级）", .attentionColumns: "编号|乡镇|超时|升级|承办|标题",
            .titleWithheld: "（%@，不列标题）", .daysLate: "%d 天", .lessThanADay: "不足 1 天", .notLate: "-", .escalated: "已升级",
            .none: "无",
            .diaries: "五、工作日记", .diaryCounts: "提交 %d 篇，点评 %d 篇，等待超过 7 天 %d 篇",
            .meanScore: "平均得分 %@（比上周 %@）", .silentCadres: "30天没有日记的团干部（%d人）", .namesFollow: "：", .listSeparator: "、",
            .satisfaction: "六、满意度", .lowestTownships: "最低的乡镇（答卷不少于 5 份）：",
            .suggestionsAndService: "七、意见建议与志愿服务",
            .suggestions: "本周收到意见建议 %d 条，答复 %d 条；超过一周未答复 %d 条",
            .nextServiceDay: "下一个志愿服务日（每月最后一个星期日）：%@", .noPlans: "  尚无乡镇报来安排",
            .plans: "  %d 个乡镇有安排（%@），报名 %d 人",
            .squadPlans: "帮帮团计划：本周提交备案 %d 份，备案 %d 份，退回 %d 份", .holidays: "下周的节日：%@",
            .footer: "自计划启动以来：解决求助 %d 件，收集意见建议 %d 条。",
            .seal: "本周末记录校验值：%@（日后重印应与此相同；不同则记录被改动过）",
            .csvColumns: "周次|分组|名称|收到|上周收到|解决", .groupCategory: "类别", .groupTownship: "乡镇",
        ],
        en: [
            .title: "Friend Circle Plan · week %@ (%@ to %@)", .hours: "%@ h", .days: "%@ d",
            .theWeek: "1. The week%@", .asOf: " (as of %@)",
            .counts: "received %d, published %d, resolved %d, closed %d",
            .openAtWeekEnd: "open at the end of the week %d, of which overdue %d", .openNow: "open now %d, of which overdue %d",
            .firstContact: "time to first contact: median %@, 90%% within %@", .resolution: "time to resolution: median %@, 90%% within %@",
            .contactedInTime: "contacted within the deadline: %d / %d = %@",
            .breakdownColumns: "name|recv|last|chg|solved", .byCategory: "2. By category", .byTownship: "3. By township",
            .attention: "4. Needs attention (overdue or escalated)", .attentionColumns: "ref|township|late|escal.|assignee|title",
            .titleWithheld: "(%@: title withheld)", .daysLate: "%d d", .lessThanADay: "< 1 d", .notLate: "-", .escalated: "yes",
            .none: "none",
            .diaries: "5. Diaries", .diaryCounts: "submitted %d, reviewed %d, waiting over 7 days %d",
            .meanScore: "mean score %@ (%@ on last week)", .silentCadres: "cadres with no diary in 30 days (%d)", .namesFollow: ": ",
            .listSeparator: ", ",
            .satisfaction: "6. Satisfaction", .lowestTownships: "lowest townships (5+ answers): ",
            .suggestionsAndService: "7. Suggestions and service",
            .suggestions: "suggestions received %d, answered %d; unanswered over a week %d",
            .nextServiceDay: "next volunteer service day (last Sunday of the month): %@", .noPlans: "  no township has sent its plan yet",
            .plans: "  %d townships have plans (%@), %d signed up",
            .squadPlans: "help squads' plans: %d submitted, %d filed, %d returned", .holidays: "holidays next week: %@",
            .footer: "Since the plan began: %d requests solved, %d suggestions collected.",
            .seal: "History seal at the week's end: %@ (a later printing shows the same, unless the history was changed)",
            .csvColumns: "week|group|name|received|received last week|resolved", .groupCategory: "category", .groupTownship: "township",
        ])
}

extension Language {
    func weeklyColumns(_ words: WeeklyWords) -> [String] { WeeklyWords.book.columns(words, in: self) }
}
