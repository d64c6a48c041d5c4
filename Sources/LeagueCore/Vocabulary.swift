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
