import Foundation
import GRDB
import LeagueCore

/// One step anyone took, for the day log: when, who, on what, and what they did.
public struct LogEntry: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case request, cadre, diary, squad }

    public var at: Int64
    /// The operator's name, or who the history names (a village branch, a cadre).
    public var who: String
    public var kind: Kind
    /// A request's reference and title, a cadre's name, a diary's cadre and visit day, a squad's name.
    public var subject: String
    public var action: String
    public var township: String?
    public var note: String
    /// A contact's channel, and whether it came after the first.
    public var channel: ContactChannel? = nil
    public var contactAgain = false
}

/// Which steps the day log shows.
public struct LogQuery: Sendable {
    public var since: Date
    public var until: Date
    /// An operator's login or name, or a name the history gives.
    public var who: String?
    public var townshipId: Int64?
    /// At most this many, the latest (a desk's screenful of a busy day); nil for all.
    public var latest: Int?

    public init(since: Date, until: Date, who: String? = nil, townshipId: Int64? = nil) {
        (self.since, self.until, self.who, self.townshipId) = (since, until, who, townshipId)
    }
}

extension AppDatabase {
    /// Every step taken between `since` and `until` on requests, cadres, diaries and squads,
    /// oldest first (the latest `query.latest` of them when given), by `who` and in
    /// `townshipId` when given: the office's "who did what".
    /// Each table is read by its time index, so a day costs what the day holds.
    public func dayLog(_ query: LogQuery) throws -> [LogEntry] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                let who = query.who?.trimmed ?? ""
                let sql = """
                    SELECT * FROM (
                      SELECT e.at, coalesce(o.name, e.actor) AS who, o.login, 'request' AS kind, r.ref || ' ' || r.title AS subject,
                             e.action, r.township_id, e.note, e.id,
                             CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.channel') END AS channel,
                             CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.again') IS NOT NULL ELSE 0 END AS again
                      FROM request_event e JOIN help_request r ON r.id = e.request_id LEFT JOIN operator o ON o.id = e.operator_id
                      WHERE e.at >= :since AND e.at < :until
                      UNION ALL
                      SELECT e.at, coalesce(o.name, '-'), o.login, 'cadre', c.name, e.action, c.township_id, '', e.id, NULL, 0
                      FROM cadre_event e JOIN cadre c ON c.id = e.cadre_id LEFT JOIN operator o ON o.id = e.operator_id
                      WHERE e.at >= :since AND e.at < :until
                      UNION ALL
                      SELECT e.at, coalesce(o.name, c.name), o.login, 'diary', c.name || ' ' || d.visit_on, e.action, c.township_id, e.note, e.id, NULL, 0
                      FROM diary_event e JOIN diary d ON d.id = e.diary_id JOIN cadre c ON c.id = d.cadre_id
                      LEFT JOIN operator o ON o.id = e.operator_id
                      WHERE e.at >= :since AND e.at < :until
                      UNION ALL
                      SELECT e.at, coalesce(o.name, '-'), o.login, 'squad', s.name, e.action, s.township_id, e.note, e.id, NULL, 0
                      FROM squad_event e JOIN help_squad s ON s.id = e.squad_id LEFT JOIN operator o ON o.id = e.operator_id
                      WHERE e.at >= :since AND e.at < :until
                    )
                    WHERE (:who = '' OR who = :who OR login = :who) AND (:township IS NULL OR township_id = :township)
                    ORDER BY at DESC, kind DESC, id DESC LIMIT :limit
                    """
                let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM township").map {
                    (try $0.value("id") as Int64, try $0.value("name") as String)
                })
                return try Row.fetchAll(db, sql: sql, arguments: [
                    "since": query.since.unixSeconds, "until": query.until.unixSeconds, "who": who, "township": query.townshipId, "limit": query.latest ?? -1,
                ]).reversed().map { row in
                    LogEntry(at: try row.value("at"), who: try row.value("who"), kind: LogEntry.Kind(rawValue: try row.value("kind")) ?? .request,
                             subject: try row.value("subject"), action: try row.value("action"),
                             township: (try row.value("township_id") as Int64?).flatMap { names[$0] }, note: try row.value("note"),
                             channel: (try row.value("channel") as String?).flatMap(ContactChannel.init(rawValue:)), contactAgain: try row.value("again"))
                }
            }
        }
    }
}
