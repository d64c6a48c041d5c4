import Foundation
import LeagueCore
import Store
import TerminalKit

/// The satisfaction report on A4, for the committee's table: the same figures and words as
/// the text form (`SatisfactionText`), laid out as tables on the printed page.
public enum SatisfactionHTML {
    public static func html(_ report: SatisfactionReport, county: String, madeAt: Date, language: Language) -> String {
        let say = { (words: SatisfactionWords, values: [CustomStringConvertible]) in SatisfactionWords.book.format(words, in: language, values) }
        let head = PrintedPage.Head(county: county, title: say(.title, [report.period.name(language)]), madeAt: madeAt, language: language)
        func paragraph(_ text: String) -> String { "<p>\(HTMLText.escaped(text))</p>" }
        var body = [paragraph(say(.rateMeans, [])), paragraph(say(.cadresRated, []) + SatisfactionText.summary(report.county, language))]
        for survey in report.surveys {
            let rate = survey.responseRate.map { String(format: "%.0f%%", $0 * 100) }
            let invited = survey.invited.map { say(.invited, [$0, rate ?? "-"]) } ?? say(.invitedUnknown, [])
            body.append(paragraph("· " + SafeText.line(survey.title) + say(.responses, [survey.responses]) + invited))
        }
        let follow = report.followUps
        let rate = follow.responseRate.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
        body.append(paragraph(say(.followUps, [follow.resolved, follow.followedUp, rate]) + " " + SatisfactionText.summary(follow.figure, language)))
        body.append(paragraph(say(.lastSix, [])))
        body.append(PrintedPage.table(report.trend.map { $0.period.description },
                                      [report.trend.map { $0.figure.shown ? SatisfactionText.percent($0.figure.rate) : "-" }],
                                      numbers: Set(report.trend.indices)))
        body.append("<h2>\(HTMLText.escaped(say(.townshipsHeading, [])))</h2>")
        body.append(PrintedPage.table(SatisfactionWords.book.columns(.townshipColumns, in: language),
                                      report.townships.map { SatisfactionText.townshipCells($0, language) }, numbers: [1, 2, 3, 4]))
        body.append("<h2>\(HTMLText.escaped(say(.cadresListed, [Satisfaction.minimumShown, report.hiddenCadres])))</h2>")
        body.append(PrintedPage.table(SatisfactionWords.book.columns(.cadreColumns, in: language),
                                      report.cadres.map { SatisfactionText.cadreCells($0, language) }, numbers: [2, 3, 4, 5]))
        body.append("<p class=\"note\">\(HTMLText.escaped(say(.ranksMean, [Satisfaction.minimumRanked])))</p>")
        return PrintedPage.html(head, body: body, style: ".note { font-size: 8.5pt; color: #555; margin-top: 8pt; }", language: language)
    }
}
