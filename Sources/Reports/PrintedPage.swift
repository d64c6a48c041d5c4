import Foundation
import LeagueCore
import TerminalKit

/// The A4 page every printed document is laid on: the issuing committee, the title and when it
/// was made at the head; 第 N 页 共 M 页 at the foot; the print fonts; tables whose cells never
/// wrap. A document gives its body (already escaped HTML) and any style of its own.
public enum PrintedPage {
    /// The head's words: who issues it, its title, and when it was made.
    public struct Head: Sendable, Equatable {
        public var issuer: String
        public var title: String
        public var madeAt: String

        /// The committee of `county`, the title, and `madeAt` as county time.
        public init(county: String, title: String, madeAt: Date, language: Language) {
            issuer = language.report(.letterhead, CountyName.named(SafeText.line(county), in: language))
            self.title = title
            self.madeAt = language.report(.madeAt, CountyTime.instantString(madeAt))
        }
    }

    public static func html(_ head: Head, body: [String], style: String = "", language: Language) -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escaped(head.title))</title>
            <style>
            \(PrintFonts.css)
            @page { size: A4; margin: 16mm 16mm 18mm;
                    @bottom-center { content: \(language.report(.pageNumber)); font-size: 8pt; color: #555; } }
            body { font-size: 10pt; color: #222; }
            header { text-align: center; border-bottom: 1.5pt solid #b22; padding-bottom: 4pt; margin-bottom: 6pt; }
            header .issuer { font-size: 20pt; color: #b22; letter-spacing: 2pt; margin: 0 0 4pt; }
            header .made { font-size: 8.5pt; color: #555; }
            h1 { font-size: 14pt; margin: 0 0 2pt; }
            h2 { font-size: 12pt; color: #b22; margin: 10pt 0 3pt; break-after: avoid; }
            p { margin: 2pt 0; }
            table { border-collapse: collapse; margin: 4pt 0; }
            th, td { border-bottom: 0.5pt solid #ccc; padding: 1pt 6pt; text-align: left; white-space: nowrap; }
            th { color: #555; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            p, tr { break-inside: avoid; }
            \(style)
            </style>
            </head>
            <body>
            <header><p class="issuer">\(HTMLText.escaped(head.issuer))</p><h1>\(HTMLText.escaped(head.title))</h1><p class="made">\(HTMLText.escaped(head.madeAt))</p></header>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Text made safe for the page: markup characters as entities.
    public static func escaped(_ text: String) -> String { HTMLText.escaped(text) }

    /// A table: headers, rows of cells (escaped here), and which columns are numbers.
    public static func table(_ headers: [String], _ rows: [[String]], numbers: Set<Int> = []) -> String {
        "<table><thead><tr>" + headers.map { "<th>\(HTMLText.escaped($0))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.map { row in
                "<tr>" + row.enumerated().map { index, cell in
                    "<td\(numbers.contains(index) ? " class=\"n\"" : "")>\(HTMLText.escaped(cell))</td>"
                }.joined() + "</tr>"
            }.joined()
            + "</tbody></table>"
    }
}
