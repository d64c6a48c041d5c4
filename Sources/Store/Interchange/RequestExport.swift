import Foundation
import GRDB
import LeagueCore

/// The words a requests export writes, in the reader's language: its header and the names
/// of states, urgencies and sources (the desk's own, given by whoever exports).
public struct RequestExportWords: Sendable {
    /// Also the language of the categories' and townships' names.
    public var language: Language
    public var header: [String]
    public var state: @Sendable (RequestState) -> String
    public var urgency: @Sendable (Urgency) -> String
    public var source: @Sendable (RequestSource) -> String

    public init(language: Language, header: [String], state: @escaping @Sendable (RequestState) -> String, urgency: @escaping @Sendable (Urgency) -> String,
                source: @escaping @Sendable (RequestSource) -> String) {
        (self.language, self.header, self.state, self.urgency, self.source) = (language, header, state, urgency, source)
    }
}

extension RequestStore {
    /// The requests `filter` shows — the queue's own filter, search included — as CSV or a
    /// workbook for Excel or WPS, in the order `sort` shows them, read as a stream: reference, state,
    /// urgency, category, township, village, title, text, requester and phone (masked unless
    /// `includePersonal`), source, collector, assignee, the times of its steps and its
    /// resolution. Answers how many requests it wrote.
    @discardableResult
    public func exportRequests(filter: QueueFilter, sort: QueueSort = .newest, words: RequestExportWords, includePersonal: Bool, now: Date,
                               format: FileFormat = .csv, write: (Data) throws -> Void) throws -> Int {
        let matching = QueueSQL(filter: filter, now: now.unixSeconds)
        let english = words.language == .en
        let time = { (unix: Int64?) in unix.map { CountyTime.instantString(Date(unixSeconds: $0)) } ?? "" }
        return try StoreError.translating(path: path) {
            try writer.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT r.*, \(english ? "c.name_en" : "c.name_zh") AS category, \(english ? "t.name_en" : "t.name") AS township,
                           p.name AS village, y.name AS requester, y.phone AS requester_phone, k.name AS collector,
                           coalesce(a.name, m.name) AS assignee
                    FROM (\(matching.selection)) r
                    JOIN category c ON c.id = r.category_id JOIN township t ON t.id = r.township_id
                    LEFT JOIN contact_point p ON p.id = r.contact_point_id LEFT JOIN young_person y ON y.id = r.requester_id
                    LEFT JOIN cadre k ON k.id = r.collector_id LEFT JOIN cadre a ON a.id = r.assignee_cadre_id
                    LEFT JOIN commune m ON m.id = r.assignee_commune_id
                    ORDER BY \(QueueSQL.order(sort, of: "r"))
                    """, arguments: matching.selectionArguments)
                return try RowFile.write(format, header: words.header, sheetName: "requests", to: write, rows: rows) { row in
                    let phone: String? = try row.value("requester_phone")
                    return [
                        try row.value("ref"), (try RequestState(rawValue: row.value("state"))).map(words.state) ?? "",
                        (try Urgency(rawValue: row.value("urgency"))).map(words.urgency) ?? "", try row.value("category"),
                        try row.value("township"), try row.value("village") ?? "", try row.value("title"), try row.value("body"),
                        try row.value("requester") ?? "", phone.map { includePersonal ? $0 : PhoneMask.mask($0) } ?? "",
                        (try RequestSource(rawValue: row.value("source"))).map(words.source) ?? "", try row.value("collector") ?? "",
                        try row.value("assignee") ?? "", time(try row.value("created_at")), time(try row.value("first_contact_at")),
                        time(try row.value("resolved_at")), time(try row.value("closed_at")), try row.value("resolution") ?? "",
                    ]
                }
            }
        }
    }
}
