import LeagueCore
import Reports
import Store
import Testing

@Suite struct StatsTextTests {
    private let stats = CountyStats(
        tables: ["cadre": 245, "help_request": 428],
        county: CountyStats.Figures(townships: 2, cadres: 245, requests: 428),
        townships: [
            .init(name: "罗阳镇", figures: .init(townships: 1, communes: 8, cadres: 37, youthInContact: 12445, requests: 76)),
            .init(name: "竹里畲族乡", figures: .init(townships: 1, communes: 3, cadres: 5, youthInContact: 1786, requests: 15)),
        ])

    /// Terminal cells of `text`: two for each Chinese character.
    private func cells(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } }

    @Test("township names start in the column of their header, in both languages", arguments: Language.allCases)
    func columnsLineUp(language: Language) {
        let lines = StatsText.render(stats, language: language).split(separator: "\n", omittingEmptySubsequences: false)
        let header = language == .zh ? "乡镇" : "township"
        let headerLine = lines.first { $0.hasSuffix(header) }!
        let column = cells(headerLine.dropLast(header.count))
        for name in ["罗阳镇", "竹里畲族乡"] {
            let line = lines.first { $0.hasSuffix(name) }!
            #expect(cells(line.dropLast(name.count)) == column, "\(line)")
        }
        // The first figures line up under their header too: cadres right-aligned.
        let cadresHeader = language == .zh ? "团干部" : "cadres"
        #expect(cells(headerLine.prefix { _ in true }.split(separator: " ").first!) == cells(Substring(cadresHeader)))
        #expect(lines.contains { $0.hasPrefix("    37") })
    }

    @Test("the summary speaks the chosen language")
    func languages() {
        #expect(StatsText.render(stats, language: .zh).contains("求助 428"))
        #expect(StatsText.render(stats, language: .en).contains("help requests 428"))
    }
}
