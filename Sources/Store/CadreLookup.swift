import Foundation
import GRDB
import LeagueCore

extension RosterStore {
    /// The active cadres `text` names, as a person types a name: those called exactly that;
    /// else those whose name holds it, whose pinyin starts with it (`zcx`) or whose phone it
    /// is — by name, at most `limit`. One is a choice made; several are for choosing from.
    public func cadresNamed(_ text: String, now: Date, limit: Int = 20) throws -> [CadreRow] {
        let typed = IMEText.folded(text).trimmed
        guard !typed.isEmpty else { return [] }
        let found = try cadres(CadreQuery(search: typed), now: now, limit: limit)
        let exact = found.filter { $0.name == typed }
        return exact.isEmpty ? found : exact
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
