import Foundation
import GRDB
import LeagueCore

/// One township's line in the roster: who covers it and how they are doing.
public struct TownshipSummary: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var nameEn: String
    public var activeCadres: Int
    public var communes: Int
    public var youthInContact: Int
    public var openRequests: Int
    public var overdueRequests: Int
    /// Diaries of visits in this calendar month.
    public var diariesThisMonth: Int
    /// The mean review total (out of 100) of this month's reviewed diaries.
    public var meanScore: Double?
    /// Periodic survey answers of the last twelve months.
    public var satisfaction: Satisfaction.Figure

    /// The township's name in `language`.
    public func name(_ language: Language) -> String { BilingualName(zh: name, en: nameEn)(language) }
}

/// The orders the cadre list can be read in.
public enum CadreSort: String, CaseIterable, Codable, Sendable {
    /// By the pinyin of their names, the way a Chinese list is alphabetised.
    case name
    /// Most open requests first.
    case openLoad
    /// Longest without a diary first.
    case lastDiary
    /// Lowest recent score first: who may need help.
    case score
}

/// One cadre's line in a list.
public struct CadreRow: Codable, Equatable, Sendable, FetchableRecord {
    public var id: Int64
    public var name: String
    public var role: CadreRole
    public var townshipId: Int64
    public var commune: String?
    public var phone: String?
    public var youthInContact: Int
    public var active: Bool
    public var openRequests: Int
    /// The day of their latest visit diary (`YYYY-MM-DD`).
    public var lastDiaryOn: String?
    /// Mean review total of the diaries of the last 90 days.
    public var recentScore: Double?
    public var version: Int

    /// What a cadre's line is read from, in this order, for `cadre c` and `commune m` (its
    /// commune, left joined); `?1` is the day 90 days ago, from which the recent score counts.
    /// The latest visit is the tally's (v21; '' for none): one row of 24,500 where the
    /// diaries' index held 3.4 million at a hundred times the county.
    static let selection = """
        c.id, c.name, c.role, c.township_id, m.name AS commune, c.phone, c.youth_in_contact, c.active,
          \(RequestSQL.openLoad(of: "c.id")) AS open_requests,
          nullif((SELECT last_visit FROM \(Tallies.lastVisits.table) WHERE cadre_id = c.id), '') AS last_diary_on,
          (SELECT avg(r.total) FROM diary d JOIN diary_review r ON r.diary_id = d.id AND r.state = \(ReviewState.submitted.sql)
            WHERE d.cadre_id = c.id AND d.visit_on >= ?1) AS recent_score,
          c.version
        """

    /// Read from `selection`'s columns by position (by name, each column was looked for among
    /// the row's names: most of a township's list's time at 1,300 cadres); a NULL where a value
    /// is needed, a value of another type or a role this version does not know is an error where
    /// it is read, not a trap.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        name = try row.decode(atIndex: 1)
        let role: String = try row.decode(atIndex: 2)
        guard let known = CadreRole(rawValue: role) else { throw UnknownStoredValue(column: "role", value: role) }
        self.role = known
        townshipId = try row.decode(atIndex: 3)
        commune = try row.decode(atIndex: 4)
        phone = try row.decode(atIndex: 5)
        youthInContact = try row.decode(atIndex: 6)
        active = try row.decode(atIndex: 7)
        openRequests = try row.decode(atIndex: 8)
        lastDiaryOn = try row.decode(atIndex: 9)
        recentScore = try row.decode(atIndex: 10)
        version = try row.decode(atIndex: 11)
    }
}

/// Which cadres a list shows.
public struct CadreQuery: Codable, Equatable, Sendable {
    /// Nil: the whole county.
    public var townshipId: Int64?
    /// Part of a name, or the start of its pinyin ("zcx", "zhang").
    public var search = ""
    public var includeInactive = false
    public var sort: CadreSort = .name

    public init(townshipId: Int64? = nil, search: String = "", includeInactive: Bool = false, sort: CadreSort = .name) {
        self.townshipId = townshipId
        self.search = search
        self.includeInactive = includeInactive
        self.sort = sort
    }
}

extension RosterStore {
    /// The township table's figures kept by township (v20): each township's active cadres and
    /// the young people they are in contact with, and its diaries from the month `?` on with
    /// their mean score. Each reads a row per township.
    static let townshipCadres = "SELECT township_id, cadres AS n, youth FROM \(Tallies.townshipCadres.table)"
    static let townshipDiaries = """
        SELECT township_id, sum(diaries) AS n, sum(score_total) / nullif(sum(reviews), 0) AS score
        FROM \(Tallies.townshipDiaries.table) WHERE month >= ? GROUP BY township_id
        """

    /// The 19 townships in the county's order, each with its figures at `now`.
    public func townshipSummaries(now: Date) throws -> [TownshipSummary] {
        let month = String(CountyTime.dayString(now).prefix(7))
        let yearAgo = now.unixSeconds - 365 * 86400
        return try StoreError.translating(path: path) {
            try writer.read { db in
                func counts(_ sql: String, _ arguments: StatementArguments = []) throws -> [Int64: Row] {
                    Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql, arguments: arguments).map { (try $0.value("township_id"), $0) })
                }
                let cadres = try counts(Self.townshipCadres)
                let communes = try counts("SELECT township_id, count(*) AS n FROM commune GROUP BY township_id")
                // Open and overdue from the clocks' tally: all its days, and the days before now.
                let open = try counts("SELECT township_id, total(open) AS open FROM clock_tally GROUP BY township_id")
                let overdue = Dictionary(uniqueKeysWithValues: try Tallies.clocks.read(over: Int64.min..<now.unixSeconds, by: ["township_id"], db).map {
                    (try $0.value("township_id") as Int64, try $0.tallied("open"))
                })
                let diaries = try counts(Self.townshipDiaries, [month])
                let satisfaction = try SurveyStore.satisfaction(kind: .periodic, in: yearAgo..<Int64.max, byTownship: true, db)
                return try Row.fetchAll(db, sql: "SELECT id, name, name_en FROM township ORDER BY position").map { row in
                    let id: Int64 = try row.value("id")
                    return TownshipSummary(
                        id: id, name: try row.value("name"), nameEn: try row.value("name_en"),
                        activeCadres: try cadres[id]?.tallied("n") ?? 0, communes: communes[id]?["n"] ?? 0,
                        youthInContact: try cadres[id]?.tallied("youth") ?? 0,
                        openRequests: try open[id]?.tallied("open") ?? 0, overdueRequests: overdue[id] ?? 0,
                        diariesThisMonth: try diaries[id]?.tallied("n") ?? 0, meanScore: diaries[id]?["score"],
                        satisfaction: satisfaction[id] ?? Satisfaction.Figure(satisfied: 0, answers: 0))
                }
            }
        }
    }

    /// The cadres `query` asks for, at most `limit` of them.
    public func cadres(_ query: CadreQuery, now: Date, limit: Int = 2000) throws -> [CadreRow] {
        var terms: [String] = []
        var arguments: StatementArguments = [CountyTime.dayString(now.addingTimeInterval(-90 * 86400))]
        if let township = query.townshipId {
            terms.append("c.township_id = ?")
            arguments += [township]
        }
        if !query.includeInactive { terms.append("c.active") }
        let search = query.search.trimmingCharacters(in: .whitespaces)
        if !search.isEmpty {
            let pattern = Self.likeEscaped(search)
            terms.append(Pinyin.isQuery(search)
                ? "(' ' || c.name_pinyin LIKE '% ' || ? || '%' ESCAPE '\\')"
                : "(c.name LIKE '%' || ? || '%' ESCAPE '\\' OR c.phone = ?)")
            arguments += Pinyin.isQuery(search) ? [pattern] : [pattern, MainlandMobile.normalized(search) ?? search]
        }
        let order = switch query.sort {
        case .name: "c.name_pinyin, c.name, c.id"
        case .openLoad: "open_requests DESC, c.id"
        case .lastDiary: "last_diary_on IS NOT NULL, last_diary_on, c.id"
        case .score: "recent_score IS NULL, recent_score, c.id"
        }
        arguments += [limit]
        return try StoreError.translating(path: path) {
            try writer.read { db in
                // Read as the statement steps: `Row.fetchAll` would copy each row's values first.
                try Array(Row.fetchCursor(db, sql: """
                    SELECT \(CadreRow.selection)
                    FROM cadre c LEFT JOIN commune m ON m.id = c.commune_id
                    \(terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND "))
                    ORDER BY \(order) LIMIT ?
                    """, arguments: arguments).map { try CadreRow(row: $0) })
            }
        }
    }

    /// `text` for a LIKE pattern with `\` as the escape: its % and _ match themselves.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}

/// A youth commune, for choosing one in a form.
public struct CommuneEntry: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var townshipId: Int64
}

extension RosterStore {
    /// Every youth commune, by township and name.
    public func communeList() throws -> [CommuneEntry] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT id, name, township_id FROM commune ORDER BY township_id, name").map {
                    try CommuneEntry(id: $0.value("id"), name: $0.value("name"), townshipId: $0.value("township_id"))
                }
            }
        }
    }
}
