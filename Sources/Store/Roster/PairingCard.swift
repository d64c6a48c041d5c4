import Foundation
import GRDB
import LeagueCore

/// A pairing contact card (结对联系卡): which cadre looks after which young person, and
/// how they reach each other.
public struct PairingCard: Equatable, Sendable {
    public var cardNumber: String
    public var kind: PairingKind?
    public var startedOn: String
    public var endedOn: String?
    public var county: String
    public var cadre: String
    public var cadreRole: CadreRole?
    public var cadrePhone: String?
    public var township: String
    public var commune: String?
    public var youngPerson: String
    public var youngPersonPhone: String?
    public var contactPoint: String?
}

extension RosterStore {
    /// The card numbered `number` (any case), or nil.
    public func pairingCard(number: String) throws -> PairingCard? {
        try cards(where: "p.card_number = ? COLLATE NOCASE", [number.trimmingCharacters(in: .whitespaces)]).first
    }

    /// The cards of the pairings going on in the township named `township` (its name or
    /// English name), in card order; nil when there is no such township.
    public func pairingCards(township: String) throws -> [PairingCard]? {
        let name = township.trimmingCharacters(in: .whitespaces)
        let known = try StoreError.translating(path: path) {
            try writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM township WHERE name = ?1 OR name_en = ?1 COLLATE NOCASE)", arguments: [name]) ?? false
            }
        }
        guard known else { return nil }
        return try cards(where: "p.ended_on IS NULL AND (t.name = ? OR t.name_en = ? COLLATE NOCASE)", [name, name])
    }

    private func cards(where condition: String, _ arguments: StatementArguments) throws -> [PairingCard] {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT p.card_number, p.kind, p.started_on, p.ended_on, c.name AS cadre, c.role, c.phone AS cadre_phone,
                      t.name AS township, m.name AS commune, y.name AS young, y.phone AS young_phone, cp.name AS point,
                      (SELECT value FROM setting WHERE key = 'county_name') AS county
                    FROM pairing p JOIN cadre c ON c.id = p.cadre_id JOIN township t ON t.id = c.township_id
                    LEFT JOIN commune m ON m.id = c.commune_id JOIN young_person y ON y.id = p.young_person_id
                    LEFT JOIN contact_point cp ON cp.id = y.contact_point_id
                    WHERE \(condition) ORDER BY p.card_number
                    """, arguments: arguments).map { row in
                    PairingCard(
                        cardNumber: try row.value("card_number"), kind: PairingKind(rawValue: try row.value("kind")), startedOn: try row.value("started_on"),
                        endedOn: try row.value("ended_on"), county: try row.value("county") ?? "", cadre: try row.value("cadre"), cadreRole: CadreRole(rawValue: try row.value("role")),
                        cadrePhone: try row.value("cadre_phone"), township: try row.value("township"), commune: try row.value("commune"), youngPerson: try row.value("young"),
                        youngPersonPhone: try row.value("young_phone"), contactPoint: try row.value("point"))
                }
            }
        }
    }
}
