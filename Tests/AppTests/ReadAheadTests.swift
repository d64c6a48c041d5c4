import App
import Foundation
import LeagueCore
import Store
import Testing

/// What an idle desk reads before anyone asks (`Runtime.readAhead`).
@Suite struct ReadAheadTests {
    @Test("an idle desk reads ahead what each other pane loads when shown; reading it changes neither the desk nor the county")
    func readAhead() throws {
        let database = try Desk.ownCounty()
        let desk = try Desk(database: database)
        let reads = desk.runtime.readAhead
        let week = CountyWeek(containing: Desk.now), half = ReportPeriod(.half, containing: Desk.now)
        #expect(reads.contains(.roster(.loadTownships)))
        #expect(reads.contains(.review(.loadQueue(after: nil))))
        #expect(reads.contains(.surveys(.loadSatisfaction(half))))
        #expect(reads.contains(.summary(.loadWeeklySummary(week))))
        #expect(reads.contains(.service(.loadSuggestions)))
        // The queue on screen is not read again.
        #expect(!reads.contains { if case .queue = $0 { true } else { false } })

        let state = desk.runtime.state, mark = try database.commitMark()
        let environment = StoreEnvironment(database: database, account: state.account, language: .zh, clock: { Desk.now })
        for effect in reads { environment.readAhead(effect) }
        #expect(desk.runtime.state == state)
        #expect(try database.commitMark() == mark)

        // The summary once shown is not read ahead; the others still are.
        desk.press(.character("5"))
        #expect(desk.text.contains("一、本周概况"))
        #expect(!desk.runtime.readAhead.contains(.summary(.loadWeeklySummary(week))))
        #expect(desk.runtime.readAhead.contains(.roster(.loadTownships)))
    }
}
