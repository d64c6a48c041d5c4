import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as plain text for a printer: no line wider than 78 cells (Chinese
/// measured two), what pane 5 shows between its borders at 80 columns, line for line; names
/// never split across lines; ASCII bars; a form feed before a section that would cross an A4
/// page (60 lines).
public enum WeeklyText {
    public static let width = 78
    public static let pageLines = 60

    public static func text(_ summary: WeeklySummary, language: Language) -> String {
        lines(summary, language: language).joined(separator: "\n") + "\n"
    }

    /// The text's lines; a page break is a line of its own, a form feed.
    public static func lines(_ summary: WeeklySummary, language: Language) -> [String] {
        let document = WeeklyDocument(summary, language: language)
        var sections: [[String]] = [[document.head.issuer, document.title, document.head.madeAt, String(repeating: "=", count: 60)]]
        for section in document.sections {
            var lines = [section.title]
            lines += section.lines.flatMap { wrapped($0, indent: 2) }
            if let table = section.table { lines += self.table(table) }
            lines += section.after.flatMap { wrapped($0, indent: 2) }
            sections.append(lines)
        }
        sections.append(wrapped(document.footer, indent: 0) + wrapped(document.seal, indent: 0))
        return paged(sections)
    }

    /// Columns padded by cells; the last one cut to what is left; a bar of # after the table's
    /// numbers when it has a chart.
    static func table(_ table: WeeklyDocument.Table) -> [String] {
        func row(_ cells: [String]) -> String {
            var line = "  "
            for (index, cell) in cells.enumerated() {
                if index == cells.count - 1, table.bars == nil {
                    // The last column of a table without a chart takes what the line has left.
                    line += cell.truncated(toCells: max(10, width - CellWidth.of(line)))
                } else {
                    line += cell.truncated(toCells: table.widths[index]).padded(toCells: table.widths[index], alignRight: index > 0 && table.bars != nil) + " "
                }
            }
            return line.hasSuffix(" ") ? String(line.dropLast()) : line
        }
        let most = max(1, table.bars?.max() ?? 1)
        // After the indent, the cells and a space after each.
        let barRoom = width - 2 - table.widths.reduce(0, +) - table.widths.count
        return [row(table.headers)] + table.rows.enumerated().map { index, cells in
            guard let bars = table.bars else { return row(cells) }
            let bar = String(repeating: "#", count: bars[index] * barRoom / most)
            return bar.isEmpty ? row(cells) : row(cells) + " " + bar
        }
    }

    static func wrapped(_ text: String, indent: Int) -> [String] {
        text.wrapped(toCells: width - indent, keepingWords: true).map { String(repeating: " ", count: indent) + $0 }
    }

    /// Sections joined by a blank line, a form feed before any that would cross a page.
    static func paged(_ sections: [[String]]) -> [String] {
        var out: [String] = []
        var onPage = 0
        for section in sections {
            if onPage > 0, onPage + section.count + 1 > pageLines {
                out.append("\u{0C}")
                onPage = 0
            } else if onPage > 0 {
                out.append("")
                onPage += 1
            }
            out += section
            onPage += section.count
        }
        return out
    }
}

/// The weekly summary as Markdown, for pasting into a message or a wiki.
public enum WeeklyMarkdown {
    public static func markdown(_ summary: WeeklySummary, language: Language) -> String {
        let document = WeeklyDocument(summary, language: language)
        var out = ["# \(escaped(document.title))", ""]
        for section in document.sections {
            out += ["## \(escaped(section.title))", ""]
            out += section.lines.map { "- \(escaped($0))" }
            if !section.lines.isEmpty { out.append("") }
            if let table = section.table {
                out.append("| " + table.headers.map(escaped).joined(separator: " | ") + " |")
                out.append("|" + table.headers.indices.map { $0 > 0 && table.bars != nil ? "---:|" : "---|" }.joined())
                out += table.rows.map { "| " + $0.map(escaped).joined(separator: " | ") + " |" }
                out.append("")
            }
        }
        out.append(escaped(document.footer))
        out.append("")
        out.append(escaped(document.seal))
        return out.joined(separator: "\n") + "\n"
    }

    /// Text with Markdown's marks made literal.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
