import Foundation
import GRDB
import LeagueCore

/// A suggestion from young people (意见建议), as staff see it.
public struct SuggestionRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var ref: String
    public var content: String
    public var source: RequestSource
    public var township: String?
    public var receivedAt: Int64
    public var answer: String?
    public var answeredAt: Int64?
    public var answeredBy: String?

    /// Unanswered past the answer deadline at `now`: shown like an overdue request.
    public func overdue(at now: Int64) -> Bool { answer == nil && now - receivedAt > Suggestions.answerWithin }
}

/// Why a suggestion was not recorded.
public enum SuggestionError: Error, Equatable, Sendable {
    case emptyContent
    case emptyAnswer
    case unknownTownship(String)
    case noSuchSuggestion(String)
    /// Someone answered it already: who and when.
    case alreadyAnswered(by: String?, at: Int64)
    case notAllowed
}

/// "Every question answered" holds for suggestions too: each is answered within a week.
public enum Suggestions {
    public static let answerWithin: Int64 = 7 * 86400
    public static let prefix = "YJ"

    /// The first `?` suggestions of the list, with their township's and answerer's names.
    static func list(unansweredOnly: Bool) -> String {
        """
        SELECT s.*, t.name AS township, o.name AS answerer FROM suggestion s
        LEFT JOIN township t ON t.id = s.township_id LEFT JOIN operator o ON o.id = s.answered_by
        \(unansweredOnly ? "WHERE s.answer IS NULL" : "")
        ORDER BY \(listOrder(of: "s"))
        LIMIT ?
        """
    }

    /// The order of the suggestions' list: the unanswered oldest first, then the answered
    /// newest first. Spelled once: the list's index (v30) holds the same expressions.
    /// (`table`: the alias the suggestions are read by, if any.)
    static func listOrder(of table: String? = nil) -> String {
        let t = table.map { "\($0)." } ?? ""
        return "\(t)answer IS NOT NULL, CASE WHEN \(t)answer IS NULL THEN \(t)received_at ELSE -\(t)answered_at END, \(t)id"
    }

    /// The reference the next suggestion received in `year` gets.
    static func nextRef(_ db: Database, year: Int) throws -> String {
        let last = try String.fetchOne(db, sql: "SELECT ref FROM suggestion WHERE ref >= ? AND ref < ? ORDER BY ref DESC LIMIT 1",
                                       arguments: ["\(prefix)-\(year)-", "\(prefix)-\(year)."])
        return ReferenceCode(prefix: prefix, year: year, number: (last.flatMap(ReferenceCode.init)?.number ?? 0) + 1).description
    }
}

extension ServiceStore {
    /// Suggestions, the unanswered oldest first, then the answered newest first.
    public func suggestions(unansweredOnly: Bool = false, limit: Int = 500) throws -> [SuggestionRow] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: Suggestions.list(unansweredOnly: unansweredOnly), arguments: [limit]).map {
                    try SuggestionRow(id: $0.value("id"), ref: $0.value("ref"), content: $0.value("content"), source: RequestSource(rawValue: $0.value("source")) ?? .phone, township: $0.value("township"),
                                  receivedAt: try $0.value("received_at"), answer: $0.value("answer"), answeredAt: $0.value("answered_at"), answeredBy: $0.value("answerer"))
                }
            }
        }
    }

    /// Logs a suggestion (staff who keep the roster); returns its reference, YJ-2026-00012.
    @discardableResult
    public func addSuggestion(content: String, source: RequestSource, township: String?, by account: Operator, at now: Date) throws -> String {
        let text = content.trimmed
        guard !text.isEmpty else { throw SuggestionError.emptyContent }
        guard [.admin, .desk, .townshipSecretary].contains(account.role) else { throw SuggestionError.notAllowed }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                var townshipId: Int64? = nil
                if let township, !township.trimmed.isEmpty {
                    guard let id = try RosterLookup(db).township(named: township) else { throw SuggestionError.unknownTownship(township) }
                    townshipId = id
                }
                if account.role == .townshipSecretary { townshipId = account.townshipId }
                let ref = try Suggestions.nextRef(db, year: CountyTime.year(now))
                try db.execute(sql: "INSERT INTO suggestion (ref, content, source, township_id, received_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [ref, text, source.rawValue, townshipId, now.unixSeconds])
                return ref
            }
        }
    }

    /// Answers suggestion `ref`; one answered already is not answered over.
    public func answerSuggestion(ref: String, answer: String, by account: Operator, at now: Date) throws {
        let text = answer.trimmed
        guard !text.isEmpty else { throw SuggestionError.emptyAnswer }
        guard [.admin, .desk, .townshipSecretary].contains(account.role) else { throw SuggestionError.notAllowed }
        try StoreError.translating(path: path) {
            try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT s.id, s.answered_at, s.township_id, o.name FROM suggestion s LEFT JOIN operator o ON o.id = s.answered_by
                    WHERE s.ref = ?
                    """, arguments: [ref.uppercased()]) else { throw SuggestionError.noSuchSuggestion(ref) }
                if let at: Int64 = try row.value("answered_at") { throw SuggestionError.alreadyAnswered(by: try row.value("name"), at: at) }
                if account.role == .townshipSecretary, (try row.value("township_id") as Int64?) != account.townshipId { throw SuggestionError.notAllowed }
                try db.execute(sql: "UPDATE suggestion SET answer = ?, answered_at = ?, answered_by = ? WHERE id = ?",
                               arguments: [text, now.unixSeconds, account.id, try row.value("id") as Int64])
            }
        }
    }
}
