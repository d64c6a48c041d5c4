import App
import Foundation
import LeagueCore
@testable import Store
import Testing
import TestSupport
import Workflow

@Suite struct ColleagueChangeTests {
    /// A desk on a sample county of its own, and a colleague's connection to the same file
    /// (the folder goes with it when dropped).
    private static func deskAndColleague() throws -> (TemporaryFolder, Desk, AppDatabase) {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Desk.now)
        return (folder, try Desk(database: database), try AppDatabase.open(path: folder.file("league.sqlite"), mode: .existing))
    }

    @Test("a change committed by another connection shows on the next idle second, the selection kept")
    func seesColleagues() throws {
        let (folder, desk, colleague) = try Self.deskAndColleague()
        defer { withExtendedLifetime(folder) {} }
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
        try colleague.requests.act("assign", on: row.id, version: current, by: try colleague.operatorAccount(login: "zhoujie")!, input: input, at: Desk.now)

        desk.runtime.idle()
        let updated = try #require(desk.screen.first { $0.hasPrefix(row.ref) })
        #expect(updated.contains("已指派"))
        #expect(desk.runtime.state.queue.selected == 2)
    }

    @Test("a call a colleague records leaves the follow-up calls on screen at the next idle second, and their count with it")
    func seesFollowUps() throws {
        let (folder, desk, colleague) = try Self.deskAndColleague()
        defer { withExtendedLifetime(folder) {} }
        desk.press(.character("4"), .character("f"))
        desk.runtime.idle()
        let waiting = desk.runtime.state.surveys.due.count
        let due = try #require(desk.runtime.state.surveys.due.first)
        #expect(desk.screen[22].hasSuffix("待回访 \(waiting) 件"), "\(desk.screen[22])")
        try colleague.surveys.recordFollowUp(requestId: due.requestId, version: due.version, answer: .satisfied, remark: "", reopenReason: nil,
                                             by: try #require(try colleague.operatorAccount(login: "zhoujie")), at: Desk.now)
        desk.runtime.idle()
        #expect(!desk.runtime.state.surveys.due.contains { $0.requestId == due.requestId })
        #expect(desk.screen[22].hasSuffix("待回访 \(waiting - 1) 件"), "\(desk.screen[22])")
    }

    @Test("a colleague's edit of a cadre shows on the open card; out of sight, the roster is read when shown again")
    func seesRosterChanges() throws {
        let (folder, desk, colleague) = try Self.deskAndColleague()
        defer { withExtendedLifetime(folder) {} }
        let zhoujie = try colleague.operatorAccount(login: "zhoujie")!
        desk.press(.character("2"), .character("/"))
        desk.type("zcx")
        desk.press(.enter, .enter)
        desk.runtime.idle()
        var draft = CadreDraft(try colleague.roster.cadreCard(id: 1, now: Desk.now)!)
        draft.phone = "13900009999"
        try colleague.roster.updateCadre(id: 1, version: 1, draft, by: zhoujie, at: Desk.now)
        desk.runtime.idle()
        #expect(desk.screen[3].hasPrefix(" 手机 13900009999 "))

        desk.press(.character("1"))
        try colleague.roster.setCadreActive(id: 1, false, version: 2, by: zhoujie, at: Desk.now)
        desk.runtime.idle()
        #expect(desk.runtime.state.roster.stale)
        #expect(desk.runtime.state.roster.card?.card?.cadre.active == true)
        desk.press(.character("2"))
        #expect(desk.screen[2].hasSuffix("2026-11-28 离岗"))
    }
}
