import LeagueCore

/// The help requests the county's own article tells of. Their people's names are
/// fictional, except the commune cadre the farmer thanked by name.
struct ArticleCase {
    let township: String
    let village: String
    let category: String
    let urgency: Urgency
    let state: RequestState
    let title: String
    let body: String
    let resolution: String?
    /// Collected at a fixed time (the typhoon), or this many hours before "now".
    let at: Int64?
    let hoursAgo: Int64

    func collected(now: Int64) -> Int64 { at ?? (now - hoursAgo * 3600) }

    static let all: [ArticleCase] = [
        ArticleCase(
            township: "三魁镇", village: "庵前村", category: "assistance", urgency: .urgent, state: .closed,
            title: "台风后水稻绝收，陈粮被冲走",
            body: "受台风“莫兰蒂”影响，庵前村务农青年家里7亩多水稻颗粒无收，前几年的陈粮也全部被大水冲走。他在朋友圈发了消息，希望得到帮助。",
            resolution: "联系人张传相当即通过微信联系，鼓励他尽早恢复生产生活，两次上门看望，送上米、油和慰问金。",
            // 2016-09-16 08:30 county time, the morning after the typhoon made landfall.
            at: 1_473_985_800, hoursAgo: 0),
        ArticleCase(
            township: "泗溪镇", village: "下洪村", category: "entrepreneurship", urgency: .high, state: .published,
            title: "万斤生姜滞销，求销售渠道",
            body: "下洪村一务农青年种的一万斤生姜滞销，眼看血本无归，“姜”湖救急：请大家帮忙转发，牵线收购商或电商平台。",
            resolution: nil, at: nil, hoursAgo: 30),
        ArticleCase(
            township: "筱村镇", village: "", category: "health", urgency: .urgent, state: .assigned,
            title: "孤儿身患重病，请大家接力",
            body: "筱村镇一孤儿身患重病，需要你的帮助，请大家接力，为他转起。",
            resolution: nil, at: nil, hoursAgo: 5),
        ArticleCase(
            township: "罗阳镇", village: "", category: "employment", urgency: .normal, state: .townshipReview,
            title: "27岁会计专业女生求职",
            body: "本人今年27岁，女，会计专业，在罗阳镇求一工作。",
            resolution: nil, at: nil, hoursAgo: 50),
        ArticleCase(
            township: "司前畲族镇", village: "", category: "dating", urgency: .normal, state: .villageReview,
            title: "七夕青年交友活动报名咨询",
            body: "几位大龄青年想报名参加团县委组织的七夕青年婚恋交友活动，询问报名时间和条件。",
            resolution: nil, at: nil, hoursAgo: 20),
    ]
}
