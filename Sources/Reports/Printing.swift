import Foundation
import LeagueCore
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Why paper could not be made.
public enum PrintingError: Error, Equatable, Sendable {
    case toolMissing(String)
    case toolFailed(String, String)
    case noPrinter
    /// CUPS is there, but no printer is its default.
    case noDefaultPrinter

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.toolMissing(tool), .zh): "没有找到 \(tool)：运行 make deps 安装后再试。"
        case let (.toolMissing(tool), .en): "\(tool) is not installed: run make deps, then try again"
        case let (.toolFailed(tool, message), .zh): "\(tool) 出错：\(message)"
        case let (.toolFailed(tool, message), .en): "\(tool) failed: \(message)"
        case (.noPrinter, .zh): "这台电脑没有打印服务（CUPS 的 lp）。请用 circledesk report weekly --format pdf -o 周报.pdf 生成文件，再从别的电脑打印。"
        case (.noPrinter, .en): "no printing service here (CUPS's lp): make a file with circledesk report weekly --format pdf -o summary.pdf and print it elsewhere"
        case (.noDefaultPrinter, .zh): "打印服务里还没有默认打印机：请管理员用 lpadmin -d 打印机名 设定（lpstat -p 列出打印机），或用 --format pdf -o 文件 生成文件打印。"
        case (.noDefaultPrinter, .en): "the printing service has no default printer: ask IT to set one (lpadmin -d NAME; lpstat -p lists them), or make a file with --format pdf -o FILE"
        }
    }
}

/// A print job handed to CUPS: the printer it went to, its pages and copies, and the job's
/// name as lp told it — what the desk and the command confirm.
public struct PrintJob: Codable, Equatable, Sendable {
    public var printer: String
    public var job: String
    /// Nil when the PDF's pages could not be counted.
    public var pages: Int?
    public var copies: Int

    public init(printer: String, job: String, pages: Int?, copies: Int) {
        self.printer = printer
        self.job = job
        self.pages = pages
        self.copies = copies
    }

    /// The confirmation, in the person's language.
    public func said(_ language: Language) -> String {
        let pageCount = pages.map(String.init) ?? "?"
        return switch language {
        case .zh: "已送往打印机 \(printer)：\(pageCount) 页 × \(copies) 份（作业 \(job)）"
        case .en: "sent to printer \(printer): \(pageCount) page(s) × \(copies) (job \(job))"
        }
    }
}

/// The one way to paper: every printed thing is HTML made into an A4 PDF by weasyprint with
/// its fonts embedded (so Chinese prints whole on any CUPS queue, whatever its text filter
/// does), then handed to the default printer with lp. Both are looked for on PATH; without
/// them the person is told what to do. The only place the program runs other programs.
public enum Printing {
    public static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func pdf(fromHTML html: String) throws -> Data {
        guard let weasyprint = tool("weasyprint") else { throw PrintingError.toolMissing("weasyprint") }
        return try inWorkFolder { folder in
            let input = folder.appendingPathComponent("document.html"), output = folder.appendingPathComponent("document.pdf")
            try Data(html.utf8).write(to: input)
            _ = try run(weasyprint, ["--quiet", input.path, output.path])
            return try Data(contentsOf: output)
        }
    }

    private static let workPrefix = "circledesk-print-"

    /// Runs `body` with a folder of this process's own for a document on its way to paper —
    /// it names people, so the folder is 0700 — removed after it. A folder a killed run left
    /// is removed by the next, once its process is gone.
    private static func inWorkFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let manager = FileManager.default, temporary = manager.temporaryDirectory
        for name in (try? manager.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(workPrefix) {
            guard let pid = name.dropFirst(workPrefix.count).split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            var status = stat()
            if stat(temporary.appendingPathComponent(name).path, &status) == 0, status.st_uid == geteuid() {
                try? manager.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
        let folder = temporary.appendingPathComponent("\(workPrefix)\(getpid())-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? manager.removeItem(at: folder) }
        return try body(folder)
    }

    /// The pages of a PDF weasyprint made (its page objects), nil if none are found.
    public static func pageCount(_ pdf: Data) -> Int? {
        let count = String(decoding: pdf, as: UTF8.self).matches(of: /\/Type\s*\/Page(?![A-Za-z])/).count
        return count > 0 ? count : nil
    }

    /// Hands `pdf` to the default printer.
    public static func print(pdf: Data, title: String, copies: Int = 1) throws -> PrintJob {
        guard let lp = tool("lp") else { throw PrintingError.noPrinter }
        let said = try inWorkFolder { folder in
            let file = folder.appendingPathComponent("document.pdf")
            try pdf.write(to: file)
            return try run(lp, ["-t", title, "-n", String(max(1, copies)), "-o", "media=A4", file.path])
        }
        // "request id is Office-42 (1 file(s))": the job, and the printer it names — lp's
        // words, made safe before they reach a screen.
        let job = said.split(separator: " ").first { $0.contains("-") }.map { SafeText.line(String($0)) } ?? "?"
        let printer = job.lastIndex(of: "-").map { String(job[..<$0]) } ?? "?"
        return PrintJob(printer: printer, job: job, pages: pageCount(pdf), copies: max(1, copies))
    }

    /// Makes the PDF of `html` and prints it.
    public static func print(html: String, title: String, copies: Int = 1) throws -> PrintJob {
        try print(pdf: pdf(fromHTML: html), title: title, copies: copies)
    }

    /// Runs `program`; what it wrote on its output.
    private static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        let said = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let tool = URL(fileURLWithPath: program).lastPathComponent
            let text = String(decoding: message, as: UTF8.self).trimmed
            // lp with no default printer: "lp: Error - no default destination available."
            if tool == "lp", text.contains("no default destination") { throw PrintingError.noDefaultPrinter }
            throw PrintingError.toolFailed(tool, text)
        }
        return String(decoding: said, as: UTF8.self)
    }
}
