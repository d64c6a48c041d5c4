@testable import LeagueCore
@testable import Reports
@testable import Store
import TerminalKit
import Testing

/// The printouts' writers on hand-made values: what a user typed never becomes markup or a
/// terminal command, and the columns line up whatever the names.
@Suite struct WritersTests {
    static let hostile = "<script>alert(\"x\")</script>&amp;\u{1B}[2J\u{7}"

    static func card(_ name: String = hostile) -> PairingCard {
        PairingCard(cardNumber: "JD-2026-0001", kind: .mentoring, startedOn: "2026-03-01", endedOn: nil, county: "泰顺县",
                    cadre: name, cadreRole: .leagueCadre, cadrePhone: "13912345678", township: "罗阳镇", commune: nil,
                    youngPerson: "小\u{202E}明", youngPersonPhone: "13800001111", contactPoint: "<b>村</b>")
    }

    @Test("HTML escapes markup characters and nothing else")
    func escaping() {
        #expect(HTMLText.escaped(#"<a href="x">&</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLText.escaped("罗阳镇 生姜 100%") == "罗阳镇 生姜 100%")
    }

    @Test("a hostile name on a pairing card is text on the page: no tag, no escape sequence, the entity shown as typed")
    func cardHTML() {
        let html = PairingCardPrint.html(Self.card(), language: .zh)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;"))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test("the card's text is a box of equal rows with Chinese in it, and masks phones unless asked for them")
    func cardText() {
        let text = PairingCardPrint.text(Self.card("张传相"), language: .zh)
        let box = text.split(separator: "\n").filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        #expect(Set(box.map { CellWidth.of(String($0)) }).count == 1)
        #expect(text.contains("139****5678") && !text.contains("13912345678"))
        #expect(PairingCardPrint.text(Self.card("张传相"), language: .zh, phones: CardPhones(cadre: true, youngPerson: true)).contains("13912345678"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("calibration: figures under their headers whatever the reviewer's name, drift flagged, no reviewers said in words")
    func calibration() {
        let rubric = StoredRubric(id: 1, name: "县标准", rubric: .countyDefault)
        let criteria = Rubric.countyDefault.criteria.count
        let reviewers = [
            ReviewerCalibration(reviewer: "李晓东", reviews: 40, figures: .init(reviewerId: 1, sharedDiaries: 12,
                                                                                 offsets: Array(repeating: 0.25, count: criteria), kappa: 0.61)),
            ReviewerCalibration(reviewer: Self.hostile, reviews: 7, figures: .init(reviewerId: 2, sharedDiaries: 5,
                                                                                  offsets: [1.5] + Array(repeating: 0, count: criteria - 1), kappa: nil)),
        ]
        let lines = CalibrationText.render(rubric, reviewers, language: .zh).split(separator: "\n").map(String.init)
        let header = lines.firstIndex { $0.hasSuffix("点评人") } ?? 0
        let rows = lines[(header + 1)...(header + 2)]
        let nameColumn = CellWidth.of(String(lines[header].dropLast(3)))
        #expect(rows.first.map { CellWidth.of(String($0.dropLast(3))) } == nameColumn)
        #expect(rows.last?.contains("偏差") == true && rows.first?.contains("偏差") == false)
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(CalibrationText.render(rubric, [], language: .en).contains("No diary has been scored by two reviewers yet."))
    }

    @Test("the printouts' sentences and the exported files' words are in both languages, with the same holes")
    func wordsComplete() {
        #expect(ReportWords.book.problems == [])
        #expect(TableWords.book.problems == [])
        #expect(ImportWords.book.problems == [])
        #expect(WeeklyWords.book.problems == [])
        #expect(SatisfactionWords.book.problems == [])
        #expect(Language.en.report(.cardTitle, "Taishun") == "Taishun Youth League · Pairing contact card")
    }
}
