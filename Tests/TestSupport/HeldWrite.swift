import Foundation

/// Another program holding a county open for writing, as a colleague's import would: sqlite3
/// with a write transaction begun (and `statements` run in it) and held until `end`.
public final class HeldWrite {
    private let process = Process()
    private let input = Pipe()

    public var processIdentifier: Int32 { process.processIdentifier }

    /// Returns once the transaction holds the lock.
    public init(_ database: String, statements: String = "UPDATE setting SET value = value WHERE key = 'county_name';") throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database]
        (process.standardInput, process.standardOutput) = (input, output)
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE; \(statements) SELECT 'holding';\n".utf8))
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("holding") { said += output.fileHandleForReading.availableData }
    }

    /// Commits or rolls back, and waits for sqlite3 to end; its exit status.
    @discardableResult
    public func end(committing: Bool = false) throws -> Int32 {
        input.fileHandleForWriting.write(Data((committing ? "COMMIT;\n" : "ROLLBACK;\n").utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
