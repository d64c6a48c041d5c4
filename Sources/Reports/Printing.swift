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
    /// CUPS is there, but no printer is its default.
    case noDefaultPrinter

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.toolMissing(tool), .zh): "没有找到 \(tool):运行 make deps 安装后再试。"
        case let (.toolMissing(tool), .en): "\(tool) is not installed: run make deps, then try again"
        case let (.toolFailed(tool, message), .zh): "\(tool) 出错:\(message)"
        case let (.toolFailed(tool, message), .en): "\(tool) failed: \(message)"
        case (.noPrinter, .zh): "这台电脑没有打印服务(CUPS 的 lp)。请用 circledesk report weekly --format pdf -o 周报.pdf 生成文件,再从别的电脑打印。"
        case (.noPrinter, .en): "no printing service here (CUPS's lp): make a file with circledesk report weekly --format pdf -o summary.pdf and print it elsewhere"
        case (.noDefaultPrinter, .zh): "打印服务里还没有默认打印机:请管理员用 lpadmin -d 打印机名 设定(lpstat -p 列出打印机),或用 --format pdf -o 文件 生成文件打印。"
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
        case .zh: "已送往打印机 \(printer):\(pageCount) 页 × \(copies) 份(作业 \(job))"
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("circledesk-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html"), output = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: input)
        _ = try run(weasyprint, ["--quiet", input.path, output.path])
        return try Data(contentsOf: output)
    }

    /// The pages of a PDF weasyprint made (its page objects), nil if none are found.
    public static func pageCount(_ pdf: Data) -> Int? {
        let count = String(decoding: pdf, as: UTF8.self).matches(of: /\/Type\s*\/Page(?![A-Za-z])/).count
        return count > 0 ? count : nil
    }

    /// Hands `pdf` to the default printer.
    public static func print(pdf: Data, title: String, copies: Int = 1) throws -> PrintJob {
        guard let lp = tool("lp") else { throw PrintingError.noPrinter }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("circledesk-\(getpid())-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let said = try run(lp, ["-t", title, "-n", String(max(1, copies)), "-o", "media=A4", file.path])
        // "request id is Office-42 (1 file(s))": the job, and the printer it names.
        let job = said.split(separator: " ").first { $0.contains("-") }.map(String.init) ?? "?"
        let printer = job.contains("-") ? String(job[..<job.lastIndex(of: "-")!]) : "?"
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
