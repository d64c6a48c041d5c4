import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as one self-contained HTML page: CSS inline, bar charts as inline SVG,
/// a print stylesheet for A4 and fonts that have Chinese. The PDF is printed from it.
public enum WeeklyHTML {
    public static func html(_ summary: WeeklySummary, language: Language) -> String {
        let document = WeeklyDocument(summary, language: language)
        var body: [String] = ["<header><p class=\"issuer\">\(HTMLText.escaped(document.letterhead))</p><h1>\(HTMLText.escaped(document.title))</h1>"
                              + "<p class=\"made\">\(HTMLText.escaped(document.madeAt))</p></header>"]
        for section in document.sections {
            body.append("<section>")
            body.append("<h2>\(HTMLText.escaped(section.title))</h2>")
            body += section.lines.map { "<p>\(HTMLText.escaped($0))</p>" }
            if let table = section.table {
                if let bars = table.bars { body.append(chart(table.rows.map { $0[0] }, bars)) }
                body.append("<table><thead><tr>" + table.headers.map { "<th>\(HTMLText.escaped($0))</th>" }.joined() + "</tr></thead><tbody>")
                body += table.rows.map { row in
                    "<tr>" + row.enumerated().map { index, cell in
                        index > 0 && table.bars != nil ? "<td class=\"n\">\(HTMLText.escaped(cell))</td>"
                            // A cell never wraps: a long title is cut, with "…".
                            : "<td>\(HTMLText.escaped(cell.truncated(toCells: index == row.count - 1 ? 44 : 24)))</td>"
                    }.joined() + "</tr>"
                }
                body.append("</tbody></table>")
            }
            body.append("</section>")
        }
        body.append("<footer>\(HTMLText.escaped(document.footer))<p class=\"seal\">\(HTMLText.escaped(document.seal))</p></footer>")
        return """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escaped(document.title))</title>
            <style>
            \(PrintFonts.css)
            @page { size: A4; margin: 16mm 16mm 18mm; @bottom-center { content: \(WeeklyWords.book.phrase(.pageNumber, in: language)); font-size: 8pt; color: #555; } }
            body { font-size: 10pt; color: #222; }
            header { text-align: center; border-bottom: 1.5pt solid #b22; padding-bottom: 4pt; margin-bottom: 6pt; }
            header .issuer { font-size: 20pt; color: #b22; letter-spacing: 2pt; margin: 0 0 4pt; }
            header .made { font-size: 8.5pt; color: #555; }
            h1 { font-size: 14pt; margin: 0 0 2pt; }
            h2 { font-size: 12pt; color: #b22; margin: 10pt 0 3pt; break-after: avoid; }
            p { margin: 2pt 0; }
            table { border-collapse: collapse; margin: 4pt 0; }
            th, td { border-bottom: 0.5pt solid #ccc; padding: 1pt 6pt; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            svg { display: block; margin: 4pt 0; }
            footer { margin-top: 16pt; }
            footer .seal { font-size: 8pt; color: #555; }
            td, th { white-space: nowrap; }
            p, tr, svg { break-inside: avoid; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Horizontal bars, one per name, as wide as its value.
    static func chart(_ names: [String], _ values: [Int]) -> String {
        let most = max(1, values.max() ?? 1)
        let rowHeight = 12, labelWidth = 80, barWidth = 300
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"\(PrintFonts.family.replacingOccurrences(of: "\"", with: "'"))\" width=\"\(labelWidth + barWidth + 40)\" height=\(quoted(rowHeight * names.count + 4))>"]
        for (index, (name, value)) in zip(names, values).enumerated() {
            let y = index * rowHeight + 2
            let width = value * barWidth / most
            parts.append("<text x=\"0\" y=\"\(y + 10)\" font-size=\"9\">\(HTMLText.escaped(name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(width)\" height=\"\(rowHeight - 3)\" fill=\"#c33\"/>")
            parts.append("<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 10)\" font-size=\"9\">\(value)</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    private static func quoted(_ value: Int) -> String { "\"\(value)\"" }
}
