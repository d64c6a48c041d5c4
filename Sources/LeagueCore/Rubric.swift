/// One thing a reviewer scores a diary on, from 0 to `Rubric.maxScore`.
public struct RubricCriterion: Sendable, Equatable, Codable {
    public let code: String
    public let nameZh: String
    public let nameEn: String
    /// Share of the 100-point total.
    public let weight: Int

    /// The criterion's name in `language`.
    public func name(_ language: Language) -> String { BilingualName(zh: nameZh, en: nameEn)(language) }

    public init(code: String, nameZh: String, nameEn: String, weight: Int) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.weight = weight
    }
}

/// The criteria diaries are scored on. Reviews keep the rubric they were scored with.
public struct Rubric: Codable, Sendable, Equatable {
    public static let maxScore = 5

    public let criteria: [RubricCriterion]

    public init(criteria: [RubricCriterion]) { self.criteria = criteria }

    /// The county's practice: how much youth information was gathered and how many real
    /// things were done for young people weigh most.
    public static let countyDefault = Rubric(criteria: [
        RubricCriterion(code: "youth_info", nameZh: "青年信息收集", nameEn: "Youth information gathered", weight: 30),
        RubricCriterion(code: "real_things", nameZh: "为青年办实事", nameEn: "Real things done for young people", weight: 35),
        RubricCriterion(code: "reflection", nameZh: "心得体会", nameEn: "Quality of reflection", weight: 20),
        RubricCriterion(code: "evidence", nameZh: "图片佐证", nameEn: "Evidence and photos", weight: 15),
    ])

    /// The weighted total out of 100 for scores given in criteria order.
    public func total(_ scores: [Int]) -> Double {
        precondition(scores.count == criteria.count, "one score per criterion")
        let weighted = zip(criteria, scores).reduce(0) { $0 + $1.0.weight * $1.1 }
        return Double(weighted) / Double(Rubric.maxScore)
    }
}
