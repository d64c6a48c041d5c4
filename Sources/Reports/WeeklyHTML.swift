import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as one self-contained HTML page: CSS inline, bar charts as inline SVG,
/// a print stylesheet for A4 and fonts that have Chinese. The PDF is printed from it.
public enum WeeklyHTML {
    public static func html(_ summary: WeeklySummary, language: Language) -> String {
        let document = WeeklyDocument(summary, language: language)
        var body: [String] = []
        for section in document.sections {
            body.append("<section>")
            body.append("<h2>\(HTMLText.escaped(section.title))</h2>")
            body += section.lines.map { "<p>\(HTMLText.escaped($0))</p>" }
            if let table = section.table {
                if let bars = table.bars, let before = table.barsBefore {
                    body.append(chart(table.rows.map { $0[0] }, bars, before, legend: (table.headers[1], table.headers[2])))
                }
                // A cell never wraps: a long title is cut, with "…".
                let rows = table.rows.map { row in
                    row.enumerated().map { index, cell in cell.truncated(toCells: index == row.count - 1 ? 44 : 24) }
                }
                body.append(PrintedPage.table(table.headers, rows, numbers: table.bars == nil ? [] : Set(1..<table.headers.count)))
            }
            body.append("</section>")
        }
        body.append("<footer>\(HTMLText.escaped(document.footer))<p class=\"seal\">\(HTMLText.escaped(document.seal))</p></footer>")
        return PrintedPage.html(document.head, body: body, style: """
            svg { display: block; margin: 4pt 0; }
            footer { margin-top: 16pt; }
            footer .seal { font-size: 8pt; color: #555; }
            """, language: language)
    }

    /// Horizontal bars, a pair per name: this week's (red) over last week's (grey), each as
    /// long as its value, with a legend naming the two.
    static func chart(_ names: [String], _ values: [Int], _ before: [Int], legend: (String, String)) -> String {
        let most = max(1, (values + before).max() ?? 1)
        let rowHeight = 15, labelWidth = 84, barWidth = 320, top = 16
        let font = PrintFonts.family.replacingOccurrences(of: "\"", with: "'")
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"\(font)\" font-size=\"10\" width=\"\(labelWidth + barWidth + 40)\" "
                     + "height=\(quoted(top + rowHeight * names.count + 2))>",
                     "<rect x=\"\(labelWidth)\" y=\"2\" width=\"10\" height=\"8\" fill=\"#c33\"/>",
                     "<text x=\"\(labelWidth + 14)\" y=\"10\">\(HTMLText.escaped(legend.0))</text>",
                     "<rect x=\"\(labelWidth + 70)\" y=\"2\" width=\"10\" height=\"8\" fill=\"#bbb\"/>",
                     "<text x=\"\(labelWidth + 84)\" y=\"10\">\(HTMLText.escaped(legend.1))</text>"]
        for (index, name) in names.enumerated() {
            let y = top + index * rowHeight
            let now = values[index] * barWidth / most, then = before[index] * barWidth / most
            parts.append("<text x=\"0\" y=\"\(y + 11)\">\(HTMLText.escaped(name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(now)\" height=\"7\" fill=\"#c33\"/>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 8)\" width=\"\(then)\" height=\"5\" fill=\"#bbb\"/>")
            parts.append("<text x=\"\(labelWidth + max(now, then) + 4)\" y=\"\(y + 11)\">\(values[index])</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    private static func quoted(_ value: Int) -> String { "\"\(value)\"" }
}
