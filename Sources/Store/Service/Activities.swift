import Foundation
import GRDB
import LeagueCore

/// An activity put to young people as a menu (服务菜单 / 点单下菜): the replies counted per
/// option, the comments, and how the activity changed because of them.
public struct ActivityPoll: Codable, Equatable, Sendable {
    public struct Option: Codable, Equatable, Sendable {
        public var position: Int
        public var label: String
        public var replies: Int
    }

    public var id: Int64
    public var title: String
    public var township: String?
    public var draft: String
    public var postedAt: Int64
    public var options: [Option]
    public var comments: [String]
    public var outcome: String?

    public var replies: Int { options.map(\.replies).reduce(0, +) }
}

/// Why an activity step was not recorded.
public enum ActivityError: Error, Equatable, Sendable {
    case blankTitle
    case tooFewOptions
    case noSuchActivity(Int64)
    case noSuchOption(Int)
    case blankOutcome
    case notAllowed
}

extension ServiceStore {
    /// Every activity, the newest first, with its tally.
    public func activityPolls() throws -> [ActivityPoll] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.*, t.name AS township FROM activity a LEFT JOIN township t ON t.id = a.township_id ORDER BY a.posted_at DESC, a.id DESC
                    """).map { row in
                    let id: Int64 = try row.value("id")
                    let options = try Row.fetchAll(db, sql: """
                        SELECT o.position, o.label, (SELECT count(*) FROM activity_reply r WHERE r.activity_id = o.activity_id
                          AND r.position = o.position) AS n
                        FROM activity_option o WHERE o.activity_id = ? ORDER BY o.position
                        """, arguments: [id]).map { ActivityPoll.Option(position: try $0.value("position"), label: try $0.value("label"), replies: try $0.value("n")) }
                    let comments = try String.fetchAll(db, sql: """
                        SELECT comment FROM activity_reply WHERE activity_id = ? AND comment != '' ORDER BY replied_at, id
                        """, arguments: [id])
                    return try ActivityPoll(id: id, title: row.value("title"), township: row.value("township"), draft: row.value("draft"), postedAt: row.value("posted_at"),
                                        options: options, comments: comments, outcome: try row.value("outcome"))
                }
            }
        }
    }

    /// Posts an activity draft with its menu (two options at least); returns its number.
    @discardableResult
    public func postActivity(title: String, draft: String, options: [String], township: String?, by account: Operator,
                             at now: Date) throws -> Int64 {
        guard [.admin, .desk, .townshipSecretary].contains(account.role) else { throw ActivityError.notAllowed }
        guard !title.trimmed.isEmpty else { throw ActivityError.blankTitle }
        let labels = options.map(\.trimmed).filter { !$0.isEmpty }
        guard labels.count >= 2 else { throw ActivityError.tooFewOptions }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                let townshipId = try township.flatMap { $0.trimmed.isEmpty ? nil : try RosterLookup(db).township(named: $0) }
                try db.execute(sql: "INSERT INTO activity (title, township_id, draft, posted_at) VALUES (?, ?, ?, ?)",
                               arguments: [title.trimmed, townshipId ?? account.ownTownship,
                                           draft.trimmed, now.unixSeconds])
                let id = db.lastInsertedRowID
                for (index, label) in labels.enumerated() {
                    try db.execute(sql: "INSERT INTO activity_option (activity_id, position, label) VALUES (?, ?, ?)",
                                   arguments: [id, index + 1, label])
                }
                return id
            }
        }
    }

    /// One reply: the option chosen (numbered from 1), who (if they said) and their comment.
    public func recordActivityReply(activity id: Int64, option: Int, respondent: String, comment: String, at now: Date) throws {
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM activity WHERE id = ?)", arguments: [id]).required() else {
                    throw ActivityError.noSuchActivity(id)
                }
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM activity_option WHERE activity_id = ? AND position = ?)",
                                        arguments: [id, option]).required() else { throw ActivityError.noSuchOption(option) }
                try db.execute(sql: "INSERT INTO activity_reply (activity_id, position, respondent, comment, replied_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, option, respondent.trimmed, comment.trimmed, now.unixSeconds])
            }
        }
    }

    /// Records how the activity changed because of the replies.
    public func recordActivityOutcome(activity id: Int64, outcome: String, by account: Operator, at now: Date) throws {
        guard [.admin, .desk, .townshipSecretary].contains(account.role) else { throw ActivityError.notAllowed }
        guard !outcome.trimmed.isEmpty else { throw ActivityError.blankOutcome }
        try StoreError.translating(path: path) {
            try writer.write { db in
                try db.execute(sql: "UPDATE activity SET outcome = ?, changed_at = ? WHERE id = ?", arguments: [outcome.trimmed, now.unixSeconds, id])
                guard db.changesCount == 1 else { throw ActivityError.noSuchActivity(id) }
            }
        }
    }
}
