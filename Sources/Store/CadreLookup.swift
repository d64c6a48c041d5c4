import GRDB

extension RosterStore {
    /// The cadre called `name`, or the only one whose name starts with it; nil when there is
    /// none or the prefix is not enough to tell.
    public func findCadre(named name: String) throws -> (id: Int64, name: String)? {
        try StoreError.translating(path: path) {
            try writer.read { db in
                if let exact = try Row.fetchOne(db, sql: "SELECT id, name FROM cadre WHERE name = ? ORDER BY active DESC, id LIMIT 1", arguments: [name]) {
                    return (try exact.value("id"), try exact.value("name"))
                }
                let starting = try Row.fetchAll(db, sql: "SELECT id, name FROM cadre WHERE substr(name, 1, ?) = ? LIMIT 2",
                                                arguments: [name.count, name])
                return starting.count == 1 ? (starting[0]["id"], starting[0]["name"]) : nil
            }
        }
    }
}

/// Someone a request can be given to: a cadre (with how many open requests they hold) or a
/// youth commune.
public struct AssigneeChoice: Equatable, Sendable {
    public enum Kind: String, Sendable { case cadre, commune }
    public var kind: Kind
    public var id: Int64
    public var name: String
    public var openLoad: Int
}

extension RosterStore {
    /// The active cadres of a township, least loaded first, then its youth communes.
    public func assigneeChoices(townshipId: Int64) throws -> [AssigneeChoice] {
        try writer.read { db in
            let cadres = try Row.fetchAll(db, sql: """
                SELECT cadre.id, cadre.name,
                       \(RequestSQL.openLoad(of: "cadre.id")) AS load
                FROM cadre WHERE township_id = ? AND active ORDER BY load, cadre.name
                """, arguments: [townshipId]).map {
                try AssigneeChoice(kind: .cadre, id: $0.value("id"), name: $0.value("name"), openLoad: $0.value("load"))
            }
            let communes = try Row.fetchAll(db, sql: "SELECT id, name FROM commune WHERE township_id = ? ORDER BY id", arguments: [townshipId]).map {
                try AssigneeChoice(kind: .commune, id: $0.value("id"), name: $0.value("name"), openLoad: 0)
            }
            return cadres + communes
        }
    }
}
