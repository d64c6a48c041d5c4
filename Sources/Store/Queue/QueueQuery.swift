import Foundation
import GRDB
import LeagueCore

/// Which help requests the queue shows. Empty sets mean "any".
public struct QueueFilter: Codable, Equatable, Sendable {
    /// Empty: the open requests.
    public var states: Set<RequestState> = []
    public var categoryIds: Set<Int64> = []
    public var townshipIds: Set<Int64> = []
    public var urgencies: Set<Urgency> = []
    public var assigneeCadreId: Int64?
    /// Requests this operator has acted on.
    public var actedOnByOperatorId: Int64?
    public var overdueOnly = false
    /// Words in the title or body (or part of the reference).
    public var search = ""
    /// The one township an operator may see (township secretaries); not cleared with the
    /// other filters.
    public var scopeTownshipId: Int64?

    public init() {}

    /// True when nothing but the operator's scope narrows the open queue.
    public var isDefault: Bool { self == QueueFilter(scope: scopeTownshipId) }

    /// True when a word looked for in every state is all it asks, in no township's scope (a
    /// plain `/`).
    public var isPlainSearch: Bool {
        var plain = QueueFilter()
        plain.states = Set(RequestState.allCases)
        plain.search = search
        return !search.trimmingCharacters(in: .whitespaces).isEmpty && self == plain
    }

    /// No filter, within `scope`.
    public init(scope: Int64?) {
        scopeTownshipId = scope
    }
}

/// The orders the queue can be read in.
public enum QueueSort: String, CaseIterable, Codable, Sendable {
    /// Overdue first, then the most urgent, then the oldest.
    case priority
    case newest
    case oldest
}

/// One line of the queue.
public struct QueueRow: Codable, Equatable, Sendable, FetchableRecord {
    public var id: Int64
    public var ref: String
    public var title: String
    public var categoryId: Int64
    public var townshipId: Int64
    public var urgency: Urgency
    public var state: RequestState
    public var createdAt: Int64
    public var firstContactDue: Int64
    public var firstContactAt: Int64?
    public var resolutionDue: Int64
    public var slaPausedAt: Int64?
    /// For optimistic locking: what an action on this row must still find.
    public var version: Int
    /// Overdue at the moment the page was read.
    public var overdue: Bool

    /// Read from the queue's SELECT by column name: a column missing or of another type, or
    /// a state this version does not know, is an error where it is read, not a trap.
    public init(row: Row) throws {
        id = try row.value("id")
        ref = try row.value("ref")
        title = try row.value("title")
        categoryId = try row.value("category_id")
        townshipId = try row.value("township_id")
        urgency = try row.stored("urgency")
        state = try row.stored("state")
        createdAt = try row.value("created_at")
        firstContactDue = try row.value("first_contact_due")
        firstContactAt = try row.value("first_contact_at")
        resolutionDue = try row.value("resolution_due")
        slaPausedAt = try row.value("sla_paused_at")
        version = try row.value("version")
        overdue = try row.value("overdue")
    }

    /// Where this row stands in `sort`: what the next or previous page is read from.
    public func position(in sort: QueueSort) -> QueuePosition {
        QueuePosition(overdue: sort == .priority && overdue, urgency: urgency.rawValue, createdAt: createdAt, id: id)
    }

    /// A position just ahead of this row in `sort`, so that reading after it starts with
    /// this row: the same keys with the id one step back (ids come last in every order).
    public func positionJustBefore(in sort: QueueSort) -> QueuePosition {
        var position = position(in: sort)
        position.id += sort == .newest ? 1 : -1
        return position
    }
}

/// A row's place in the queue's order, for keyset paging: pages are read after or before
/// a position with the same indexes that order them, never with OFFSET.
public struct QueuePosition: Codable, Equatable, Sendable {
    public var overdue: Bool
    public var urgency: Int
    public var createdAt: Int64
    public var id: Int64
}

public enum QueueDirection: Codable, Sendable {
    /// Rows after the position, in queue order.
    case after
    /// Rows before the position, nearest first.
    case before
}

/// What the status line counts for the current filter.
public struct QueueCounts: Codable, Equatable, Sendable {
    /// How far a count goes: a count that reaches it is shown as "999+".
    public static let enough = 1000

    /// `count` as the status line shows it.
    public static func shown(_ count: Int) -> String { count >= enough ? "\(enough - 1)+" : String(count) }

    public var total: Int
    public var overdue: Int
    /// Collected since midnight, county time.
    public var newToday: Int

    public init(total: Int = 0, overdue: Int = 0, newToday: Int = 0) {
        self.total = total
        self.overdue = overdue
        self.newToday = newToday
    }
}
