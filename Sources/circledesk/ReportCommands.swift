import ArgumentParser
import Foundation
import LeagueCore
import Reports
import Store

extension CircleDesk {
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report", abstract: Help.line("Reports for the committee."), subcommands: [SatisfactionReportCommand.self, WeeklyReportCommand.self])
    }

    struct SatisfactionReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "satisfaction",
            abstract: Help.line("Satisfaction for the county, each township and each cadre, with 95% intervals and follow-ups."),
            discussion: Help.line("""
                The rate is satisfied answers divided by all answers. Breakdowns under 5 answers show no rate; a rank \
                (from 10 answers) is one more than the groups whose 95% interval lies wholly above.
                """))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, html, pdf }

        @Option(help: .line("2026, 2026H2, 2026Q4 or 2026-11 (default: this half-year).")) var period: String?
        @Option(help: .line("text, json, csv, html or pdf (A4).")) var format: Format = .text
        @OptionGroup var printing: PrintingOptions
        @OptionGroup var output: OutputFile
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let now = try global.instant()
            // Read here, not by the parser, so that a mistake is told in the user's language.
            let chosen = try period.map { text in
                guard let period = ReportPeriod(text) else {
                    throw CLIError.badOption(name: "--period", value: text, expected: "2026 | 2026H2 | 2026Q4 | 2026-11")
                }
                return period
            }
            if format == .pdf, output.output == nil, !printing.sendToPrinter, isatty(STDOUT_FILENO) == 1 { throw CLIError.pdfToTerminal }
            let (database, _) = try global.openAsOperator(needing: .read)
            let report = try database.surveys.satisfactionReport(period: chosen ?? ReportPeriod(.half, containing: now))
            let html = { SatisfactionHTML.html(report, county: try database.setting("county_name") ?? "", madeAt: now, language: language) }
            if printing.sendToPrinter {
                print(try printing.send(html: html(), title: report.period.description, language: language))
                return
            }
            let data = switch format {
            case .text: Data(SatisfactionText.text(report, language: language).utf8)
            case .json: Data((try SatisfactionText.json(report) + "\n").utf8)
            case .csv: SatisfactionText.csv(report, language: language)
            case .html: Data(try html().utf8)
            case .pdf: try Printing.pdf(fromHTML: html())
            }
            try output.write { try $0(data) }
        }
    }
}

extension CircleDesk {
    struct WeeklyReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weekly",
            abstract: Help.line("The weekly summary for the committee: one ISO week, Monday to Sunday, county time."))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, pdf, csv, json }

        @Option(help: .line("An ISO week such as 2026-W48 (default: the week before this one).")) var week: String?
        @Option(help: .line("text, md, html, pdf (A4, made by weasyprint), csv or json.")) var format: Format = .text
        @OptionGroup var printing: PrintingOptions
        @OptionGroup var output: OutputFile
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let now = try global.instant()
            let sendToPrinter = printing.sendToPrinter
            let chosen = try week.map { text in
                guard let week = CountyWeek(text) else { throw CLIError.badOption(name: "--week", value: text, expected: "2026-W48") }
                guard week.instants.lowerBound <= now.unixSeconds else { throw CLIError.weekNotBegun(week: week, current: CountyWeek(containing: now)) }
                return week
            }
            if format == .pdf, output.output == nil, !sendToPrinter, isatty(STDOUT_FILENO) == 1 { throw CLIError.pdfToTerminal }
            let (database, account) = try global.openAsOperator(needing: .read)
            let summary = try database.summary.weeklySummary(chosen ?? CountyWeek(containing: now).previous, now: now, township: account.ownTownship)
            if sendToPrinter {
                print(try printing.send(html: WeeklyHTML.html(summary, language: language), title: "\(summary.week)", language: language))
                return
            }
            let data: Data = switch format {
            case .text: Data(WeeklyText.text(summary, language: language).utf8)
            case .md: Data(WeeklyMarkdown.markdown(summary, language: language).utf8)
            case .html: Data(WeeklyHTML.html(summary, language: language).utf8)
            case .pdf: try Printing.pdf(fromHTML: WeeklyHTML.html(summary, language: language))
            case .csv: WeeklyData.csv(summary, language: language)
            case .json: Data((try WeeklyData.json(summary) + "\n").utf8)
            }
            try output.write { try $0(data) }
        }
    }
}
