import LeagueCore

/// What travels as files (CSV, or JSON for phone forms): the roster, diaries, survey
/// answers, suggestions and replies to activity menus.
public enum ImportTable: String, CaseIterable, Sendable {
    /// The county's townships, in its order: a new office starts with them.
    case townships
    case cadres
    case communes
    case contactPoints = "contact-points"
    case youngPeople = "young-people"
    /// Pairing contact cards (结对联系卡): which cadre looks after which young person.
    case pairings
    /// Work diaries as a phone form exports them.
    case diaries
    /// Answers in diaries' threads, from the cadre and the group's young people.
    case diaryComments = "diary-comments"
    /// A survey's answers as an online form tool exports them: a column per question.
    case surveyAnswers = "survey-answers"
    /// Suggestions (意见建议) as collected on paper or by a form, answered or not.
    case suggestions
    /// Replies to one activity's menu (服务菜单) as a form tool exports them.
    case activityReplies = "activity-replies"
    /// Volunteers signed up for townships' service-day plans.
    case serviceDaySignups = "service-day-signups"

    /// A column of the table's files: its Chinese and English headers, and other headers
    /// people's spreadsheets use for it.
    struct Column: Sendable {
        let key: Key
        let zh: String
        let en: String
        var aliases: [String] = []
        var required = false

        func header(_ language: Language) -> String { BilingualName(zh: zh, en: en)(language) }

        /// Whether a header written in a file means this column: case, spaces, a required
        /// mark (*) and a note in brackets do not count.
        func matches(_ header: String) -> Bool {
            let written = Self.normalized(header)
            return ([zh, en] + aliases).contains { Self.normalized($0) == written }
        }

        static func normalized(_ header: String) -> String {
            var text = header.lowercased().filter { !" \t*＊_\u{3000}".contains($0) }
            if let open = text.firstIndex(where: { $0 == "(" || $0 == "(" }) { text = String(text[..<open]) }
            return text
        }
    }

    enum Key: String, Sendable {
        case name, phone, role, township, commune, contactPoints, youthInContact, joinedOn, active
        case address, kind, gender, birthYear, contactPoint, note
        case englishName
        case workLog, reflections, photos, submittedAt
        case authorKind, author, body
        case respondent, requestRef
        case cardNumber, cadreName, cadrePhone, youngPersonName, youngPersonPhone, startedOn, endedOn
        case content, source, answer, answeredAt, option, comment
        case survey, question
    }

    /// The header of an exported file: the columns, except for survey answers, which go out
    /// one answer per line rather than a column per question.
    func exportHeader(_ language: Language) -> [String] {
        guard self == .surveyAnswers else { return columns.map { $0.header(language) } }
        let words: [TableWords] = [.survey, .response, .cadre, .township, .requestRef, .question, .answer, .at]
        return words.map(language.word)
    }

    var columns: [Column] {
        let name = Column(key: .name, zh: "姓名", en: "name", aliases: ["名字"], required: true)
        let phone = Column(key: .phone, zh: "手机", en: "phone", aliases: ["手机号", "手机号码", "联系电话", "电话", "mobile"])
        let township = Column(key: .township, zh: "乡镇", en: "township", aliases: ["所在乡镇", "乡镇街道"], required: true)
        switch self {
        case .townships:
            return [
                Column(key: .name, zh: "名称", en: "name", aliases: ["乡镇"], required: true),
                Column(key: .englishName, zh: "拼音", en: "english name", aliases: ["英文名"]),
            ]
        case .cadres:
            // Cadres are known by their phone: a file that only updates them may leave out
            // the township (a new cadre's row without one is refused on its own).
            var (cadrePhone, cadreTownship) = (phone, township)
            cadrePhone.required = true
            cadreTownship.required = false
            return [
                name, cadrePhone, Column(key: .role, zh: "身份", en: "role", aliases: ["角色", "类别"]), cadreTownship,
                Column(key: .commune, zh: "青年公社", en: "commune", aliases: ["青公社", "所属公社", "公社"]),
                Column(key: .contactPoints, zh: "联系点", en: "contact points", aliases: ["联系村居"]),
                Column(key: .youthInContact, zh: "联系青年数", en: "youth in contact", aliases: ["联系青年"]),
                Column(key: .joinedOn, zh: "加入日期", en: "joined on", aliases: ["加入时间"]),
                Column(key: .active, zh: "在岗", en: "active", aliases: ["状态"]),
            ]
        case .communes:
            return [
                Column(key: .name, zh: "名称", en: "name", aliases: ["公社名称", "青年公社"], required: true), township,
                Column(key: .address, zh: "地址", en: "address"),
            ]
        case .contactPoints:
            return [
                township, Column(key: .name, zh: "名称", en: "name", aliases: ["联系点", "村居名称"], required: true),
                Column(key: .kind, zh: "类型", en: "kind", required: true),
            ]
        case .youngPeople:
            return [
                name, Column(key: .gender, zh: "性别", en: "gender"), Column(key: .birthYear, zh: "出生年份", en: "birth year", aliases: ["出生年"]),
                phone, township, Column(key: .contactPoint, zh: "联系点", en: "contact point", aliases: ["所在村居"]),
                Column(key: .note, zh: "备注", en: "note"),
            ]
        case .pairings:
            // Rows are matched by the numbers; a young person without a phone by their name
            // in the cadre's township, or by the card already on file.
            return [
                Column(key: .cardNumber, zh: "卡号", en: "card number", aliases: ["联系卡号", "编号"]),
                Column(key: .cadreName, zh: "团干部", en: "cadre"),
                Column(key: .cadrePhone, zh: "团干部手机", en: "cadre phone", required: true),
                Column(key: .youngPersonName, zh: "结对青年", en: "young person", aliases: ["青年"]),
                Column(key: .youngPersonPhone, zh: "青年手机", en: "young person phone"),
                Column(key: .kind, zh: "类型", en: "kind", aliases: ["结对类型"], required: true),
                Column(key: .startedOn, zh: "开始日期", en: "started on", required: true),
                Column(key: .endedOn, zh: "结束日期", en: "ended on"),
            ]
        case .diaries:
            return [
                Column(key: .cadrePhone, zh: "团干部手机", en: "cadre phone", aliases: ["手机"], required: true),
                Column(key: .startedOn, zh: "走访日期", en: "visit on", aliases: ["日期"], required: true),
                Column(key: .contactPoint, zh: "联系点", en: "contact point", aliases: ["走访地点"]),
                Column(key: .workLog, zh: "工作记录", en: "work log", aliases: ["工作日志", "日记"], required: true),
                Column(key: .reflections, zh: "心得体会", en: "reflections", aliases: ["心得"]),
                Column(key: .photos, zh: "图片", en: "photos", aliases: ["照片", "photo_refs"]),
                Column(key: .submittedAt, zh: "提交时间", en: "submitted at", aliases: ["填写时间"]),
            ]
        case .surveyAnswers:
            // The question columns are matched to the survey's questions by their text; or,
            // as the export writes them, a line per answer names its survey and question.
            return [
                Column(key: .respondent, zh: "序号", en: "respondent", aliases: ["答卷编号", "编号", "id", "答卷", "response"]),
                Column(key: .cadrePhone, zh: "团干部手机", en: "cadre phone", aliases: ["被评价人手机"]),
                Column(key: .cadreName, zh: "团干部", en: "cadre", aliases: ["被评价人", "团干部姓名"]),
                Column(key: .township, zh: "乡镇", en: "township", aliases: ["所在乡镇"]),
                Column(key: .requestRef, zh: "求助编号", en: "request ref", aliases: ["ref"]),
                Column(key: .submittedAt, zh: "提交答卷时间", en: "submitted at", aliases: ["提交时间", "填写时间", "答题时间", "时间", "at"]),
                Column(key: .survey, zh: "测评", en: "survey", aliases: ["问卷"]),
                Column(key: .question, zh: "题目", en: "question", aliases: ["问题"]),
                Column(key: .answer, zh: "回答", en: "answer", aliases: ["答案"]),
            ]
        case .suggestions:
            return [
                Column(key: .content, zh: "内容", en: "content", aliases: ["意见建议", "建议内容", "建议"], required: true),
                Column(key: .source, zh: "来源", en: "source", aliases: ["渠道"]),
                Column(key: .township, zh: "乡镇", en: "township", aliases: ["所在乡镇"]),
                Column(key: .submittedAt, zh: "收到时间", en: "received at", aliases: ["提交时间", "时间", "日期"]),
                Column(key: .answer, zh: "答复", en: "answer", aliases: ["回复", "答复内容"]),
                Column(key: .answeredAt, zh: "答复时间", en: "answered at", aliases: ["回复时间"]),
            ]
        case .activityReplies:
            // The option is its number or its words, as a form tool writes the choice.
            return [
                Column(key: .option, zh: "选项", en: "option", aliases: ["选择", "您的选择", "点单"], required: true),
                Column(key: .respondent, zh: "姓名", en: "name", aliases: ["填写人", "昵称"]),
                Column(key: .comment, zh: "意见", en: "comment", aliases: ["建议", "留言", "其他意见"]),
                Column(key: .submittedAt, zh: "提交时间", en: "submitted at", aliases: ["时间", "填写时间"]),
            ]
        case .serviceDaySignups:
            return [
                Column(key: .startedOn, zh: "日期", en: "day", aliases: ["服务日期", "活动日期"], required: true), township, name,
            ]
        case .diaryComments:
            return [
                Column(key: .cadrePhone, zh: "团干部手机", en: "cadre phone", required: true),
                Column(key: .startedOn, zh: "走访日期", en: "visit on", required: true),
                Column(key: .contactPoint, zh: "联系点", en: "contact point"),
                Column(key: .authorKind, zh: "身份", en: "author kind", aliases: ["留言人身份"], required: true),
                Column(key: .author, zh: "留言人", en: "author", aliases: ["姓名"], required: true),
                Column(key: .body, zh: "内容", en: "body", aliases: ["留言", "回复"], required: true),
                Column(key: .submittedAt, zh: "时间", en: "at", aliases: ["留言时间"]),
            ]
        }
    }
}
