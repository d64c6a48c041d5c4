import Foundation
import LeagueCore
import Store
import TerminalKit

/// Which phone numbers a card shows whole. The cadre's number is what the card is for: whole
/// for whoever may see full numbers. The young person's only when asked for as well.
public struct CardPhones: Sendable, Equatable {
    public var cadre: Bool
    public var youngPerson: Bool

    public init(cadre: Bool, youngPerson: Bool) {
        self.cadre = cadre
        self.youngPerson = youngPerson
    }

    public static let masked = CardPhones(cadre: false, youngPerson: false)
}

/// The pairing contact card (结对联系卡) for printing: as text for any printer, and as a
/// self-contained HTML page the size of a card, or a sheet of them on A4. A card of an ended
/// pairing says so across it.
public enum PairingCardPrint {
    /// The card's lines as label and value, in the card's order.
    static func fields(_ card: PairingCard, language: Language, phones: CardPhones) -> [(String, String)] {
        let phone = { (number: String?, whole: Bool) in number.map { whole ? $0 : PhoneMask.mask($0) } ?? language.report(.cardNone) }
        let role = card.cadreRole?.name(language) ?? ""
        let period = card.endedOn.map { language.report(.cardPeriodTo, card.startedOn, $0) } ?? language.report(.cardPeriodSince, card.startedOn)
        let fields: [(ReportWords, String)] = [
            (.cardNumber, card.cardNumber),
            (.cardKind, card.kind?.name(language) ?? ""),
            (.cardPeriod, period),
            (.cardCadre, "\(card.cadre)(\(role))"),
            (.cardCadrePhone, phone(card.cadrePhone, phones.cadre)),
            (.cardTownship, [card.township, card.commune].compactMap { $0 }.joined(separator: " · ")),
            (.cardYoungPerson, card.youngPerson),
            (.cardYoungPhone, phone(card.youngPersonPhone, phones.youngPerson)),
            (.cardVillage, card.contactPoint ?? ""),
        ]
        return fields.map { (language.report($0.0), SafeText.line($0.1)) }
    }

    static func title(_ card: PairingCard, _ language: Language) -> String {
        let county = SafeText.line(card.county)
        return language.report(.cardTitle, county)
    }

    /// What an ended pairing's card says across it; nil while the pairing lasts.
    static func ended(_ card: PairingCard, _ language: Language) -> String? {
        card.endedOn.map { language.report(.cardEnded, SafeText.line($0)) }
    }

    /// A box of ASCII lines no wider than 60 cells: it prints the same on any printer and
    /// lines up wherever Chinese is drawn two cells wide.
    public static func text(_ card: PairingCard, language: Language, phones: CardPhones = .masked) -> String {
        let inner = 56
        let fields = fields(card, language: language, phones: phones)
        let labelWidth = fields.map { CellWidth.of($0.0) }.max() ?? 0
        let rule = "+" + String(repeating: "-", count: inner + 2) + "+"
        func boxed(_ text: String) -> String { "| " + text.padded(toCells: inner) + " |" }
        let title = title(card, language)
        let centered = String(repeating: " ", count: max(0, (inner - CellWidth.of(title)) / 2)) + title
        var lines = [rule, boxed(centered.truncated(toCells: inner))]
        if let ended = ended(card, language) { lines.append(boxed(("** " + ended + " **").truncated(toCells: inner))) }
        lines.append(rule)
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

    /// One page of HTML with its own CSS, laid out as a card (85.6 × 54 mm when printed).
    public static func html(_ card: PairingCard, language: Language, phones: CardPhones = .masked) -> String {
        page(HTMLText.escaped(card.cardNumber), [card], language: language, phones: phones,
             pageStyle: "@page { size: 85.6mm 54mm; margin: 0; }")
    }

    /// The cards of a township on A4, two across and five down a page, to cut out.
    public static func sheet(_ cards: [PairingCard], title: String, language: Language, phones: CardPhones = .masked) -> String {
        page(HTMLText.escaped(title), cards, language: language, phones: phones, pageStyle: """
            @page { size: A4; margin: 12mm 14mm; }
            .card { display: inline-block; vertical-align: top; margin: 0 4mm 4mm 0; break-inside: avoid; }
            """)
    }

    private static func cardHTML(_ card: PairingCard, language: Language, phones: CardPhones) -> String {
        let rows = fields(card, language: language, phones: phones).map {
            "<tr><th>\(HTMLText.escaped($0.0))</th><td>\(HTMLText.escaped($0.1))</td></tr>"
        }.joined(separator: "\n")
        let ended = ended(card, language).map { "<div class=\"ended\">\(HTMLText.escaped($0))</div>" } ?? ""
        return """
            <div class="card\(card.endedOn == nil ? "" : " over")">
            <h1>\(HTMLText.escaped(title(card, language)))</h1>
            <table>
            \(rows)
            </table>
            <p>\(HTMLText.escaped(language.report(.cardFooter)))</p>
            \(ended)
            </div>
            """
    }

    private static func page(_ title: String, _ cards: [PairingCard], language: Language, phones: CardPhones, pageStyle: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            \(PrintFonts.css)
            \(pageStyle)
            body { margin: 0; }
            .card { position: relative; overflow: hidden; box-sizing: border-box; width: 85.6mm; height: 54mm; padding: 2.5mm 4mm;
                    border: 0.3mm solid #b22; border-radius: 3mm; }
            .card.over { border-color: #888; color: #666; }
            h1 { font-size: 9.5pt; margin: 0 0 1mm; color: #b22; text-align: center; }
            table { border-collapse: collapse; font-size: 7pt; width: 100%; }
            th { text-align: left; color: #555; white-space: nowrap; padding: 0.2mm 2mm 0.2mm 0; vertical-align: top; }
            td { padding: 0.2mm 0; white-space: nowrap; overflow: hidden; }
            p { font-size: 6.5pt; color: #555; margin: 0.8mm 0 0; text-align: center; }
            .ended { position: absolute; left: 0; right: 0; top: 21mm; padding: 1mm; text-align: center; font-size: 8pt;
                     color: #fff; background: #b22; opacity: 0.9; transform: rotate(-8deg); }
            </style>
            </head>
            <body>
            <div class="sheet">
            \(cards.map { cardHTML($0, language: language, phones: phones) }.joined(separator: "\n"))
            </div>
            </body>
            </html>

            """
    }
}
