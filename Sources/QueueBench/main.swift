// The desk's speed: a scripted session replayed against the app core with the memory
// terminal, key by key, beside the same queries run straight on SQLite.
//
// Usage: queue-bench DATABASE [ROUNDS]
import App
import BenchSupport
import Foundation
import GRDB
import LeagueCore
import Store
import TerminalKit

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: queue-bench DATABASE [ROUNDS]\n".utf8))
    exit(1)
}
let path = arguments[1]
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

/// Stops with `message` on standard error: the bench has nothing to measure.
func stop(_ message: String) -> Never {
    FileHandle.standardError.write(Data("queue-bench: \(path): \(message)\n".utf8))
    exit(1)
}
let database: AppDatabase
do { database = try AppDatabase.open(path: path, mode: .existing) } catch { stop("\(error)") }
/// The same file opened by GRDB alone, read-only: the floor's SQL runs on it straight.
let sqlite: DatabaseQueue = try {
    var readOnly = Configuration()
    readOnly.readonly = true
    return try DatabaseQueue(path: path, configuration: readOnly)
}()
guard let desk = try database.operatorAccount(login: "chenjing") else { stop("no operator chenjing: not a sample county") }
let vocabulary = try database.vocabulary()

let environment = StoreEnvironment(database: database, account: desk, language: .zh, clock: { now })
@MainActor func makeRuntime(_ backend: MemoryBackend) -> Runtime {
    let state = AppState(
        language: .zh, size: backend.size, now: now, account: desk,
        vocabulary: vocabulary, countyName: "泰顺县", isSampleData: true)
    return Runtime(state: state, environment: environment, backend: backend)
}

var firstFrames: [Double] = [], readsAhead: [Double] = []
var keyTimes: [Double] = []
/// Each step's times over the rounds.
var atStep = Array(repeating: [Double](), count: script.count)
for _ in 0..<rounds {
    let backend = MemoryBackend(size: Size(width: 120, height: 40))
    let runtime = makeRuntime(backend)
    firstFrames.append(milliseconds { runtime.start() })
    // What the desk reads ahead while the person looks at the first frame.
    readsAhead.append(milliseconds { for effect in runtime.readAhead { environment.readAhead(effect) } })
    for (step, key) in script.enumerated() {
        let time = milliseconds { runtime.handle(.key(key)) }
        keyTimes.append(time)
        atStep[step].append(time)
    }
}

// The floor: the queue's own statements timed straight on SQLite, without the app.
let pageRows = 35
var search = QueueFilter()
search.search = "生姜"
var township = QueueFilter()
township.townshipIds = [1]
let firstPage = try database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: pageRows, now: now)
let queries: [(String, QueueFilter, QueuePosition?)] = [
    ("first page", QueueFilter(), nil),
    ("next page", QueueFilter(), firstPage.last?.position(in: .priority)),
    ("township", township, nil),
    ("search 生姜", search, nil),
]
var floor: [(String, Double)] = []
for (name, filter, position) in queries {
    let statements = try database.requests.queuePageStatements(
        filter: filter, sort: .priority, from: position, direction: .after, limit: pageRows, now: now)
    var times: [Double] = []
    for _ in 0..<(rounds * 5) {
        times.append(try milliseconds {
            try sqlite.read { db in
                for (sql, arguments) in statements { _ = try Row.fetchAll(db, sql: sql, arguments: arguments) }
            }
        })
    }
    floor.append((name, percentile(times, 0.5)))
}

// The roster's and the review's reads straight from the store (their SQL and nothing of the desk).
for (name, read) in [
    ("township table", { _ = try database.roster.townshipSummaries(now: now) }),
    ("cadres of a township", { _ = try database.roster.cadres(CadreQuery(townshipId: 3), now: now) }),
    ("search zcx", { _ = try database.roster.cadres(CadreQuery(search: "zcx"), now: now) }),
    ("card", { _ = try database.roster.cadreCard(id: 1, now: now) }),
    ("review queue", { _ = try database.diaries.reviewQueue(for: desk, limit: 200) }),
    ("review counts", { _ = try database.diaries.diaryCounts(for: desk, now: now) }),
    ("calibration", { _ = try database.diaries.calibration() }),
] as [(String, () throws -> Void)] {
    floor.append((name, percentile(try (0..<(rounds * 5)).map { _ in try milliseconds(read) }, 0.5)))
}

let requests = try sqlite.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM help_request")! }
print(String(format: "requests %d · keys %d · first frame median %.2f ms · read ahead median %.2f ms · key→frame median %.3f ms · p99 %.3f ms · max %.3f ms",
             requests, keyTimes.count, percentile(firstFrames, 0.5), percentile(readsAhead, 0.5), percentile(keyTimes, 0.5), percentile(keyTimes, 0.99),
             keyTimes.max() ?? 0))
// The five slowest keys of all rounds, each placed in the session by the named key at or before it.
let slowest = keyTimes.indices.sorted { keyTimes[$0] > keyTimes[$1] }.prefix(5).map { index in
    let step = index % script.count
    let after = namedKeys.last { $0.step <= step }.map { $0.step == step ? $0.name : "after \($0.name)" } ?? "queue"
    return String(format: "%.2f ms (round %d, step %d, %@ — %@)", keyTimes[index], index / script.count + 1, step,
                  "\(script[step])" as NSString, after as NSString)
}
print("slowest keys: " + slowest.joined(separator: " · "))
print("floor (the queries straight from the store, median): " + floor.map { String(format: "%@ %.3f ms", $0.0, $0.1) }.joined(separator: " · "))

// Each key a person waits on, beside what its pane reads from the store alone.
let week = CountyWeek(containing: now)
func searching(_ words: String) -> QueueFilter {
    var filter = QueueFilter()
    filter.search = words
    filter.states = Set(RequestState.allCases)
    return filter
}
func queue(_ filter: QueueFilter) throws {
    _ = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: pageRows, now: now)
    _ = try database.requests.queueCounts(filter: filter, now: now)
}
let reads: [String: () throws -> Void] = [
    "x clear": { try queue(QueueFilter()) },
    "x clear a search": { try queue(QueueFilter()) },
    "/生姜": { try queue(searching("生姜")) },
    "/台风过后": { try queue(searching("台风过后")) },
    "/蜂蜜": { try queue(searching("蜂蜜")) },
    "2 township table": { _ = try database.roster.townshipSummaries(now: now) },
    "4 satisfaction": { _ = try database.surveys.satisfactionReport(period: ReportPeriod(.half, containing: now)) },
    "5 weekly summary": { _ = try database.summary.weeklySummary(week, now: now) },
    "< week before": { _ = try database.summary.weeklySummary(week.previous, now: now) },
]
print(String(format: "%-20@ %10@ %10@ %14@", "key" as NSString, "p50 ms" as NSString, "p99 ms" as NSString, "store alone" as NSString))
for (step, name) in namedKeys {
    let store = try reads[name].map { read in percentile(try (0..<(rounds * 3)).map { _ in try milliseconds(read) }, 0.5) }
    print(String(format: "%-20@ %10.2f %10.2f %14@", name as NSString, percentile(atStep[step], 0.5), percentile(atStep[step], 0.99),
                 (store.map { String(format: "%.2f", $0) } ?? "") as NSString))
}
