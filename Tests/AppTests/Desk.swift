import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import TestSupport

/// The desk on the sample county in a memory terminal, driven key by key as a person would.
final class Desk {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!
    static let county: AppDatabase = try! ownCounty()

    /// A sample county of a test's own, for tests that change it.
    static func ownCounty() throws -> AppDatabase {
        try SampleCountyTemplate.inMemory(now: now, creator: "wangmin-admin")
    }

    let backend: MemoryBackend
    let runtime: Runtime

    init(width: Int = 80, height: Int = 24, language: Language = .zh, database: AppDatabase = Desk.county,
         login: String = "wangmin", countyName: String = "泰顺县", isSampleData: Bool = true) throws {
        backend = MemoryBackend(size: Size(width: width, height: height))
        let account = try database.operatorAccount(login: login)!
        let state = AppState(
            language: language, size: backend.size, now: Desk.now,
            account: account,
            vocabulary: try database.vocabulary(), countyName: countyName, isSampleData: isSampleData)
        runtime = Runtime(state: state, environment: StoreEnvironment(database: database, account: account, language: language, clock: { Desk.now }),
                          backend: backend)
        runtime.start()
    }

    var screen: [String] { backend.lastFrame!.lines }
    var canvas: Canvas { backend.lastFrame! }
    var text: String { screen.joined(separator: "\n") }

    func press(_ keys: Key...) {
        for key in keys { runtime.handle(.key(key)) }
    }

    /// Types `text` one character at a time, as a terminal delivers it.
    func type(_ text: String) {
        for character in text { runtime.handle(.key(.character(character))) }
    }

    /// Presses `key`, types `text` at the prompt it opens, and presses Enter.
    func prompt(_ key: Character, _ text: String) {
        press(.character(key))
        type(text)
        press(.enter)
    }

    func resize(_ width: Int, _ height: Int) {
        backend.size = Size(width: width, height: height)
        runtime.handle(.resize(backend.size))
    }
}
