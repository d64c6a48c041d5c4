import LeagueCore

/// The printouts' own sentences, in both languages (their figures' labels are the writers').
enum ReportWords: CaseIterable, Sendable {
    case letterhead, madeAt, pageNumber
    case cardTitle, cardFooter, cardNone, cardPeriodTo, cardPeriodSince, cardEnded
    case cardNumber, cardKind, cardPeriod, cardCadre, cardCadrePhone, cardTownship, cardYoungPerson, cardYoungPhone, cardVillage
    case calibrationIntro, calibrationRubric, calibrationScored, calibrationShared, calibrationFlag, calibrationReviewer
    case calibrationDrift, calibrationNoneShared
    case statsCounty, statsRequests, statsWork, statsColumns, statsTables

    static let book = PhraseBook<ReportWords>(
        zh: [
            .letterhead: "共青团%@委员会", .madeAt: "印发时间：%@", .pageNumber: "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"",
            .cardTitle: "%@共青团 结对联系卡", .cardFooter: "有困难，找团干部；请妥善保管本卡。", .cardNone: "无",
            .cardPeriodTo: "%@ 至 %@", .cardPeriodSince: "%@ 起",
            .cardEnded: "本结对已于 %@ 结束，此卡只作存档",
            .cardNumber: "卡号", .cardKind: "结对类型", .cardPeriod: "结对期间", .cardCadre: "联系人", .cardCadrePhone: "联系电话",
            .cardTownship: "所在乡镇", .cardYoungPerson: "结对青年", .cardYoungPhone: "青年电话", .cardVillage: "所在村居",
            .calibrationIntro: "评分校准（与同事对同一篇日记的评分相比；偏差 = 本人得分 − 同事得分的平均，超过 ±1 分标记）",
            .calibrationRubric: "评分标准：%@", .calibrationScored: "点评数", .calibrationShared: "共评", .calibrationFlag: "标记",
            .calibrationReviewer: "点评人", .calibrationDrift: "偏差", .calibrationNoneShared: "还没有两位点评人都评过的日记。",
            .statsCounty: "乡镇 %d · 联系点 %d · 青公社 %d · 团干部 %d（在岗 %d）· 联系青年 %d",
            .statsRequests: "求助 %d：未办结 %d（超时 %d）· 已解决 %d",
            .statsWork: "工作日记 %d（已点评 %d）· 测评答卷 %d · 意见建议 %d（已答复 %d）",
            .statsColumns: "团干部|青公社|联系青年|求助|未办结|超时|日记|乡镇", .statsTables: "各表行数",
        ],
        en: [
            .letterhead: "%@ Committee of the Communist Youth League", .madeAt: "made %@", .pageNumber: "\"page \" counter(page) \" of \" counter(pages)",
            .cardTitle: "%@ Youth League · Pairing contact card", .cardFooter: "In trouble? Call your cadre. Please keep this card.",
            .cardNone: "none", .cardPeriodTo: "%@ to %@", .cardPeriodSince: "since %@",
            .cardEnded: "This pairing ended on %@: the card is for the file only",
            .cardNumber: "Card no.", .cardKind: "Kind", .cardPeriod: "Period", .cardCadre: "Cadre", .cardCadrePhone: "Cadre's phone",
            .cardTownship: "Township", .cardYoungPerson: "Young person", .cardYoungPhone: "Their phone", .cardVillage: "Village",
            .calibrationIntro: "Calibration (against colleagues on the same diaries; offset = own score − colleague's, mean; over ±1 flagged)",
            .calibrationRubric: "Rubric: %@", .calibrationScored: "scored", .calibrationShared: "shared", .calibrationFlag: "flag",
            .calibrationReviewer: "reviewer", .calibrationDrift: "drift", .calibrationNoneShared: "No diary has been scored by two reviewers yet.",
            .statsCounty: "townships %d · contact points %d · communes %d · cadres %d (%d active) · young people in contact %d",
            .statsRequests: "help requests %d: open %d (overdue %d) · solved %d",
            .statsWork: "diaries %d (reviewed %d) · survey responses %d · suggestions %d (answered %d)",
            .statsColumns: "cadres|communes|in contact|requests|open|overdue|diaries|township", .statsTables: "rows per table",
        ])
}

extension Language {
    func report(_ words: ReportWords, _ values: CustomStringConvertible...) -> String {
        ReportWords.book.format(words, in: self, values)
    }
}
