import Foundation
import LeagueCore
import Store
import TerminalKit

/// `circledesk report satisfaction` as text within 80 columns, as JSON, or as CSV: every
/// format from the same report, so they show the same numbers. Breakdowns under 5 answers
/// show no rate; ranks only where `Satisfaction.ranks` gives one.
public enum SatisfactionText {
    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }

    static func interval(_ figure: Satisfaction.Figure) -> String {
        guard figure.shown, let range = figure.interval else { return "-" }
        return String(format: "%.0f%%-%.0f%%", range.lowerBound * 100, range.upperBound * 100)
    }

    /// `满意 412 / 答卷 498 = 82.7%(95% 区间 79.2%–85.8%)`, or why there is no rate.
    static func summary(_ figure: Satisfaction.Figure, _ language: Language) -> String {
        guard figure.shown, let range = figure.interval else {
            return language.satisfaction(.tooFew, figure.answers, Satisfaction.minimumShown)
        }
        let bounds = String(format: "%.1f%%-%.1f%%", range.lowerBound * 100, range.upperBound * 100)
        return language.satisfaction(.figure, figure.satisfied, figure.answers, percent(figure.rate), bounds)
    }

    /// A township's row: name, rate, interval, answers, rank — on screen, in text and on paper.
    static func townshipCells(_ line: SatisfactionReport.Line, _ language: Language) -> [String] {
        [SafeText.line(line.name(language)), line.figure.shown ? percent(line.figure.rate) : "-", interval(line.figure),
         String(line.figure.answers), line.rank.map(String.init) ?? "-"]
    }

    /// A cadre's row: name, township, rate, interval, answers, rank.
    static func cadreCells(_ line: SatisfactionReport.Line, _ language: Language) -> [String] {
        [SafeText.line(line.name(language)), SafeText.line(line.township?(language) ?? ""), percent(line.figure.rate), interval(line.figure),
         String(line.figure.answers), line.rank.map(String.init) ?? "-"]
    }

    public static func text(_ report: SatisfactionReport, language: Language) -> String {
        lines(report, language: language).joined(separator: "\n") + "\n"
    }

    /// The lines `text` prints. A cadre's line is written when it is read: a desk shows a
    /// screenful of a county's cadres, which at a hundred times the county are 24,000.
    public struct Lines: RandomAccessCollection, Sendable {
        let head: [String], cadres: [SatisfactionReport.Line], tail: [String]
        let language: Language

        public var startIndex: Int { 0 }
        public var endIndex: Int { head.count + cadres.count + tail.count }

        public subscript(index: Int) -> String {
            if index < head.count { return head[index] }
            let cadre = index - head.count
            return cadre < cadres.count ? SatisfactionText.cadreRow(cadreCells(cadres[cadre], language)) : tail[cadre - cadres.count]
        }
    }

    private static let cadreWidths = [10, 12, 8, 12, 6, 6]

    private static func cadreRow(_ cells: [String]) -> String {
        zip(cells, cadreWidths).enumerated().map { index, pair in
            pair.0.truncated(toCells: pair.1).padded(toCells: pair.1, alignRight: index > 1)
        }.joined(separator: " ")
    }

    public static func lines(_ report: SatisfactionReport, language: Language) -> Lines {
        let say = { (words: SatisfactionWords, values: [CustomStringConvertible]) in SatisfactionWords.book.format(words, in: language, values) }
        var lines: [String] = []
        lines.append(say(.title, [report.period.name(language)]))
        lines.append(say(.rateMeans, []))
        lines.append("")
        lines.append(say(.cadresRated, []) + summary(report.county, language))
        for survey in report.surveys {
            let rate = survey.responseRate.map { String(format: "%.0f%%", $0 * 100) }
            let invited = survey.invited.map { say(.invited, [$0, rate ?? "-"]) } ?? say(.invitedUnknown, [])
            lines.append("  " + SafeText.line(survey.title).truncated(toCells: 36) + say(.responses, [survey.responses]) + invited)
        }
        let follow = report.followUps
        let rate = follow.responseRate.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
        lines.append(say(.followUps, [follow.resolved, follow.followedUp, rate]))
        lines.append("  " + summary(follow.figure, language))
        let trend = report.trend.map { $0.figure.shown ? $0.figure.rate : nil }
        // Two lines of three periods: six fit no 80-column line.
        lines.append(say(.lastSix, []) + Sparkline.text(trend, range: 0.5...1))
        for half in [report.trend.prefix(3), report.trend.suffix(3)] where !half.isEmpty {
            lines.append("  " + half.map { "\($0.period) \($0.figure.shown ? percent($0.figure.rate) : "-")" }.joined(separator: "   "))
        }
        lines.append("")
        let widths = [12, 8, 12, 6, 6]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                pair.0.padded(toCells: pair.1, alignRight: index > 0)
            }.joined(separator: " ")
        }
        lines.append(row(SatisfactionWords.book.columns(.townshipColumns, in: language)))
        for line in report.townships {
            var cells = townshipCells(line, language)
            cells[0] = cells[0].truncated(toCells: 12)
            lines.append(row(cells))
        }
        lines.append("")
        lines.append(say(.cadresListed, [Satisfaction.minimumShown, report.hiddenCadres]))
        lines.append(cadreRow(SatisfactionWords.book.columns(.cadreColumns, in: language)))
        return Lines(head: lines, cadres: report.cadres, tail: ["", say(.ranksMean, [Satisfaction.minimumRanked])], language: language)
    }

    /// The figures for scripts; hidden breakdowns carry their count but no rate.
    public static func json(_ report: SatisfactionReport) throws -> String {
        func figure(_ figure: Satisfaction.Figure) -> [String: Any] {
            var object: [String: Any] = ["answers": figure.answers]
            if figure.shown, let rate = figure.rate, let range = figure.interval {
                object["satisfied"] = figure.satisfied
                object["rate"] = rate
                object["interval95"] = [range.lowerBound, range.upperBound]
            }
            return object
        }
        func line(_ line: SatisfactionReport.Line) -> [String: Any] {
            var object = figure(line.figure)
            object["name"] = line.name.zh
            if let township = line.township { object["township"] = township.zh }
            if let rank = line.rank { object["rank"] = rank }
            return object
        }
        let object: [String: Any] = [
            "period": report.period.description, "county": figure(report.county),
            "surveys": report.surveys.map { ["title": $0.title, "responses": $0.responses, "invited": $0.invited as Any,
                                             "response_rate": $0.responseRate as Any] },
            "townships": report.townships.map(line), "cadres": report.cadres.map(line), "hidden_cadres": report.hiddenCadres,
            "follow_ups": ["resolved": report.followUps.resolved, "followed_up": report.followUps.followedUp,
                           "response_rate": report.followUps.responseRate as Any, "figure": figure(report.followUps.figure)],
            "trend": report.trend.map { ["period": $0.period.description, "figure": figure($0.figure)] },
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    /// One row per township and cadre shown, for a spreadsheet.
    public static func csv(_ report: SatisfactionReport, language: Language) -> Data {
        let say = { (words: SatisfactionWords) in SatisfactionWords.book.phrase(words, in: language) }
        var rows = [SatisfactionWords.book.columns(.csvColumns, in: language)]
        func add(_ kind: String, _ line: SatisfactionReport.Line) {
            let shown = line.figure.shown
            let range = shown ? line.figure.interval : nil
            rows.append([report.period.description, kind, line.name(language), line.township?(language) ?? "", shown ? String(line.figure.satisfied) : "",
                         String(line.figure.answers), shown ? line.figure.rate.map { String(format: "%.4f", $0) } ?? "" : "",
                         range.map { String(format: "%.4f", $0.lowerBound) } ?? "", range.map { String(format: "%.4f", $0.upperBound) } ?? "",
                         line.rank.map(String.init) ?? ""])
        }
        let county = BilingualName(zh: SatisfactionWords.book.phrase(.county, in: .zh), en: SatisfactionWords.book.phrase(.county, in: .en))
        add(say(.county), SatisfactionReport.Line(name: county, township: nil, figure: report.county, rank: nil))
        for line in report.townships { add(say(.township), line) }
        for line in report.cadres { add(say(.cadre), line) }
        return CSVFile.data(rows)
    }
}
