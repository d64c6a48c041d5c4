import GRDB

/// A stored word that no enum case stands for: a row written by another program, or by a
/// later version. Said where it is read, instead of shown as some default.
public struct UnknownStoredValue: Error, CustomStringConvertible {
    public let column: String
    public let value: String
    public var description: String { "\(column) holds '\(value)', which this version does not know" }
}

extension Row {
    /// The value of `column`, converted; a missing column, a NULL where a value is needed or
    /// a value of another type throws instead of trapping.
    func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    /// The stored word in `column` as the enum case that stands for it.
    func stored<Value: RawRepresentable>(_ column: String) throws -> Value where Value.RawValue: DatabaseValueConvertible {
        let raw: Value.RawValue = try decode(forColumn: column)
        guard let value = Value(rawValue: raw) else { throw UnknownStoredValue(column: column, value: "\(raw)") }
        return value
    }
}

/// A row or a value the database must give (an aggregate, a row written in the same
/// transaction) and did not: a damaged or altered file, said as an error instead of a trap.
public struct MissingStoredValue: Error, CustomStringConvertible {
    public let what: String
    public var description: String { "the database gave no \(what)" }
}

extension Optional {
    /// The value the query must give; `MissingStoredValue` if it gave none.
    func required(_ what: String = "\(Wrapped.self)") throws -> Wrapped {
        guard let value = self else { throw MissingStoredValue(what: what) }
        return value
    }
}
