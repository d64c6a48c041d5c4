import App
import ArgumentParser
import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit

extension ImportTable: ExpressibleByArgument {
    /// The tables by name, for the commands' help.
    static var choices: String { allCases.map(\.rawValue).joined(separator: " | ") }
}

/// What `export` writes: a table that imports read back, or the requests (export only).
enum ExportTable: ExpressibleByArgument, Equatable {
    case table(ImportTable)
    case requests

    init?(argument: String) {
        if argument == "requests" { self = .requests } else if let table = ImportTable(argument: argument) { self = .table(table) } else { return nil }
    }

    static var allValueStrings: [String] { ImportTable.allValueStrings + ["requests"] }
    static var choices: String { ImportTable.choices + " | requests" }
}

/// Where a command's file goes: standard output, or a new file that appears whole (an
/// existing one is never replaced).
struct OutputFile: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: .line("Write to this new file instead of standard output.")) var output: String?

    func write(_ produce: ((Data) throws -> Void) throws -> Void) throws {
        guard let output else {
            try produce { Output.write($0) }
            return
        }
        try ClientFiles.create(output, produce)
    }
}

/// `--include-personal`: full phone numbers, for admins and desk staff only.
struct PersonalData: ParsableArguments {
    @Flag(help: .line("Full phone numbers (admins and desk staff only).")) var includePersonal = false

    /// Opens the database as `acting` says, refusing the flag to anyone else; who is acting.
    func open(_ acting: ActingAs, _ global: GlobalOptions) throws -> (AppDatabase, Operator) {
        let (database, account, _) = try acting.open(global)
        if includePersonal, !account.role.may(.seeFullPhones) { throw CLIError.notAllowed(account, .seeFullPhones) }
        return (database, account)
    }
}

extension CircleDesk {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Help.line("Import a CSV file or an Excel workbook (.xlsx) of townships, cadres, communes, contact points, young people or pairings, or diaries as CSV, .xlsx or JSON."),
            discussion: Help.line("""
                A CSV file may be UTF-8 (with or without a BOM), GB18030/GBK or UTF-16; a workbook is read from the sheet \
                named with --sheet, else the first whose header names the table's columns. Headers may be Chinese or \
                English. Every bad row is reported by line (or sheet and cell) and column and then nothing is written; \
                rows already on file are updated, so the same file twice changes nothing the second time.
                """))

        @Argument(help: .line(ImportTable.choices)) var table: ImportTable
        @Argument(help: .line("The CSV, .xlsx or JSON file; for diaries also a phone form's export, a zip or folder of the list and its photos.")) var file: String
        @Option(help: .line("For a workbook: the sheet to read.")) var sheet: String?
        @Option(help: .line("For survey-answers: the survey's number (circledesk survey list).")) var survey: Int64?
        @Option(help: .line("For activity-replies: the activity's number (circledesk activity list).")) var activity: Int64?
        @Flag(help: .line("Check the file and say what it would change, changing nothing.")) var dryRun = false
        @Option(help: .line("utf-8 | gb18030 | utf-16 (default: detected).")) var encoding: String?
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let chosen = try encoding.map { name in
                guard let found = TextEncoding(name: name) else {
                    throw CLIError.badOption(name: "--encoding", value: name, expected: "utf-8 | gb18030 | utf-16")
                }
                return found
            }
            let input = try ImportSource.open(file, table: table)
            let file = input.name
            let (database, account, now) = try acting.open(global, needing: .editRoster, recording: !dryRun)
            let report = try database.tables.importTable(table, data: input.data, encoding: chosen, dryRun: dryRun, by: account, at: now,
                                                         survey: survey, activity: activity, sheet: sheet, photoFiles: input.photo)
            // A file of a million bad lines is told in at most 50 and a line per kind of problem.
            let digest = ProblemDigest(report.problems, language: language)
            func say(_ problem: ImportProblem, _ more: String = "") {
                // A workbook's problems are at a sheet's cell (or row, 7:7, as Excel names one).
                let place = problem.line == 0 ? file
                    : report.sheet.map { "\(file):\($0)!\(problem.cell ?? "\(problem.line):\(problem.line)")" } ?? "\(file):\(problem.line)"
                let column = problem.column.map { "\($0): " } ?? ""
                // Headers and names come from the file: no control characters reach the terminal.
                FileHandle.standardError.write(Data(SafeText.line("\(place): \(column)\(problem.reason(language))\(more)").utf8 + [0x0A]))
            }
            digest.shown.forEach { say($0) }
            for group in digest.groups { say(group.first, group.more(language)) }
            for note in report.photoNotes {
                let place = report.sheet.map { "\(file):\($0)!\(note.line):\(note.line)" } ?? "\(file):\(note.line)"
                FileHandle.standardError.write(Data(SafeText.line("\(place): \(language.say(.photoLeftOut, note.name, note.reason(language)))").utf8 + [0x0A]))
            }
            guard report.problems.isEmpty else { throw CLIError.importRefused(path: file, count: report.problems.count) }
            // Where the rows came from: the text's encoding, or the workbook's sheet.
            let source = report.sheet.map { language.say(.fromSheet, $0) } ?? report.encoding?.rawValue ?? ""
            let counts = language.say(.imported, report.rows, source, report.added, report.updated, report.unchanged)
            print(report.dryRun ? language.say(.dryRun) + counts : counts)
            if table == .diaries, report.photosKept + report.photoNotes.count > 0 {
                print(language.say(.photosImported, report.photosKept, report.photoNotes.count))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: Help.line("Export a table (the roster, diaries, survey answers, suggestions, activity replies) or the requests as CSV or an Excel workbook (.xlsx)."),
            discussion: Help.line("Phone numbers are masked (138****5678) unless --include-personal is given by an admin or desk staff. Requests are chosen as request list chooses them (--state, --town, --overdue, --search), a township secretary's from her township."))

        @Argument(help: .line(ExportTable.choices)) var table: ExportTable
        @Option(help: .line("For activity-replies: the activity's number (circledesk activity list).")) var activity: Int64?
        @OptionGroup var which: RequestFilterOptions
        @OptionGroup var personal: PersonalData
        @OptionGroup var output: OutputFile
        @Option(help: .line("csv or xlsx (default: xlsx when -o ends in .xlsx, else csv).")) var format: FileFormat?
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            if table == .table(.activityReplies), activity == nil {
                throw CLIError.badOption(name: "--activity", value: "", expected: "the activity's number (circledesk activity list)")
            }
            let chosen = format ?? output.output.map(FileFormat.named) ?? .csv
            if chosen == .xlsx, output.output == nil, isatty(STDOUT_FILENO) == 1 { throw CLIError.workbookToTerminal }
            let (database, account) = try personal.open(acting, global)
            switch table {
            case let .table(table):
                try output.write { write in
                    try database.tables.exportTable(table, language: language, includePersonal: personal.includePersonal, activity: activity,
                                                    format: chosen, write: write)
                }
            case .requests:
                let filter = try which.filter(for: account, try database.vocabulary())
                let now = try global.instant()
                try output.write { write in
                    try database.requests.exportRequests(filter: filter, words: Labels(language: language).requestExportWords,
                                                         includePersonal: personal.includePersonal, now: now, format: chosen, write: write)
                }
            }
        }
    }

    struct Card: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "card",
            abstract: Help.line("A pairing contact card (结对联系卡) as text or HTML, or on paper with --print."),
            discussion: Help.line("""
                The cadre's number is shown whole to admins and desk staff, the young person's only with --include-personal. \
                With --town instead of a number: a sheet of the township's cards on A4, to cut out.
                """))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

        @Argument(help: .line("The card number, e.g. JD-2025-00001.")) var number: String?
        @Option(help: .line("Every card of this township's pairings going on, as a sheet (HTML or --print).")) var town: String?
        @Option(help: .line("text or html.")) var format: Format = .text
        @OptionGroup var personal: PersonalData
        @OptionGroup var printing: PrintingOptions
        @OptionGroup var output: OutputFile
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let (database, account) = try personal.open(acting, global)
            let phones = CardPhones(cadre: account.role.may(.seeFullPhones), youngPerson: personal.includePersonal)
            let html: String, title: String
            switch (number, town) {
            case let (number?, nil):
                guard let card = try database.roster.pairingCard(number: number) else { throw CLIError.noSuchCard(number) }
                if !printing.sendToPrinter, format == .text {
                    return try output.write { try $0(Data(PairingCardPrint.text(card, language: language, phones: phones).utf8)) }
                }
                (html, title) = (PairingCardPrint.html(card, language: language, phones: phones), card.cardNumber)
            case let (nil, typed?):
                let town = try NamedArgument.townshipName(typed, database: database) ?? typed
                guard let cards = try database.roster.pairingCards(township: town) else { throw CLIError.noSuchTownshipForCards(town) }
                guard !cards.isEmpty else { throw CLIError.noCardsInTownship(town) }
                if !printing.sendToPrinter, format == .text { throw CLIError.sheetIsHTML }
                (html, title) = (PairingCardPrint.sheet(cards, title: town, language: language, phones: phones), town)
            default:
                throw CLIError.cardOrTown
            }
            if printing.sendToPrinter { return print(try printing.send(html: html, title: title, language: language)) }
            try output.write { try $0(Data(html.utf8)) }
        }
    }
}
extension FileFormat: ExpressibleByArgument {}
