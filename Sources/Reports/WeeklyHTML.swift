import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as one self-contained HTML page: CSS inline, bar charts drawn in HTML,
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
            .chart { font-size: 8.5pt; margin: 2pt 0 4pt; }
            .chart td { border: none; padding: 0 4pt 0 0; line-height: 1.15; }
            .chart .bars { width: 110mm; }
            .chart .now { background: #c33; height: 5pt; margin-top: 1pt; }
            .chart .then { background: #bbb; height: 3pt; }
            .chart .key { display: inline-block; width: 8pt; height: 6pt; }
            .chart .key.now { margin: 0; } .chart .legend { color: #555; }
            footer { margin-top: 16pt; }
            footer .seal { font-size: 8pt; color: #555; }
            """, language: language)
    }

    /// Horizontal bars, a pair per name: this week's (red) over last week's (grey), each as
    /// long as its value, with a legend naming the two. Drawn as HTML, so its text is set in
    /// the document's font like the rest (an SVG's text would bring a font of its own).
    static func chart(_ names: [String], _ values: [Int], _ before: [Int], legend: (String, String)) -> String {
        let most = Double(max(1, (values + before).max() ?? 1))
        func width(_ value: Int) -> String { String(format: "%.1f%%", Double(value) / most * 100) }
        let escaped = HTMLText.escaped
        var rows = ["<tr><td></td><td class=\"legend\"><span class=\"key now\"></span> \(escaped(legend.0)) "
                    + "<span class=\"key then\"></span> \(escaped(legend.1))</td><td></td></tr>"]
        for (index, name) in names.enumerated() {
            rows.append("<tr><td>\(escaped(name))</td><td class=\"bars\"><div class=\"now\" style=\"width: \(width(values[index]))\"></div>"
                        + "<div class=\"then\" style=\"width: \(width(before[index]))\"></div></td><td class=\"n\">\(values[index])</td></tr>")
        }
        return "<table class=\"chart\">" + rows.joined() + "</table>"
    }
}
