import Foundation

/// Runs the built `circledesk` as a user would, and what it printed and returned.
public struct Circledesk {
    public struct Result {
        public let status: Int32
        public let output: String
        public let error: String

        public init(status: Int32, output: String, error: String) {
            self.status = status
            self.output = output
            self.error = error
        }
    }

    /// The binary SwiftPM built beside this test bundle.
    public static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("circledesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/circledesk")
    }()

    /// Runs `circledesk arguments` with a clean environment: no CIRCLEDESK_* variables
    /// from the developer's shell, Chinese unless `environment` says otherwise.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIRCLEDESK_") && !$0.key.hasPrefix("LC_") }
        base["LANG"] = "C.UTF-8"
        return try Shell.run(binary.path, arguments, environment: base.merging(environment) { $1 })
    }
}

/// Any program run to its end, with what it printed and returned.
public enum Shell {
    /// Runs a Python script with the readers `make test` installs (pypinyin, openpyxl) on its path.
    public static func python(_ script: String, _ arguments: [String] = []) throws -> Circledesk.Result {
        let packages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/test-python").path
        return try run("/usr/bin/python3", ["-c", script] + arguments, environment: ["PYTHONPATH": packages, "PYTHONIOENCODING": "utf-8"])
    }

    /// Runs `program` with `arguments` (in `folder`, with `environment` when given).
    public static func run(_ program: String, _ arguments: [String], in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> Circledesk.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Circledesk.Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                                 error: String(decoding: err, as: UTF8.self))
    }

    /// Writes `script` as an executable at `path` (a stand-in for a program such as `lp`) from
    /// a child shell, so that no descriptor of it is ever open in this process: a program
    /// another test forks meanwhile cannot inherit one and leave the script "text file busy"
    /// when it is run.
    public static func writeExecutable(_ script: String, at path: String) throws {
        let written = try run("/bin/sh", ["-c", "printf '%s' \"$2\" > \"$1\" && chmod 755 \"$1\"", "sh", path, script])
        guard written.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
