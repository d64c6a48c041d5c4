import LeagueCore
import Store

/// `circledesk stats` as text: the county's figures, a line per township, rows per table.
/// Township names come last on their lines so that the numbers line up whatever the width
/// of the Chinese before them.
public enum StatsText {
    public static func render(_ stats: CountyStats, language: Language) -> String {
        let c = stats.county
        let zh = language == .zh
        var lines: [String] = []
        if zh {
            lines.append("乡镇 \(c.townships) · 联系点 \(c.contactPoints) · 青公社 \(c.communes) · 团干部 \(c.cadres)(在岗 \(c.activeCadres))· 联系青年 \(c.youthInContact)")
            lines.append("求助 \(c.requests):未办结 \(c.openRequests)(超时 \(c.overdueRequests))· 已解决 \(c.solvedRequests)")
            lines.append("工作日记 \(c.diaries)(已点评 \(c.reviewedDiaries))· 测评答卷 \(c.surveyResponses) · 意见建议 \(c.suggestions)(已答复 \(c.answeredSuggestions))")
        } else {
            lines.append("townships \(c.townships) · contact points \(c.contactPoints) · communes \(c.communes) · cadres \(c.cadres) (\(c.activeCadres) active) · young people in contact \(c.youthInContact)")
            lines.append("help requests \(c.requests): open \(c.openRequests) (overdue \(c.overdueRequests)) · solved \(c.solvedRequests)")
            lines.append("diaries \(c.diaries) (reviewed \(c.reviewedDiaries)) · survey responses \(c.surveyResponses) · suggestions \(c.suggestions) (answered \(c.answeredSuggestions))")
        }
        lines.append("")

        let headers = zh
            ? ["团干部", "青公社", "联系青年", "求助", "未办结", "超时", "日记", "乡镇"]
            : ["cadres", "communes", "in contact", "requests", "open", "overdue", "diaries", "township"]
        let rows = stats.townships.map { township -> [String] in
            let f = township.figures
            return [f.cadres, f.communes, f.youthInContact, f.requests, f.openRequests, f.overdueRequests, f.diaries]
                .map(String.init) + [township.name]
        }
        // Every column but the last holds ASCII digits; the headers' widths are counted in
        // terminal cells (two per Chinese character).
        let widths = (0..<(headers.count - 1)).map { column in
            max(cells(headers[column]), rows.map { $0[column].count }.max() ?? 0)
        }
        func line(_ fields: [String]) -> String {
            zip(fields, widths).map { pad($0, to: $1) }.joined(separator: "  ") + "  " + fields.last!
        }
        lines.append(line(headers))
        lines += rows.map(line)
        lines.append("")

        lines.append(zh ? "各表行数" : "rows per table")
        let nameWidth = stats.tables.keys.map(\.count).max() ?? 0
        for (table, count) in stats.tables.sorted(by: { $0.key < $1.key }) {
            lines.append("  " + table + String(repeating: " ", count: nameWidth - table.count) + "  " + String(count))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Right-aligns `text` in `width` terminal cells.
    private static func pad(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - cells(text))) + text
    }

    /// Cells a header takes: headers are ASCII or CJK only, so two per non-ASCII character.
    private static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
}
