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
    static func summary(_ figure: Satisfaction.Figure, _ zh: Bool) -> String {
        guard figure.shown, let range = figure.interval else {
            return zh ? "答卷 \(figure.answers) 份,不足 \(Satisfaction.minimumShown) 份,不计算满意率"
                : "\(figure.answers) answers, under \(Satisfaction.minimumShown): no rate"
        }
        let bounds = String(format: "%.1f%%-%.1f%%", range.lowerBound * 100, range.upperBound * 100)
        return zh ? "满意 \(figure.satisfied) / 答卷 \(figure.answers) = \(percent(figure.rate))(95% 区间 \(bounds))"
            : "\(figure.satisfied) satisfied / \(figure.answers) answers = \(percent(figure.rate)) (95% interval \(bounds))"
    }

    public static func text(_ report: SatisfactionReport, language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append(zh ? "满意度报告 · \(report.period.name(.zh))" : "Satisfaction · \(report.period.name(.en))")
        lines.append(zh ? "满意率 = “满意”答卷 ÷ 全部答卷(满意 + 基本满意 + 不满意)" : "Rate = satisfied answers ÷ all answers (satisfied + basically + dissatisfied)")
        lines.append("")
        lines.append((zh ? "团干部测评:" : "Cadres rated: ") + summary(report.county, zh))
        for survey in report.surveys {
            let rate = survey.responseRate.map { String(format: "%.0f%%", $0 * 100) }
            let invited = survey.invited.map { zh ? ",邀请 \($0) 人,回收率 \(rate ?? "-")" : ", \($0) invited, \(rate ?? "-") answered" }
                ?? (zh ? ",邀请人数未记" : ", number invited not recorded")
            lines.append("  " + SafeText.line(survey.title).truncated(toCells: 36) + (zh ? ":答卷 \(survey.responses)" : ": \(survey.responses) responses") + invited)
        }
        let follow = report.followUps
        let rate = follow.responseRate.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
        lines.append(zh ? "回访:本期解决 \(follow.resolved) 件,已回访 \(follow.followedUp) 件(回访率 \(rate))"
                        : "Follow-ups: \(follow.resolved) resolved, \(follow.followedUp) followed up (\(rate))")
        lines.append("  " + summary(follow.figure, zh))
        let trend = report.trend.map { $0.figure.shown ? $0.figure.rate : nil }
        // Two lines of three periods: six fit no 80-column line.
        lines.append((zh ? "近六期:" : "Last six periods: ") + Sparkline.text(trend, range: 0.5...1))
        for half in [report.trend.prefix(3), report.trend.suffix(3)] where !half.isEmpty {
            lines.append("  " + half.map { "\($0.period) \($0.figure.shown ? percent($0.figure.rate) : "-")" }.joined(separator: "   "))
        }
        lines.append("")
        let headers = zh ? ["乡镇", "满意率", "95% 区间", "答卷", "排名"] : ["Township", "Rate", "95% interval", "n", "Rank"]
        let widths = [12, 8, 12, 6, 6]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                pair.0.padded(toCells: pair.1, alignRight: index > 0)
            }.joined(separator: " ")
        }
        lines.append(row(headers))
        for line in report.townships {
            lines.append(row([SafeText.line(line.name(language)).truncated(toCells: 12), line.figure.shown ? percent(line.figure.rate) : "-",
                              interval(line.figure), String(line.figure.answers), line.rank.map(String.init) ?? "-"]))
        }
        lines.append("")
        lines.append(zh ? "团干部(答卷不少于 \(Satisfaction.minimumShown) 份;另有 \(report.hiddenCadres) 人答卷不足,不列出)"
                        : "Cadres (at least \(Satisfaction.minimumShown) answers; \(report.hiddenCadres) with fewer not listed)")
        let cadreHeaders = zh ? ["团干部", "乡镇", "满意率", "95% 区间", "答卷", "排名"] : ["Cadre", "Township", "Rate", "95% interval", "n", "Rank"]
        let cadreWidths = [10, 12, 8, 12, 6, 6]
        func cadreRow(_ cells: [String]) -> String {
            zip(cells, cadreWidths).enumerated().map { index, pair in
                pair.0.truncated(toCells: pair.1).padded(toCells: pair.1, alignRight: index > 1)
            }.joined(separator: " ")
        }
        lines.append(cadreRow(cadreHeaders))
        for line in report.cadres {
            lines.append(cadreRow([SafeText.line(line.name(language)), SafeText.line(line.township?(language) ?? ""), percent(line.figure.rate),
                                   interval(line.figure), String(line.figure.answers), line.rank.map(String.init) ?? "-"]))
        }
        lines.append("")
        lines.append(zh ? "排名只在答卷不少于 \(Satisfaction.minimumRanked) 份、且 95% 区间不重叠时区分先后;区间重叠的并列。"
                        : "Ranks only where there are \(Satisfaction.minimumRanked)+ answers and 95% intervals do not overlap; overlapping ones tie.")
        return lines.joined(separator: "\n") + "\n"
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
        let zh = language == .zh
        var rows = [zh ? ["期间", "类别", "名称", "乡镇", "满意", "答卷", "满意率", "区间下限", "区间上限", "排名"]
                       : ["period", "kind", "name", "township", "satisfied", "answers", "rate", "low95", "high95", "rank"]]
        func add(_ kind: String, _ line: SatisfactionReport.Line) {
            let shown = line.figure.shown
            let range = shown ? line.figure.interval : nil
            rows.append([report.period.description, kind, line.name(language), line.township?(language) ?? "", shown ? String(line.figure.satisfied) : "",
                         String(line.figure.answers), shown ? line.figure.rate.map { String(format: "%.4f", $0) } ?? "" : "",
                         range.map { String(format: "%.4f", $0.lowerBound) } ?? "", range.map { String(format: "%.4f", $0.upperBound) } ?? "",
                         line.rank.map(String.init) ?? ""])
        }
        add(zh ? "全县" : "county", SatisfactionReport.Line(name: BilingualName(zh: "全县", en: "county"), township: nil, figure: report.county, rank: nil))
        for line in report.townships { add(zh ? "乡镇" : "township", line) }
        for line in report.cadres { add(zh ? "团干部" : "cadre", line) }
        return CSVFile.data(rows)
    }
}
