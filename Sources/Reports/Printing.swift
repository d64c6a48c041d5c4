import Foundation
import LeagueCore
#if canImport(Glibc)
import Glibc
#endif

/// Why paper could not be made.
public enum PrintingError: Error, Equatable, Sendable {
    case toolMissing(String)
    case toolFailed(String, String)
    case noPrinter

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.toolMissing(tool), .zh): "没有找到 \(tool):运行 make deps 安装后再试。"
        case let (.toolMissing(tool), .en): "\(tool) is not installed: run make deps, then try again"
        case let (.toolFailed(tool, message), .zh): "\(tool) 出错:\(message)"
        case let (.toolFailed(tool, message), .en): "\(tool) failed: \(message)"
        case (.noPrinter, .zh): "这台电脑没有打印服务(CUPS 的 lp)。请用 circledesk report weekly --format pdf -o 周报.pdf 生成文件,再从别的电脑打印。"
        case (.noPrinter, .en): "no printing service here (CUPS's lp): make a file with circledesk report weekly --format pdf -o summary.pdf and print it elsewhere"
        }
    }
}

/// The programs that make paper: weasyprint turns HTML into an A4 PDF, lp hands a file to
/// the printer (CUPS). Both are looked for on PATH; without them the person is told what to
/// do. The only place the program runs other programs.
public enum Printing {
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func pdf(fromHTML html: String) throws -> Data {
        guard let weasyprint = tool("weasyprint") else { throw PrintingError.toolMissing("weasyprint") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("circledesk-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("summary.html"), output = folder.appendingPathComponent("summary.pdf")
        try Data(html.utf8).write(to: input)
        try run(weasyprint, ["--quiet", input.path, output.path])
        return try Data(contentsOf: output)
    }

    public static func print(_ data: Data, title: String) throws {
        guard let lp = tool("lp") else { throw PrintingError.noPrinter }
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
            throw PrintingError.toolFailed(URL(fileURLWithPath: program).lastPathComponent, String(decoding: message, as: UTF8.self).trimmed)
        }
    }
}
