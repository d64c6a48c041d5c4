import Foundation
import GRDB
import LeagueCore

/// A diary's line in the reviewer's queue.
public struct DiaryRow: Codable, Equatable, Sendable, FetchableRecord {
    public var id: Int64
    public var cadreId: Int64
    public var cadre: String
    public var townshipId: Int64
    public var visitOn: String
    public var submittedAt: Int64
    public var state: DiaryState
    /// Who holds it while scoring, if anyone.
    public var claimedBy: Int64?
    public var claimedByName: String?
    public var reviewsWanted: Int
    public var reviewsDone: Int
    public var version: Int

    /// Read from `AppDatabase.diaryRowColumns` by name; see `QueueRow.init(row:)`.
    public init(row: Row) throws {
        id = try row.value("id")
        cadreId = try row.value("cadre_id")
        cadre = try row.value("cadre")
        townshipId = try row.value("township_id")
        visitOn = try row.value("visit_on")
        submittedAt = try row.value("submitted_at")
        state = try row.stored("state")
        claimedBy = try row.value("claimed_by")
        claimedByName = try row.value("claimed_by_name")
        reviewsWanted = try row.value("reviews_wanted")
        reviewsDone = try row.value("reviews_done")
        version = try row.value("version")
    }
}

/// How many diaries wait, for the status line.
public struct DiaryCounts: Codable, Equatable, Sendable {
    public var waiting = 0
    /// Held by the person asking.
    public var mine = 0
    /// Submitted more than 7 days ago and still not reviewed.
    public var overAWeek = 0

    public init(waiting: Int = 0, mine: Int = 0, overAWeek: Int = 0) {
        self.waiting = waiting
        self.mine = mine
        self.overAWeek = overAWeek
    }
}

/// One diary in full, as a reviewer sees it.
public struct DiaryDetail: Codable, Equatable, Sendable {
    public struct Review: Codable, Equatable, Sendable {
        public var reviewer: String
        public var scores: [Int?]
        public var total: Double?
        public var comment: String
        public var submitted: Bool
        public var at: Int64
    }

    public struct Comment: Codable, Equatable, Sendable {
        public var id: Int64
        public var parentId: Int64?
        /// reviewer, cadre or group.
        public var authorKind: String
        public var author: String
        public var body: String
        public var at: Int64
        /// 0 for a comment on the diary, 1 for a reply to it, and so on.
        public var depth = 0
    }

    public var row: DiaryRow
    public var contactPoint: String?
    public var workLog: String
    public var reflections: String
    /// The photos as the diary lists them: file names, paths or links, as written.
    public var photos: [String]
    /// The rubric the reader's review uses (or will use).
    public var rubric: StoredRubric
    /// The reader's own review, draft or submitted.
    public var mine: Review?
    /// Colleagues' submitted reviews, shown once every review the diary wants is in.
    public var others: [Review]
    /// Colleagues' reviews not shown yet (double review: independent until both are in).
    public var hiddenReviews: Int
    /// In thread order: each comment after the one it answers.
    public var comments: [Comment]
    /// The photos kept with it (those of its list that came with the import), in its order.
    public var keptPhotos: [KeptPhoto] = []
}

extension DiaryStore {
    /// Diaries waiting for review, oldest first, after `after` (a row's submitted time and id):
    /// those no one holds, and those someone holds (shown as theirs). Diaries the reader has
    /// already scored (the first of a double review) are left out.
    public func reviewQueue(for reader: Operator, after: (Int64, Int64)? = nil, limit: Int) throws -> [DiaryRow] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT \(Self.diaryRowColumns) FROM diary d INDEXED BY diary_waiting
                    JOIN cadre c ON c.id = d.cadre_id LEFT JOIN operator o ON o.id = d.claimed_by
                    WHERE d.state IN (\(DiaryState.waiting.sql)) AND (d.submitted_at, d.id) > (?, ?)
                      AND NOT EXISTS (SELECT 1 FROM diary_review WHERE diary_id = d.id AND reviewer_id = ? AND state = \(ReviewState.submitted.sql))
                    ORDER BY d.submitted_at, d.id LIMIT ?
                    """, arguments: [after?.0 ?? Int64.min, after?.1 ?? Int64.min, reader.id, limit]).map { try DiaryRow(row: $0) }
            }
        }
    }

    public func diaryCounts(for reader: Operator, now: Date) throws -> DiaryCounts {
        try StoreError.translating(path: path) {
            try writer.read { db in
                // Each count from an index alone: the waiting ones by time, the held ones by holder.
                let row = try Row.fetchOne(db, sql: """
                    SELECT
                      (SELECT count(*) FROM diary INDEXED BY diary_waiting WHERE state IN (\(DiaryState.waiting.sql))) AS waiting,
                      (SELECT count(*) FROM diary INDEXED BY diary_claimed WHERE claimed_by = ?) AS mine,
                      (SELECT count(*) FROM diary INDEXED BY diary_waiting
                        WHERE state IN (\(DiaryState.waiting.sql)) AND submitted_at < ?) AS old
                    """, arguments: [reader.id, now.unixSeconds - DiaryState.reviewWithin]).required()
                return try DiaryCounts(waiting: row.value("waiting"), mine: row.value("mine"), overAWeek: row.value("old"))
            }
        }
    }

    static let diaryRowColumns = """
        d.id, d.cadre_id, c.name AS cadre, c.township_id, d.visit_on, d.submitted_at, d.state, d.claimed_by,
        o.name AS claimed_by_name, d.reviews_wanted, d.version,
        (SELECT count(*) FROM diary_review WHERE diary_id = d.id AND state = \(ReviewState.submitted.sql)) AS reviews_done
        """

    /// Diary `id` as `reader` may see it, or nil if there is none.
    public func diaryDetail(id: Int64, for reader: Operator) throws -> DiaryDetail? {
        try StoreError.translating(path: path) {
            try writer.read { db in
                guard let base = try Row.fetchOne(db, sql: """
                    SELECT \(Self.diaryRowColumns), d.work_log, d.reflections, d.photo_refs, p.name AS point
                    FROM diary d JOIN cadre c ON c.id = d.cadre_id LEFT JOIN operator o ON o.id = d.claimed_by
                    LEFT JOIN contact_point p ON p.id = d.contact_point_id WHERE d.id = ?
                    """, arguments: [id]) else { return nil }
                let row = try DiaryRow(row: base)
                let reviews = try Row.fetchAll(db, sql: """
                    SELECT r.*, o.name AS reviewer FROM diary_review r JOIN operator o ON o.id = r.reviewer_id
                    WHERE r.diary_id = ? ORDER BY r.id
                    """, arguments: [id])
                var rubrics: [Int64: StoredRubric] = [:]
                func rubric(_ id: Int64) throws -> StoredRubric {
                    if let known = rubrics[id] { return known }
                    let found = try Self.rubric(id, db) ?? Self.activeRubric(db)
                    rubrics[id] = found
                    return found
                }
                func review(_ row: Row) throws -> DiaryDetail.Review {
                    let state: String = try row.value("state")
                    return DiaryDetail.Review(
                        reviewer: try row.value("reviewer"), scores: ScoreRecord.scores(try row.value("scores"), try rubric(try row.value("rubric_id")).rubric),
                        total: try row.value("total"), comment: try row.value("comment"), submitted: state == "submitted", at: try row.value("updated_at"))
                }
                let mineRow = try reviews.first { try $0.value("reviewer_id") == reader.id }
                let others = try reviews.filter { try $0.value("reviewer_id") != reader.id && (try $0.value("state") as String) == "submitted" }
                // Independent until every review the diary wants is in.
                let allIn = row.reviewsDone >= row.reviewsWanted
                let photos = (try? JSONSerialization.jsonObject(with: Data((try base.value("photo_refs") as String).utf8))) as? [String] ?? []
                return DiaryDetail(
                    row: row, contactPoint: try base.value("point"), workLog: try base.value("work_log"), reflections: try base.value("reflections"), photos: photos,
                    rubric: try mineRow.map { try rubric(try $0.value("rubric_id")) } ?? Self.activeRubric(db),
                    mine: try mineRow.map(review), others: allIn ? try others.map(review) : [],
                    hiddenReviews: allIn ? 0 : others.count, comments: try Self.thread(id, db),
                    keptPhotos: try PhotoStore.photos(ofDiary: id, db))
            }
        }
    }

    /// A diary's comments, each reply after what it answers, oldest first at each level.
    static func thread(_ diaryId: Int64, _ db: Database) throws -> [DiaryDetail.Comment] {
        let all = try Row.fetchAll(db, sql: "SELECT * FROM diary_comment WHERE diary_id = ? ORDER BY id", arguments: [diaryId]).map {
            try DiaryDetail.Comment(id: $0.value("id"), parentId: $0.value("parent_id"), authorKind: $0.value("author_kind"), author: $0.value("author_name"),
                                body: try $0.value("body"), at: $0.value("created_at"))
        }
        var children: [Int64?: [DiaryDetail.Comment]] = [:]
        let ids = Set(all.map(\.id))
        for comment in all { children[comment.parentId.flatMap { ids.contains($0) ? $0 : nil }, default: []].append(comment) }
        var ordered: [DiaryDetail.Comment] = []
        func visit(_ parent: Int64?, depth: Int) {
            for var comment in children[parent] ?? [] {
                comment.depth = depth
                ordered.append(comment)
                visit(comment.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return ordered
    }
}
