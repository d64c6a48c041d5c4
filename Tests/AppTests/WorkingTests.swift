import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing

/// The sample county's store, with the weekly summary as slow as at a hundred times the county.
private struct SlowSummary: AppEnvironment {
    let store: StoreEnvironment
    var now: Date { store.now }
    func dataVersion() -> Int? { store.dataVersion() }
    /// No wait for another program's write: the process's own (`LockWait`) is shared by every
    /// test running beside this one, and one of them waiting on its file showed here.
    func lockWaitRemaining() -> Int? { nil }
    func perform(_ effect: Effect) -> Answer? {
        if case .summary(.loadWeeklySummary) = effect { Thread.sleep(forTimeInterval: 0.5) }
        return store.perform(effect)
    }
}

@Suite struct WorkingTests {
    @Test("a report that takes long says the desk is working at once, then shows; a quick pane draws no such frame")
    func working() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let account = try #require(try Desk.county.operatorAccount(login: "wangmin"))
        let state = AppState(language: .zh, size: backend.size, now: Desk.now, account: account,
                             vocabulary: try Desk.county.vocabulary(), countyName: "泰顺县", isSampleData: true)
        let store = StoreEnvironment(database: Desk.county, account: account, language: .zh, clock: { Desk.now })
        let runtime = Runtime(state: state, environment: SlowSummary(store: store), backend: backend)
        runtime.start()

        let before = backend.frames.count
        runtime.handle(.key(.character("5")))
        let frames = Array(backend.frames.dropFirst(before))
        #expect(frames.count == 2)
        #expect(frames.first?.lines[23] == " 正在计算…")
        #expect(frames.last?.lines.contains { $0.hasPrefix(" 一、本周概况") } == true && frames.last?.lines[23].hasPrefix(" <上一周") == true)

        runtime.handle(.key(.character("1")))
        #expect(backend.frames.count == before + 3)
        #expect(backend.frames.last?.lines[23].hasPrefix(" /搜索") == true)
    }
}
