import Foundation
import GRDB
import LeagueCore

/// Counts of everything in a database, for the county and for each township: what
/// `circledesk stats` prints and what the demo's figures are checked against.
public struct CountyStats: Codable, Equatable, Sendable {
    public struct Figures: Codable, Equatable, Sendable {
        public var townships = 0
        public var contactPoints = 0
        public var communes = 0
        public var cadres = 0
        public var activeCadres = 0
        public var youthInContact = 0
        public var requests = 0
        public var openRequests = 0
        public var overdueRequests = 0
        public var solvedRequests = 0
        public var diaries = 0
        public var reviewedDiaries = 0
        public var surveyResponses = 0
        public var suggestions = 0
        public var answeredSuggestions = 0

        public init(
            townships: Int = 0,
            contactPoints: Int = 0,
            communes: Int = 0,
            cadres: Int = 0,
            activeCadres: Int = 0,
            youthInContact: Int = 0,
            requests: Int = 0,
            openRequests: Int = 0,
            overdueRequests: Int = 0,
            solvedRequests: Int = 0,
            diaries: Int = 0,
            reviewedDiaries: Int = 0,
            surveyResponses: Int = 0,
            suggestions: Int = 0,
            answeredSuggestions: Int = 0
        ) {
            self.townships = townships
            self.contactPoints = contactPoints
            self.communes = communes
            self.cadres = cadres
            self.activeCadres = activeCadres
            self.youthInContact = youthInContact
            self.requests = requests
            self.openRequests = openRequests
            self.overdueRequests = overdueRequests
            self.solvedRequests = solvedRequests
            self.diaries = diaries
            self.reviewedDiaries = reviewedDiaries
            self.surveyResponses = surveyResponses
            self.suggestions = suggestions
            self.answeredSuggestions = answeredSuggestions
        }
    }

    public struct Township: Codable, Equatable, Sendable {
        public var name: String
        public var figures: Figures

        public init(name: String, figures: Figures) {
            self.name = name
            self.figures = figures
        }
    }

    /// Rows in each table, by table name.
    public var tables: [String: Int]
    public var county: Figures
    /// In the county's own order.
    public var townships: [Township]

    public init(tables: [String: Int], county: Figures, townships: [Township]) {
        self.tables = tables
        self.county = county
        self.townships = townships
    }
}

extension AppDatabase {
    /// Counts everything; "overdue" is judged at `now`.
    public func stats(now: Date) throws -> CountyStats {
        try StoreError.translating(path: path) {
            try writer.read { db in try CountyStats.compute(db, now: now.unixSeconds) }
        }
    }
}

extension CountyStats {
    fileprivate static func compute(_ db: Database, now: Int64) throws -> CountyStats {
        // The county's own tables: not SQLite's, GRDB's, nor the search index and its
        // shadows, nor the tallies (figures about the others).
        let tallies = Set(Tallies.all.map(\.table))
        let tableNames = try String.fetchAll(db, sql: """
            SELECT name FROM pragma_table_list
            WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            ORDER BY name
            """).filter { !tallies.contains($0) }
        // The tables that grow with the history have their rows tallied; the others are counted.
        // Only the county's tables are named, whatever else a tally edited by hand holds.
        let tallied = try Dictionary(Row.fetchAll(db, sql: "SELECT name, rows FROM \(Tallies.tableRows.table)").map {
            (try $0.decode(String.self, atIndex: 0), try $0.tallied(atIndex: 1))
        }, uniquingKeysWith: +)
        var tables: [String: Int] = [:]
        for name in tableNames {
            tables[name] = Tallies.grownTables.contains(name)
                ? tallied[name] ?? 0 : try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name.quotedDatabaseIdentifier)")
        }

        let townshipRows = try Row.fetchAll(db, sql: "SELECT id, name FROM township ORDER BY position")
        var byTownship: [Int64: Figures] = [:]
        for row in townshipRows { byTownship[try row.value("id")] = Figures(townships: 1) }

        /// Adds per-township counts from `sql` (township_id, then one count per key path).
        func tally(_ sql: String, _ keyPaths: [WritableKeyPath<Figures, Int>]) throws {
            for row in try Row.fetchAll(db, sql: sql) {
                guard let township = try row.decode(Int64?.self, atIndex: 0) else { continue }
                for (index, keyPath) in keyPaths.enumerated() {
                    byTownship[township, default: Figures()][keyPath: keyPath] += try row.tallied(atIndex: index + 1)
                }
            }
        }
        try tally("SELECT township_id, count(*) FROM contact_point GROUP BY township_id", [\.contactPoints])
        try tally("SELECT township_id, count(*) FROM commune GROUP BY township_id", [\.communes])
        try tally("""
            SELECT township_id, count(*), sum(active), sum(youth_in_contact) FROM cadre GROUP BY township_id
            """, [\.cadres, \.activeCadres, \.youthInContact])
        // The history's figures from the tallies: by township, diaries by cadre, open and
        // overdue from the clocks'.
        try tally("""
            SELECT township_id, requests, solved, responses, suggestions, answered_suggestions FROM township_tally
            """, [\.requests, \.solvedRequests, \.surveyResponses, \.suggestions, \.answeredSuggestions])
        try tally("""
            SELECT c.township_id, sum(t.diaries), sum(t.reviewed) FROM cadre_diary_tally t JOIN cadre c ON c.id = t.cadre_id GROUP BY c.township_id
            """, [\.diaries, \.reviewedDiaries])
        try tally("SELECT township_id, sum(open) FROM clock_tally GROUP BY township_id", [\.openRequests])
        for row in try Tallies.clocks.read(over: Int64.min..<now, by: ["township_id"], db) {
            byTownship[try row.value("township_id"), default: Figures()].overdueRequests += try row.tallied("open")
        }

        let townships = try townshipRows.map { row in
            try Township(name: row.value("name"), figures: byTownship[row.value("id")] ?? Figures())
        }
        var county = byTownship.values.reduce(into: Figures()) { total, figures in total.add(figures) }
        // Suggestions need not name a township; the county counts them all.
        county.suggestions = tables["suggestion"] ?? 0
        county.answeredSuggestions = try Int.fetchOne(db, sql: "SELECT count(answered_at) FROM suggestion") ?? 0
        return CountyStats(tables: tables, county: county, townships: townships)
    }
}

extension CountyStats.Figures {
    fileprivate mutating func add(_ other: Self) {
        let all: [WritableKeyPath<Self, Int>] = [
            \.townships, \.contactPoints, \.communes, \.cadres, \.activeCadres, \.youthInContact,
            \.requests, \.openRequests, \.overdueRequests, \.solvedRequests, \.diaries,
            \.reviewedDiaries, \.surveyResponses, \.suggestions, \.answeredSuggestions,
        ]
        for keyPath in all { self[keyPath: keyPath] += other[keyPath: keyPath] }
    }
}
