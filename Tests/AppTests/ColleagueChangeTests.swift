import App
import DemoCounty
import Foundation
import LeagueCore
import Store
import Testing
import TestSupport
import Workflow

@Suite struct ColleagueChangeTests {
    @Test("a change committed by another connection shows on the next idle second, the selection kept")
    func seesColleagues() throws {
        let folder = TemporaryFolder()
        let mine = try folder.sampleCounty(now: Desk.now)
        let colleague = try AppDatabase.open(path: folder.file("league.sqlite"), mode: .existing)
        let desk = try Desk(database: mine)
        desk.press(.character("j"), .character("j"))
        let row = try #require(desk.runtime.state.queue.rows.first { $0.state == .published })
        let line = try #require(desk.screen.firstIndex { $0.hasPrefix(row.ref) })
        #expect(desk.screen[line].contains("已发布"))

        desk.runtime.idle()
        let framesBefore = desk.backend.frames.count
        desk.runtime.idle()
        #expect(desk.backend.frames.count == framesBefore, "nothing changed, nothing drawn")

        var input = ActionInput()
        input.assigneeCadreId = 1
        let current: Int = try colleague.writer.read { db in try Int.fetchOne(db, sql: "SELECT version FROM help_request WHERE id = ?", arguments: [row.id])! }
        try colleague.act("assign", on: row.id, version: current, by: try colleague.operatorAccount(login: "zhoujie")!, input: input, at: Desk.now)

        desk.runtime.idle()
        let updated = try #require(desk.screen.first { $0.hasPrefix(row.ref) })
        #expect(updated.contains("已指派"))
        #expect(desk.runtime.state.queue.selected == 2)
    }
}
