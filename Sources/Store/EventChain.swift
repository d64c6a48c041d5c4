import Crypto
import Foundation
import GRDB

/// The history's seal. Every row of an append-only event table carries a SHA-256 over its
/// values and the seal of the row before it, so that an event edited, deleted or inserted
/// behind the program's back breaks the chain where it is, and `check` names it. A trigger
/// seals each row as it is inserted, through the `event_seal` SQL function that every
/// connection of the program has: a stranger's `sqlite3` has it not, and cannot insert. The
/// head of all the chains is printed in the weekly summary and the backup log, so that even a
/// copy rewritten whole, seals and all, differs from what is on paper.
enum EventChain {
    /// The append-only event tables and their columns (but `id` and `seal`), in order.
    static let tables: [(name: String, columns: [String])] = [
        ("request_event", ["request_id", "at", "operator_id", "actor", "action", "from_state", "to_state", "note", "data"]),
        ("cadre_event", ["cadre_id", "at", "operator_id", "action", "changes"]),
        ("diary_event", ["diary_id", "at", "operator_id", "action", "from_state", "to_state", "note"]),
        ("squad_event", ["squad_id", "at", "operator_id", "action", "from_state", "to_state", "note"]),
    ]

    /// SHA-256, in hex, of the previous seal and the values, each written with its type so
    /// that no two different rows read the same (NULL, 1 and '1' differ).
    static func seal(previous: String?, values: [DatabaseValue]) -> String {
        // Millions of events are sealed by a migration and checked by `check`: the bytes are
        // gathered in one buffer and hashed once.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        bytes += (previous ?? "-").utf8
        for value in values {
            switch value.storage {
            case .null: bytes += "|N".utf8
            case let .int64(number): bytes += "|I".utf8; bytes += String(number).utf8
            case let .double(number): bytes += "|R".utf8; bytes += String(number.bitPattern).utf8
            case let .string(text): bytes += "|T".utf8; bytes += String(text.utf8.count).utf8; bytes.append(0x3A); bytes += text.utf8
            case let .blob(data): bytes += "|B".utf8; bytes += String(data.count).utf8; bytes.append(0x3A); bytes += hex(data).utf8
            }
        }
        return hex(SHA256.hash(data: bytes))
    }

    /// Lowercase hexadecimal.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `event_seal(previous, value…)`, for the triggers.
    static let function = DatabaseFunction("event_seal", argumentCount: nil, pure: true) { arguments in
        seal(previous: String.fromDatabaseValue(arguments[0]), values: Array(arguments.dropFirst()))
    }

    /// The trigger that seals each new row of a table after it is inserted.
    static func sealTrigger(_ table: String, _ columns: [String]) -> String {
        let new = columns.map { "NEW.\($0)" }.joined(separator: ", ")
        return """
            CREATE TRIGGER \(table)_seal AFTER INSERT ON \(table)
              BEGIN UPDATE \(table) SET seal = event_seal((SELECT seal FROM \(table) WHERE id < NEW.id ORDER BY id DESC LIMIT 1), \(new))
                WHERE id = NEW.id; END;
            """
    }

    /// The trigger that lets no row of a table change but for its first seal.
    static func appendOnlyTrigger(_ table: String, _ columns: [String]) -> String {
        let changed = (["id"] + columns).map { "NEW.\($0) IS NOT OLD.\($0)" }.joined(separator: " OR ")
        let noun = table.replacingOccurrences(of: "_event", with: "")
        return """
            CREATE TRIGGER \(table)_append_only_update BEFORE UPDATE ON \(table)
              WHEN OLD.seal IS NOT NULL OR NEW.seal IS NULL OR \(changed)
              BEGIN SELECT RAISE(ABORT, '\(noun) events are append-only'); END;
            """
    }

    /// Seals, in id order, the events of a table written with its seal trigger set aside (the
    /// migration's events already there, a bulk load's): in batches, so that millions never
    /// sit in memory at once, and one hash each, without a trigger's lookup.
    static func sealUnsealed(_ db: Database, _ table: String, _ columns: [String]) throws {
        var last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table) WHERE seal IS NOT NULL") ?? .min
        var previous = try String.fetchOne(db, sql: "SELECT seal FROM \(table) WHERE id = ?", arguments: [last])
        let update = try db.makeStatement(sql: "UPDATE \(table) SET seal = ? WHERE id = ?")
        let batch = try db.makeStatement(sql: "SELECT id, \(columns.joined(separator: ", ")) FROM \(table) WHERE id > ? ORDER BY id LIMIT 20000")
        while true {
            let rows = try Row.fetchAll(batch, arguments: [last])
            guard let end = rows.last else { return }
            for row in rows {
                let seal = Self.seal(previous: previous, values: (1..<row.count).map { row[$0] as DatabaseValue })
                try update.execute(arguments: [seal, row[0] as Int64])
                previous = seal
            }
            last = end[0]
        }
    }

    /// Where a chain does not hold: the first events (at most `limit` a table) whose seal is
    /// not what their values and the event before them make.
    static func problems(_ db: Database, limit: Int = 10) throws -> [String] {
        var problems: [String] = []
        for (table, columns) in tables {
            var previous: String?, found = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT id, seal, \(columns.joined(separator: ", ")) FROM \(table) ORDER BY id")
            while let row = try rows.next(), found < limit {
                let id: Int64 = row[0]
                let stored: String? = row[1]
                let expected = seal(previous: previous, values: (2..<row.count).map { row[$0] as DatabaseValue })
                if stored != expected {
                    problems.append("\(table) id \(id) is not as it was recorded: changed, or an event before it deleted, or inserted from outside")
                    found += 1
                }
                // The next event is checked against the seal it was made with.
                previous = stored
            }
        }
        return problems
    }

    /// The head of all chains: SHA-256 of each table's last seal (of the events recorded
    /// before `end`, when given), its first 16 hex digits — short enough to print and compare
    /// by eye.
    static func head(_ db: Database, before end: Int64? = nil) throws -> String {
        var hasher = SHA256()
        // Before a moment, the last event's id comes from the history's days (an event
        // recorded later may carry an earlier time, so walking back from the end is no bound),
        // unless no event of the table is at or after it (this week's summary, read now): then
        // it is the table's last.
        let days = try end != nil && db.tableExists(Tallies.eventDays.table)
        for (table, _) in tables {
            let last = if let end, days {
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT NOT EXISTS (SELECT 1 FROM \(table) WHERE at >= ?)"), arguments: [end]) == true
                    ? try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM \(table)"))
                    : try Tallies.eventDays.read(over: Int64.min..<end, where: "event_table = '\(table)'", db).first?.decode(Int64?.self, atIndex: 0)
            } else {
                try Int64.fetchOne(db, sql: "SELECT id FROM \(table) WHERE at < ? ORDER BY id DESC LIMIT 1", arguments: [end ?? Int64.max])
            }
            let seal = try last.flatMap { try String.fetchOne(db.cachedStatement(sql: "SELECT seal FROM \(table) WHERE id = ?"), arguments: [$0]) }
            hasher.update(data: Data((seal ?? "-").utf8))
        }
        return String(hex(hasher.finalize()).prefix(16))
    }
}

extension AppDatabase {
    /// The head of the history's seals now (see `EventChain.head`); nil for a database of a
    /// version before the seals.
    public func historySeal() throws -> String? {
        try writer.read { db in
            try db.columns(in: "request_event").contains { $0.name == "seal" } ? try EventChain.head(db) : nil
        }
    }
}
