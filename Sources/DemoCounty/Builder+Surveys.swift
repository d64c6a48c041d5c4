import GRDB
import LeagueCore

extension CountyBuilder {
    /// The half-yearly survey in which each group rates its cadres (the last six), and a
    /// yearly follow-up survey answered once for every closed request.
    func buildSurveys() throws {
        var random = seed.fork(6)
        let insertSurvey = try db.makeStatement(sql: """
            INSERT INTO survey (id, title, kind, period_start, period_end, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertQuestion = try db.makeStatement(sql: """
            INSERT INTO survey_question (id, survey_id, position, kind, text) VALUES (?, ?, ?, ?, ?)
            """)
        let insertResponse = try db.makeStatement(sql: """
            INSERT INTO survey_response (id, survey_id, cadre_id, request_id, township_id, answered_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertAnswer = try db.makeStatement(sql: """
            INSERT INTO survey_answer (response_id, question_id, value, text) VALUES (?, ?, ?, ?)
            """)
        var surveyId: Int64 = 0
        var questionId: Int64 = 0
        var responseId: Int64 = 0

        /// A new survey with its questions; returns their ids in order.
        func survey(title: String, kind: SurveyKind, from: String, to: String, questions: [(QuestionKind, String)]) throws -> (Int64, [Int64]) {
            surveyId += 1
            let created = CountyTime.parseInstant(from)!.unixSeconds
            try insertSurvey.execute(arguments: [surveyId, title, kind.rawValue, from, to, created])
            var ids: [Int64] = []
            for (position, question) in questions.enumerated() {
                questionId += 1
                try insertQuestion.execute(arguments: [questionId, surveyId, position, question.0.rawValue, question.1])
                ids.append(questionId)
            }
            return (surveyId, ids)
        }
        /// 满意 2 / 基本满意 1 / 不满意 0, mostly satisfied.
        func satisfaction(_ lean: Double) -> Int { random.weightedIndex([0.4 + lean, 1.5, 8 - lean]) }
        let remarks = ["希望多组织技能培训。", "团干部很热心，谢谢！", "回复可以再快一点。", "希望多来村里走走。"]

        // Periodic: the current half-year and the five before it.
        let currentYear = year(now)
        let currentHalf = day(now).dropFirst(5).prefix(2) < "07" ? 1 : 2
        var halves: [(Int, Int)] = []
        var (y, h) = (currentYear, currentHalf)
        for _ in 0..<6 {
            halves.insert((y, h), at: 0)
            (y, h) = h == 1 ? (y - 1, 2) : (y, 1)
        }
        for (year, half) in halves {
            let from = half == 1 ? "\(year)-01-01" : "\(year)-07-01"
            let to = half == 1 ? "\(year)-06-30" : "\(year)-12-31"
            let (survey, questions) = try survey(
                title: "\(year)年\(half == 1 ? "上" : "下")半年团干部满意度测评", kind: .periodic, from: from, to: to,
                questions: [(.satisfaction, "您对这位团干部的工作满意吗？"), (.scale, "联系服务是否及时（1-5）"), (.text, "意见和建议")])
            let start = CountyTime.parseInstant(from)!.unixSeconds
            let end = min(now - 60, CountyTime.parseInstant(to)!.unixSeconds + 86399)
            guard end > start else { continue }
            for cadre in cadres where cadre.joined < end && (cadre.left ?? now) > start {
                for _ in 0..<random.int(1...6) {
                    responseId += 1
                    let answered = start + random.int64(0...(end - start))
                    try insertResponse.execute(arguments: [responseId, survey, cadre.id, nil, townships[cadre.township].id, answered])
                    let lean = cadre.diligence - 3.5
                    try insertAnswer.execute(arguments: [responseId, questions[0], satisfaction(lean), nil])
                    try insertAnswer.execute(arguments: [responseId, questions[1], min(5, max(1, Int(cadre.diligence.rounded()) + random.int(-1...1))), nil])
                    if random.chance(0.2) {
                        try insertAnswer.execute(arguments: [responseId, questions[2], nil, random.pick(remarks)])
                    }
                }
            }
        }

        // Follow-up calls (回访): one answer per closed request, in a survey per year.
        var followUps: [Int: (Int64, [Int64])] = [:]
        let closed = try Row.fetchCursor(db, sql: """
            SELECT id, township_id, assignee_cadre_id, closed_at, title FROM help_request WHERE state = 'closed' ORDER BY id
            """)
        while let row = try closed.next() {
            let closedAt: Int64 = row["closed_at"]
            let year = year(closedAt)
            if followUps[year] == nil {
                followUps[year] = try survey(
                    title: "\(year)年求助回访", kind: .followUp, from: "\(year)-01-01", to: "\(year)-12-31",
                    questions: [(.satisfaction, "您对这次帮助满意吗？"), (.text, "还有什么需要？")])
            }
            let (survey, questions) = followUps[year]!
            responseId += 1
            try insertResponse.execute(arguments: [
                responseId, survey, row["assignee_cadre_id"], row["id"], row["township_id"], closedAt - random.int64(600...7200),
            ])
            let isTyphoon = (row["title"] as String).hasPrefix("台风后水稻绝收") && year == 2016
            try insertAnswer.execute(arguments: [responseId, questions[0], isTyphoon ? 2 : satisfaction(0.5), nil])
            if isTyphoon {
                try insertAnswer.execute(arguments: [responseId, questions[1], nil, "我的联系人是青公社的张传相，很感激他。"])
            }
        }
    }

    /// Suggestions (意见建议), 149 per scale unit since the launch: all but the last three
    /// weeks' answered within a week, and of those recent ones some waiting, a few overdue.
    func buildSuggestions() throws {
        var random = seed.fork(7)
        let insert = try db.makeStatement(sql: """
            INSERT INTO suggestion (id, ref, content, source, township_id, received_at, answer, answered_at, answered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let suggestions = [
            ("希望在乡镇开设电商直播培训班。", "已列入下季度青年技能培训计划。"),
            ("建议每月志愿服务日提前一周公布活动内容。", "采纳，今后在青联圈提前一周发布。"),
            ("希望青公社周末也能开放。", "已与各青公社协调，周六上午开放。"),
            ("建议多组织青年交友联谊活动。", "七夕将举办青年婚恋交友活动。"),
            ("希望提供创业贷款政策解读。", "已编印创业政策明白卡，在青公社发放。"),
            ("建议把4:30课堂推广到更多村小。", "正在招募志愿者，计划扩展到10所村小。"),
            ("希望县城有青年篮球场夜间开放。", "已转交县体育部门研究。"),
        ]
        let launch = PlanFacts.launch.unixSeconds
        let recent = 5 * scale, threeWeeks: Int64 = 21 * 86400
        let times = ((0..<(PlanFacts.suggestions * scale - recent)).map { _ in launch + random.int64(0...(now - launch - threeWeeks)) }
            + (0..<recent).map { _ in now - random.int64(3600...threeWeeks) }).sorted()
        var numberInYear: [Int: Int] = [:]
        for (index, received) in times.enumerated() {
            let year = year(received)
            numberInYear[year, default: 0] += 1
            let (content, answer) = random.pick(suggestions)
            let answered = now - received > threeWeeks || random.chance(0.4)
            let answeredAt = answered ? min(now - 30, received + random.int64(3600...(7 * 86400))) : nil
            try insert.execute(arguments: [
                Int64(index + 1), ReferenceCode(prefix: "YJ", year: year, number: numberInYear[year]!).description,
                content, [RequestSource.moments, .phone, .visit, .commune][random.weightedIndex([6, 1, 2, 1])].rawValue,
                townships[randomTownship(&random)].id, received, answered ? answer : nil, answeredAt,
                answered ? random.pick(desk).id : nil,
            ])
        }
    }
}
