import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit

/// A request on one A4 page for its case file (求助单): its facts, people and clocks, its text,
/// the resolution and its history, in the desk's own words. A history too long for the page
/// keeps its first and latest steps and says how many were left out, and where to read them.
/// Its photos are printed as thumbnails, numbered as `photo get` takes them.
public enum RequestSheet {
    /// The history steps a page holds.
    static let historyOnPage = 24

    /// `thumbnails`: the photos' thumbnails by SHA-256 (those missing are left out).
    public static func html(_ detail: RequestDetail, vocabulary: Vocabulary, county: String, madeAt: Date, language: Language,
                            wholePhones: Bool, thumbnails: [String: [UInt8]] = [:]) -> String {
        let c = Catalog(language: language), labels = Labels(language: language), row = detail.row
        let none = c[.detailNone]
        let requester = detail.requester.map { name in
            SafeText.line(name) + (detail.requesterPhone.map { " " + (wholePhones ? $0 : PhoneMask.mask($0)) } ?? "")
        } ?? none
        let place = [detail.township, detail.village.map(SafeText.line)].compactMap { $0 }.joined(separator: " ")
        var clocks = c.format(.detailContactDue, labels.shortTimestamp(row.firstContactDue))
        if let contacted = row.firstContactAt { clocks += c.format(.detailContacted, labels.shortTimestamp(contacted)) }
        clocks += " · " + c.format(.detailResolutionDue, labels.shortTimestamp(row.resolutionDue))
        let facts: [(String, String)] = [
            (c[.sheetReference], row.ref),
            (c[.sheetState], labels.state(row.state) + (detail.escalated ? " · " + c[.detailEscalated] : "")),
            (c[.pickCategory], labels.category(vocabulary.category(detail.categoryId))),
            (c[.pickUrgency], labels.urgencyName(row.urgency)),
            (c[.pickTownship], place),
            (c[.detailSource], detail.source.map(labels.source) ?? none),
            (c[.detailRequester], requester),
            (c[.detailCollector], detail.collector.map(SafeText.line) ?? none),
            (c[.detailAssignee], detail.assignee.map(SafeText.line) ?? none),
            (c[.sheetRegistered], labels.timestamp(row.createdAt)),
            (c[.sheetClocks], row.slaPausedAt == nil ? clocks : c[.detailPaused]),
        ]
        let escaped = PrintedPage.escaped
        var body = ["<h2>\(escaped(SafeText.line(row.title)))</h2>", "<table class=\"facts\">"
            + facts.map { "<tr><th>\(escaped($0.0))</th><td>\(escaped($0.1))</td></tr>" }.joined() + "</table>"]
        body.append("<h2>\(escaped(c[.sheetText]))</h2>")
        body += SafeText.lines(detail.body).split(separator: "\n", omittingEmptySubsequences: false).map { "<p>\(escaped(String($0)))</p>" }
        if let resolution = detail.resolution {
            body.append("<h2>\(escaped(c[.detailResolution]))</h2><p>\(escaped(SafeText.line(resolution)))</p>")
        }
        let printed = detail.photos.filter { thumbnails[$0.sha256] != nil }
        if !printed.isEmpty {
            body.append("<h2>\(escaped(c.format(.photos, printed.count)))</h2><div class=\"photos\">" + printed.map { photo in
                "<figure><img src=\"data:image/jpeg;base64,\(Data(thumbnails[photo.sha256]!).base64EncodedString())\">"
                    + "<figcaption>\(photo.id) \(escaped(SafeText.line(photo.name)))</figcaption></figure>"
            }.joined() + "</div>")
        }
        body.append("<h2>\(escaped(c[.detailHistory]))</h2>")
        let events = detail.events
        let shown = events.count <= historyOnPage ? events : Array(events.prefix(4)) + Array(events.suffix(historyOnPage - 4))
        var rows = shown.map { event in
            [labels.timestamp(event.at), SafeText.line(event.actor),
             labels.step(event, in: vocabulary),
             SafeText.line(event.note).truncated(toCells: 40)]
        }
        if shown.count < events.count {
            rows.insert(["…", "", c.format(.sheetLeftOut, events.count - shown.count, row.ref), ""], at: 4)
        }
        body.append(PrintedPage.table(c.columns(.sheetHistoryColumns), rows))
        return PrintedPage.html(PrintedPage.Head(county: county, title: c.format(.sheetTitle, row.ref), madeAt: madeAt, language: language),
                                body: body, style: """
                                    .facts th { width: 22mm; } .facts td { white-space: normal; }
                                    h2 { margin-top: 8pt; } p { text-indent: 2em; }
                                    .photos { display: flex; flex-wrap: wrap; gap: 3mm; }
                                    .photos figure { margin: 0; width: 32mm; } .photos img { width: 32mm; height: 24mm; object-fit: cover; }
                                    .photos figcaption { font-size: 7pt; overflow: hidden; white-space: nowrap; }
                                    """, language: language)
    }
}
