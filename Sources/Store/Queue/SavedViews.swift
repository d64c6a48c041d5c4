import Foundation
import GRDB
import LeagueCore

/// A way of looking at the queue a person named to come back to: its filter, search and order.
public struct SavedView: Codable, Equatable, Sendable {
    public var name: String
    public var filter: QueueFilter
    public var sort: QueueSort

    public init(name: String, filter: QueueFilter, sort: QueueSort) {
        (self.name, self.filter, self.sort) = (name, filter, sort)
    }
}

extension RequestStore {
    /// `operatorId`'s saved views, by name.
    public func savedViews(of operatorId: Int64) throws -> [SavedView] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT name, filter, sort FROM saved_view WHERE operator_id = ? ORDER BY name", arguments: [operatorId])
                    .compactMap { row in
                        // A view a later version cannot read is left out, not a failure.
                        guard let filter = try? JSONDecoder().decode(QueueFilter.self, from: Data((try row.value("filter") as String).utf8)),
                              let sort = QueueSort(rawValue: try row.value("sort")) else { return nil }
                        return SavedView(name: try row.value("name"), filter: filter, sort: sort)
                    }
            }
        }
    }

    /// Saves `view` for `operatorId`, over one of the same name.
    public func saveView(_ view: SavedView, of operatorId: Int64) throws {
        let filter = String(decoding: try JSONEncoder().encode(view.filter), as: UTF8.self)
        try StoreError.translating(path: path) {
            try writer.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO saved_view (operator_id, name, filter, sort) VALUES (?, ?, ?, ?)",
                               arguments: [operatorId, view.name, filter, view.sort.rawValue])
            }
        }
    }
}
