import Foundation
import LeagueCore
import Store
import TerminalKit

/// The pairing contact card (结对联系卡) for printing: as text for any printer, and as a
/// self-contained HTML page the size of a card. Phone numbers are masked unless the
/// person printing may read them and asks for them.
public enum PairingCardPrint {
    /// The card's lines as label and value, in the card's order.
    static func fields(_ card: PairingCard, language: Language, fullPhones: Bool) -> [(String, String)] {
        let phone = { (number: String?) in number.map { fullPhones ? $0 : PhoneMask.mask($0) } ?? language.report(.cardNone) }
        let role = card.cadreRole?.name(language) ?? ""
        let period = card.endedOn.map { language.report(.cardPeriodTo, card.startedOn, $0) } ?? language.report(.cardPeriodSince, card.startedOn)
        let fields: [(ReportWords, String)] = [
            (.cardNumber, card.cardNumber),
            (.cardKind, card.kind?.name(language) ?? ""),
            (.cardPeriod, period),
            (.cardCadre, "\(card.cadre)(\(role))"),
            (.cardCadrePhone, phone(card.cadrePhone)),
            (.cardTownship, [card.township, card.commune].compactMap { $0 }.joined(separator: " · ")),
            (.cardYoungPerson, card.youngPerson),
            (.cardYoungPhone, phone(card.youngPersonPhone)),
            (.cardVillage, card.contactPoint ?? ""),
        ]
        return fields.map { (language.report($0.0), SafeText.line($0.1)) }
    }

    static func title(_ card: PairingCard, _ language: Language) -> String {
        let county = SafeText.line(card.county)
        return language.report(.cardTitle, county)
    }

    /// A box of ASCII lines no wider than 60 cells: it prints the same on any printer and
    /// lines up wherever Chinese is drawn two cells wide.
    public static func text(_ card: PairingCard, language: Language, fullPhones: Bool = false) -> String {
        let inner = 56
        let fields = fields(card, language: language, fullPhones: fullPhones)
        let labelWidth = fields.map { CellWidth.of($0.0) }.max() ?? 0
        let rule = "+" + String(repeating: "-", count: inner + 2) + "+"
        func boxed(_ text: String) -> String { "| " + text.padded(toCells: inner) + " |" }
        let title = title(card, language)
        let centered = String(repeating: " ", count: max(0, (inner - CellWidth.of(title)) / 2)) + title
        var lines = [rule, boxed(centered.truncated(toCells: inner)), rule]
        for (label, value) in fields {
            let wrapped = value.wrapped(toCells: inner - labelWidth - 2)
            for (index, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                lines.append(boxed((index == 0 ? label : "").padded(toCells: labelWidth) + "  " + part))
            }
        }
        lines.append(rule)
        lines.append(language.report(.cardFooter))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One page of HTML with its own CSS, laid out as a card (85.6 × 54 mm when printed)
    /// with fonts that have Chinese.
    public static func html(_ card: PairingCard, language: Language, fullPhones: Bool = false) -> String {
        let rows = fields(card, language: language, fullPhones: fullPhones).map {
            "<tr><th>\(HTMLText.escaped($0.0))</th><td>\(HTMLText.escaped($0.1))</td></tr>"
        }.joined(separator: "\n")
        let footer = language.report(.cardFooter)
        return """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escaped(card.cardNumber))</title>
            <style>
            \(PrintFonts.css)
            @page { size: 85.6mm 54mm; margin: 0; }
            body { margin: 0; }
            .card { box-sizing: border-box; width: 85.6mm; height: 54mm; padding: 3mm 4mm; border: 0.3mm solid #b22; border-radius: 3mm; }
            h1 { font-size: 10pt; margin: 0 0 1.5mm; color: #b22; text-align: center; }
            table { border-collapse: collapse; font-size: 7.5pt; width: 100%; }
            th { text-align: left; font-weight: normal; color: #555; white-space: nowrap; padding: 0.3mm 2mm 0.3mm 0; vertical-align: top; }
            td { padding: 0.3mm 0; }
            p { font-size: 6.5pt; color: #555; margin: 1mm 0 0; text-align: center; }
            </style>
            </head>
            <body>
            <div class="card">
            <h1>\(HTMLText.escaped(title(card, language)))</h1>
            <table>
            \(rows)
            </table>
            <p>\(HTMLText.escaped(footer))</p>
            </div>
            </body>
            </html>

            """
    }
}
