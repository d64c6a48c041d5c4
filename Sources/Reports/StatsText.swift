import LeagueCore
import Store

/// `circledesk stats` as text: the county's figures, a line per township, rows per table.
/// Township names come last on their lines so that the numbers line up whatever the width
/// of the Chinese before them.
public enum StatsText {
    public static func render(_ stats: CountyStats, language: Language) -> String {
        let c = stats.county
        var lines = [
            language.report(.statsCounty, c.townships, c.contactPoints, c.communes, c.cadres, c.activeCadres, c.youthInContact),
            language.report(.statsRequests, c.requests, c.openRequests, c.overdueRequests, c.solvedRequests),
            language.report(.statsWork, c.diaries, c.reviewedDiaries, c.surveyResponses, c.suggestions, c.answeredSuggestions),
            "",
        ]
        let headers = ReportWords.book.columns(.statsColumns, in: language)
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

        lines.append(language.report(.statsTables))
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
