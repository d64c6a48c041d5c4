import Foundation
import LeagueCore

/// The programs that make paper: weasyprint turns HTML into an A4 PDF, lp hands a file to
/// the printer (CUPS). Both are looked for on PATH; without them the person is told what to do.
enum PDFPrinter {
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func pdf(fromHTML html: String) throws -> Data {
        guard let weasyprint = tool("weasyprint") else { throw CLIError.toolMissing("weasyprint") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("circledesk-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("summary.html"), output = folder.appendingPathComponent("summary.pdf")
        try Data(html.utf8).write(to: input)
        try run(weasyprint, ["--quiet", input.path, output.path])
        return try Data(contentsOf: output)
    }

    static func print(_ data: Data, title: String) throws {
        guard let lp = tool("lp") else { throw CLIError.noPrinter }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("circledesk-\(getpid())-\(title).out")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try run(lp, ["-t", title, file.path])
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError.toolFailed(URL(fileURLWithPath: program).lastPathComponent, String(decoding: message, as: UTF8.self).trimmed)
        }
    }
}
