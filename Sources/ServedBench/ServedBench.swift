// Many desks on one county server: DESKS desks replay the scripted session at once over the
// socket (at a person's pace, then flat out), beside one desk on the file as the same operator; the server's memory; and eight
// desks writing at once, through the server and on the file.
//
// Usage: served-bench CIRCLEDESK DATABASE [DESKS] [ROUNDS]
import App
import BenchSupport
import Foundation
import LeagueCore
import Served
import Store
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

@main
struct ServedBench {
    /// What every desk of the bench is: one operator of one county.
    struct Desk: Sendable {
        let database: AppDatabase
        let account: Operator
        let vocabulary: Vocabulary
        let now: Date

        func onFile() -> StoreEnvironment { StoreEnvironment(database: database, account: account, language: .zh, clock: { now }) }
    }

    final class Results<T>: @unchecked Sendable {
        var values: [T?]
        let lock = NSLock()
        init(_ count: Int) { values = Array(repeating: nil, count: count) }
    }

    /// The script once on a desk of its own; the time of each key.
    static func replay(_ environment: AppEnvironment, _ desk: Desk, pause: Double = 0) -> [Double] {
        let backend = MemoryBackend(size: Size(width: 120, height: 40))
        let state = AppState(language: .zh, size: backend.size, now: desk.now, account: desk.account, vocabulary: desk.vocabulary,
                             countyName: "泰顺县", isSampleData: true)
        let runtime = Runtime(state: state, environment: environment, backend: backend)
        runtime.start()
        return script.map { key in
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            return milliseconds { runtime.handle(.key(key)) }
        }
    }

    /// `work` on `count` threads at once; their results.
    static func together<T>(_ count: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count), group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                let value = work(index)
                results.lock.withLock { results.values[index] = value }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values.compactMap { $0 }
    }

    /// Notes added by `count` desks at once for `seconds`, each on a request of its own: per second.
    static func writes(_ count: Int, seconds: Double, _ bench: Desk, _ desk: @escaping @Sendable (Int) throws -> AppEnvironment) throws -> Double {
        let page = PageLoad(from: nil, direction: .after, limit: count, placement: .top)
        let local = bench.onFile()
        guard case let .queue(.pageLoaded(_, _, _, rows)) = local.perform(.queue(.loadPage(QueueFilter(), .priority, page))), rows.count == count else {
            return 0
        }
        let done = together(count) { index -> Int in
            guard let environment = try? desk(index) else { return 0 }
            var row = rows[index], acted = 0
            let until = Date().addingTimeInterval(seconds)
            while Date() < until {
                var note = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version, action: .note)
                note.input.note = "基准测试"
                guard case .queue(.acted) = environment.perform(.queue(.act(note))) else { break }
                acted += 1
                row.version += 1
            }
            return acted
        }
        return Double(done.reduce(0, +)) / seconds
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: served-bench CIRCLEDESK DATABASE [DESKS] [ROUNDS]\n".utf8))
            exit(1)
        }
        let program = arguments[1], path = arguments[2]
        let desks = arguments.count > 3 ? Int(arguments[3]) ?? 50 : 50
        let rounds = arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1
        let nowText = "2026-11-28T09:00:00+08:00"
        let now = CountyTime.parseInstant(nowText)!

        let database = try AppDatabase.open(path: path, mode: .existing)
        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
        guard let account = try database.operatorAccount(login: login) else {
            FileHandle.standardError.write(Data("served-bench: \(login) is no operator of \(path)\n".utf8))
            exit(1)
        }
        let desk = Desk(database: database, account: account, vocabulary: try database.vocabulary(), now: now)

        // One desk on the file, as the same operator the served desks are.
        let onFile = (0..<rounds).flatMap { _ in replay(desk.onFile(), desk) }

        // The server, as its own process.
        let folder = NSTemporaryDirectory() + "served-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/circledesk.sock"
        let server = Process()
        server.executableURL = URL(fileURLWithPath: program)
        server.arguments = ["serve", "--db", path, "--socket", socket, "--now", nowText]
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        while !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.05) }

        func memory(_ field: String) -> String {
            let status = (try? String(contentsOfFile: "/proc/\(server.processIdentifier)/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
            return String(format: "%.0f MB", kilobytes / 1024)
        }

        let idle = memory("VmRSS")
        // As an office works (a key every 0.2 s, desks starting over the session's half
        // minute), then all at once as fast as the desks can go.
        let paced = together(desks) { index in
            Thread.sleep(forTimeInterval: 30 * Double(index) / Double(desks))
            guard let served = try? ServedEnvironment(path: socket, language: .zh, program: "bench") else { return [Double]() }
            return (0..<rounds).flatMap { _ in replay(served, desk, pause: 0.2) }
        }.flatMap { $0 }
        let flatOut = together(desks) { _ in
            guard let served = try? ServedEnvironment(path: socket, language: .zh, program: "bench") else { return [Double]() }
            return (0..<rounds).flatMap { _ in replay(served, desk) }
        }.flatMap { $0 }
        let busy = memory("VmHWM")
        let servedWrites = try writes(8, seconds: 3, desk) { _ in try ServedEnvironment(path: socket, language: .zh, program: "bench") }
        let fileWrites = try writes(8, seconds: 3, desk) { _ in desk.onFile() }

        print(String(format: "one desk on the file: key→frame median %.3f ms · p99 %.3f ms (%d keys)",
                     percentile(onFile, 0.5), percentile(onFile, 0.99), onFile.count))
        print(String(format: "%d desks on one server, a key every 0.2 s each, starting over 30 s: key→frame median %.3f ms · p99 %.3f ms (%d keys)",
                     desks, percentile(paced, 0.5), percentile(paced, 0.99), paced.count))
        print(String(format: "%d desks on one server, keys as fast as they go: key→frame median %.3f ms · p99 %.3f ms (%d keys)",
                     desks, percentile(flatOut, 0.5), percentile(flatOut, 0.99), flatOut.count))
        print("server memory: \(idle) idle, \(busy) at most with \(desks) desks")
        print(String(format: "8 desks writing at once: %.0f notes/s through the server · %.0f notes/s on the file", servedWrites, fileWrites))
    }
}
