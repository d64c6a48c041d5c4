import App
import GRDB
import LeagueCore
@testable import Store
import TerminalKit
import Testing
import TestSupport

@Suite struct MixedTextTests {
    /// The sample county with the top requests retitled in emoji, Latin and combining marks.
    static let county: AppDatabase = {
        let database = try! SampleCountyTemplate.inMemory(now: Desk.now, creator: "x")
        let top = try! database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 4, now: Desk.now)
        let titles = ["👍 点赞接力 relay for 孤儿", "Café 咖啡 e\u{301}tudiant 求职", "🌾🌾 稻田 rice field 受灾 after typhoon", "纯中文标题没有别的字符再长一点再长一点"]
        try! database.writer.write { db in
            for (row, title) in zip(top, titles) {
                try db.execute(sql: "UPDATE help_request SET title = ? WHERE id = ?", arguments: [title, row.id])
            }
        }
        return database
    }()

    @Test("emoji, Latin and combining marks keep every column in place", arguments: [
        (80, 24, Language.zh), (120, 40, .zh), (80, 24, .en), (120, 40, .en),
    ])
    func aligned(width: Int, height: Int, language: Language) throws {
        let desk = try Desk(width: width, height: height, language: language, database: Self.county)
        let header = desk.screen[2]
        let stateHeader = language == .zh ? "状态" : "State"
        let stateColumn = CellWidth.of(String(header[..<header.range(of: stateHeader)!.lowerBound]))
        for y in 3..<7 {
            // The state column starts in the same cell on every row, whatever the title held.
            var x = 0, cells = 0
            while cells < stateColumn { cells += desk.canvas[x, y].isContinuation ? 0 : CellWidth.of(Character(desk.canvas[x, y].text)); x += 1 }
            #expect(cells == stateColumn)
            #expect(desk.canvas[x - 1, y].text == " ", "\(desk.screen[y])")
            #expect(CellWidth.of(desk.screen[y]) <= width)
        }
        #expect(desk.screen[3].contains("👍"))
        #expect(desk.screen[4].contains("e\u{301}"))
    }
}
