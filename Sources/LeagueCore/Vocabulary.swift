/// The kind of place a cadre reports to.
public enum ContactPointKind: String, Sendable, CaseIterable, Codable {
    case village
    case community
    case school
}

/// What a cadre ("micro-element", 微元素) is.
public enum CadreRole: String, Sendable, CaseIterable, Codable {
    /// 团干部
    case leagueCadre = "league_cadre"
    /// 志愿者
    case volunteer
    /// 社工
    case socialWorker = "social_worker"
}

/// Where a help request was first heard of.
public enum RequestSource: String, Sendable, CaseIterable, Codable {
    /// A post in a cadre's WeChat Moments (朋友圈).
    case moments
    case phone
    case visit
    /// Brought to a youth commune.
    case commune
}

extension RequestSource {
    /// The source as people write it in a sheet or at the desk: 朋友圈, 电话, 走访, 青公社
    /// (and their usual variants), or the stored English word.
    public init?(written text: String) {
        switch text.trimmed.lowercased() {
        case "朋友圈", "微信朋友圈", "微信", "moments", "wechat": self = .moments
        case "电话", "热线", "phone": self = .phone
        case "走访", "上门", "visit": self = .visit
        case "青公社", "青年公社", "公社", "commune": self = .commune
        default: self.init(rawValue: text.trimmed.lowercased())
        }
    }
}

/// What an operator of the program may do.
public enum OperatorRole: String, Sendable, CaseIterable, Codable {
    case admin
    /// County desk staff triaging requests.
    case desk
    /// Reads and scores diaries.
    case reviewer
    /// Works on one township's requests only.
    case townshipSecretary = "township_secretary"
    case readOnly = "read_only"
}

/// Where a cadre's diary stands in review.
public enum DiaryState: String, Sendable, CaseIterable, Codable {
    case submitted
    case inReview = "in_review"
    case reviewed
    /// Feedback published to the cadre's group.
    case feedbackPublished = "feedback_published"
    case returned

    /// How long a diary may wait for its first review: longer, the reviewers' queue marks it
    /// and the weekly summary counts it as waiting over a week.
    public static let reviewWithin: Int64 = 7 * 86400
}

/// The kind of answer a survey question takes.
public enum QuestionKind: String, Sendable, CaseIterable, Codable {
    /// 1 to 5.
    case scale
    /// 满意 / 基本满意 / 不满意, stored as 2 / 1 / 0.
    case satisfaction
    case yesNo = "yes_no"
    case text
}

/// What a survey is for.
public enum SurveyKind: String, Sendable, CaseIterable, Codable {
    /// Young people rate the cadres of their group.
    case periodic
    /// The call back (回访) after a request was resolved.
    case followUp = "follow_up"
}

extension CadreRole {
    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<Self>(
        zh: [.leagueCadre: "团干部", .volunteer: "志愿者", .socialWorker: "社工"],
        en: [.leagueCadre: "League cadre", .volunteer: "Volunteer", .socialWorker: "Social worker"])
}

extension ContactPointKind {
    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<Self>(
        zh: [.village: "村", .community: "社区", .school: "学校"],
        en: [.village: "Village", .community: "Community", .school: "School"])
}

/// What a pairing contact card (结对联系卡) commits the cadre to.
public enum PairingKind: String, Sendable, CaseIterable, Codable {
    case elderlySupport = "elderly_support"
    case errands
    case counselling
    case mentoring

    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<Self>(
        zh: [.elderlySupport: "助老帮扶", .errands: "代办服务", .counselling: "心理疏导", .mentoring: "成长结对"],
        en: [.elderlySupport: "Elderly support", .errands: "Errands", .counselling: "Counselling", .mentoring: "Mentoring"])
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// The value whose code, Chinese name or English name `text` is (any case), for
    /// reading files: `name` gives the names.
    public static func named(_ text: String, _ name: (Self, Language) -> String) -> Self? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { value in
            [value.rawValue, name(value, .zh), name(value, .en)].contains { $0.lowercased() == wanted }
        }
    }
}

/// Where a help squad's plan stands in being filed (备案) with the county.
public enum SquadPlanState: String, Sendable, CaseIterable, Codable {
    case draft
    case submitted
    case filed
    /// Sent back with a reason; submitted again once mended.
    case returned
}

/// Where one reviewer's review of a diary stands: scores typed so far, or sent.
public enum ReviewState: String, Sendable, CaseIterable, Codable {
    case draft
    case submitted
}
