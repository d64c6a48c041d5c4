import LeagueCore

/// The satisfaction report's sentences and column names, in both languages.
enum SatisfactionWords: CaseIterable, Sendable {
    case tooFew, figure, title, rateMeans, cadresRated, responses, invited, invitedUnknown, followUps, lastSix
    case townshipColumns, townshipsHeading, cadresListed, cadreColumns, ranksMean
    case csvColumns, county, township, cadre

    static let book = PhraseBook<SatisfactionWords>(
        zh: [
            .tooFew: "答卷 %d 份，不足 %d 份，不计算满意率", .figure: "满意 %d / 答卷 %d = %@（95%% 区间 %@）",
            .title: "满意度报告 · %@", .rateMeans: "满意率 = “满意”答卷 ÷ 全部答卷（满意 + 基本满意 + 不满意）",
            .cadresRated: "团干部测评：", .responses: "：答卷 %d", .invited: "，邀请 %d 人，回收率 %@", .invitedUnknown: "，邀请人数未记",
            .followUps: "回访：本期解决 %d 件，已回访 %d 件（回访率 %@）", .lastSix: "近六期：",
            .townshipColumns: "乡镇|满意率|95%% 区间|答卷|排名", .townshipsHeading: "各乡镇",
            .cadresListed: "团干部（答卷不少于 %d 份；另有 %d 人答卷不足，不列出）",
            .cadreColumns: "团干部|乡镇|满意率|95%% 区间|答卷|排名",
            .ranksMean: "名次 = 95%% 区间完全高于它的分组数 + 1（只排答卷不少于 %d 份的）。",
            .csvColumns: "期间|类别|名称|乡镇|满意|答卷|满意率|区间下限|区间上限|排名", .county: "全县", .township: "乡镇", .cadre: "团干部",
        ],
        en: [
            .tooFew: "%d answers, under %d: no rate", .figure: "%d satisfied / %d answers = %@ (95%% interval %@)",
            .title: "Satisfaction · %@", .rateMeans: "Rate = satisfied answers ÷ all answers (satisfied + basically + dissatisfied)",
            .cadresRated: "Cadres rated: ", .responses: ": %d responses", .invited: ", %d invited, %@ answered",
            .invitedUnknown: ", number invited not recorded",
            .followUps: "Follow-ups: %d resolved, %d followed up (%@)", .lastSix: "Last six periods: ",
            .townshipColumns: "Township|Rate|95%% interval|n|Rank", .townshipsHeading: "Townships",
            .cadresListed: "Cadres (at least %d answers; %d with fewer not listed)",
            .cadreColumns: "Cadre|Township|Rate|95%% interval|n|Rank",
            .ranksMean: "Rank = 1 + groups whose 95%% interval is wholly above (from %d answers).",
            .csvColumns: "period|kind|name|township|satisfied|answers|rate|low95|high95|rank", .county: "county", .township: "township",
            .cadre: "cadre",
        ])
}

extension Language {
    func satisfaction(_ words: SatisfactionWords, _ values: CustomStringConvertible...) -> String {
        SatisfactionWords.book.format(words, in: self, values)
    }
}
