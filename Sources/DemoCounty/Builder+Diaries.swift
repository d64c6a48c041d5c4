import Foundation
import GRDB
import LeagueCore

extension CountyBuilder {
    /// A diary after each visit, about once a month per cadre since they joined; older ones
    /// reviewed and their feedback published, the newest waiting, a few left waiting too
    /// long, and some threads of comments from the cadre's group.
    func buildDiaries() throws {
        var random = seed.fork(5)
        let insertDiary = try db.makeStatement(sql: """
            INSERT INTO diary (id, cadre_id, contact_point_id, visit_on, submitted_at, work_log, reflections, photo_refs, state, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertReview = try db.makeStatement(sql: """
            INSERT INTO diary_review (diary_id, reviewer_id, rubric_id, scores, total, comment, state, updated_at, submitted_at)
            VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)
            """)
        // Who holds a diary in review, and which diaries an admin sampled for two reviews.
        let claim = try db.makeStatement(sql: "UPDATE diary SET claimed_by = ?, claimed_at = ? WHERE id = ?")
        let double = try db.makeStatement(sql: "UPDATE diary SET reviews_wanted = 2 WHERE id = ?")
        let insertComment = try db.makeStatement(sql: """
            INSERT INTO diary_comment (id, diary_id, parent_id, author_kind, author_name, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let rubric = Rubric.countyDefault
        let day: Int64 = 86400
        // Reviewers differ: the last one scores more than a point lower than the others
        // (calibration flags it).
        let reviewerBias = reviewers.indices.map { $0 == reviewers.count - 1 ? -1.3 : Double($0) * 0.2 }
        var diaryId: Int64 = 0
        var commentId: Int64 = 0
        var pointNames: [Int64: String] = [:]
        for township in townships { for point in township.contactPoints { pointNames[point.id] = point.name } }

        for cadre in cadres {
            let stop = cadre.left ?? now
            var visit = cadre.joined + random.int64((5 * day)...(30 * day))
            while visit < stop - 3600 {
                diaryId += 1
                let submitted = min(now - 60, visit + random.int64(3600...(10 * 3600)))
                let age = now - submitted
                let point = random.pick(cadre.contactPoints)
                let photos = (0..<random.int(0...3)).map { "\"photos/\(cadre.id)/\(self.day(visit))-\($0 + 1).jpg\"" }
                let state: DiaryState
                switch age {
                case ..<(3 * day): state = .submitted
                case ..<(14 * day): state = [.submitted, .inReview, .reviewed, .feedbackPublished][random.weightedIndex([5, 2, 1, 2])]
                case ..<(60 * day): state = [.submitted, .returned, .reviewed, .feedbackPublished][random.weightedIndex([8, 1, 5, 86])]
                default: state = [.submitted, .returned, .reviewed, .feedbackPublished][random.weightedIndex([0, 1, 5, 94])]
                }
                try insertDiary.execute(arguments: [
                    diaryId, cadre.id, point, self.day(visit), submitted,
                    DiaryTexts.workLog(place: pointNames[point]!, youth: random.int(2...15), random: &random),
                    DiaryTexts.reflection(&random), "[\(photos.joined(separator: ","))]", state.rawValue,
                    state == .submitted ? 1 : 2,
                ])

                if state != .submitted {
                    let reviewedAt = min(now - 60, submitted + random.int64((day / 2)...(6 * day)))
                    let reviewerCount = state != .inReview && random.chance(0.03) ? 2 : 1
                    let first = random.int(0...(reviewers.count - 1))
                    for offset in 0..<reviewerCount {
                        let reviewer = (first + offset) % reviewers.count
                        let scores = rubric.criteria.map { _ in
                            min(Rubric.maxScore, max(0, Int((cadre.diligence + reviewerBias[reviewer] + random.unit() * 1.6 - 0.8).rounded())))
                        }
                        let isDraft = state == .inReview
                        let scoresJSON = "{" + zip(rubric.criteria, scores).map { "\"\($0.code)\":\($1)" }.joined(separator: ",") + "}"
                        try insertReview.execute(arguments: [
                            diaryId, reviewers[reviewer].id, isDraft ? "{}" : scoresJSON, isDraft ? nil : rubric.total(scores),
                            isDraft ? "" : DiaryTexts.reviewComment(&random), isDraft ? "draft" : "submitted",
                            reviewedAt, isDraft ? nil : reviewedAt,
                        ])
                        if isDraft { try claim.execute(arguments: [reviewers[reviewer].id, reviewedAt, diaryId]) }
                    }
                    if reviewerCount == 2 { try double.execute(arguments: [diaryId]) }
                }

                if state == .feedbackPublished, random.chance(0.08) {
                    commentId += 1
                    let question = commentId
                    let asked = min(now - 60, submitted + random.int64(day...(8 * day)))
                    try insertComment.execute(arguments: [
                        question, diaryId, nil, "group", PersonNames.name(&random), random.pick(DiaryTexts.groupReplies), asked,
                    ])
                    if random.chance(0.5) {
                        commentId += 1
                        try insertComment.execute(arguments: [
                            commentId, diaryId, question, "cadre", cadre.name, random.pick(DiaryTexts.cadreReplies),
                            min(now - 30, asked + random.int64(3600...day)),
                        ])
                    }
                }
                visit += random.int64((10 * day)...(38 * day))
            }
        }
    }
}
