import ArgumentParser
import Foundation
import LeagueCore
import Reports

/// `--print` and `--copies`: paper from the default printer, made and sent the one way every
/// printed thing is (`Printing`: a PDF with its fonts, then lp), confirmed by what was sent.
struct PrintingOptions: ParsableArguments {
    @Flag(name: .customLong("print"), help: .line("Send it to the default printer with lp (CUPS), as a PDF.")) var sendToPrinter = false
    @Option(help: .line("How many copies to print (1 to 99).")) var copies: String = "1"

    /// Makes the PDF of `html`, prints it on the caller's side, and says what was sent.
    func send(html: String, title: String, language: Language) throws -> String {
        try Self.send(html: html, title: title, copies: copies, language: language)
    }

    /// The same, for a command whose whole work is printing (its `--copies` its own).
    static func send(html: String, title: String, copies: String, language: Language) throws -> String {
        guard let count = Digits.value(copies, count: 1...2), count >= 1 else {
            throw CLIError.badOption(name: "--copies", value: copies, expected: "1…99")
        }
        // The two seconds the PDF takes are said where someone is watching, then the line cleared.
        let watched = isatty(STDERR_FILENO) == 1
        if watched { FileHandle.standardError.write(Data(language.say(.makingPDF).utf8)) }
        defer { if watched { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
        return try ClientFiles.print(title: title, copies: count, language: language) { try Printing.pdf(fromHTML: html) }
    }
}
