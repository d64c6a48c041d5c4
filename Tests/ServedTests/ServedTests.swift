@testable import App
import Foundation
import LeagueCore
@testable import Served
import Store
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

private let now = Date(timeIntervalSince1970: 1_764_291_600 + 365 * 86_400)  // 2026-11-28 09:00 in the county

/// The login running the tests: the sample county's creator, so its admin.
private let me: String = UnixSocket.login(of: geteuid()) ?? "root"

/// A server on a socket of its own over a copy of the sample county, in this process.
private final class RunningServer {
    let folder = TemporaryFolder()
    let database: AppDatabase
    let server: DeskServer
    let socket: String
    let logged = Logged()

    init() throws {
        database = try folder.sampleCounty(now: now, creator: me)
        socket = folder.file("desk.sock")
        let logged = self.logged
        server = try DeskServer(database: database, socketPath: socket, program: "test", fixedNow: now, log: { logged.add($0) })
        let server = self.server
        Thread { server.run() }.start()
    }

    deinit { server.stop() }

    func desk(_ language: Language = .zh) throws -> ServedEnvironment {
        try ServedEnvironment(path: socket, language: language, program: "test")
    }

    /// A raw connection, for saying what no desk says.
    func raw() throws -> Int32 { try UnixSocket.connect(path: socket) }
}

final class Answered: @unchecked Sendable {
    private let lock = NSLock()
    private var answer: Answer??
    func set(_ value: Answer?) { lock.withLock { answer = .some(value) } }
    var value: Answer?? { lock.withLock { answer } }
}

final class Logged: @unchecked Sendable {

    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// The first row of the queue as `desk` reads it.
private func firstRow(_ desk: ServedEnvironment) throws -> QueueRow {
    let page = PageLoad(from: nil, direction: .after, limit: 1, placement: .top)
    guard case let .queue(.pageLoaded(_, _, _, rows)) = try #require(desk.perform(.queue(.loadPage(QueueFilter(), .priority, page)))),
          let row = rows.first else { throw NoFirstPage() }
    return row
}

private struct NoFirstPage: Error {}

/// Waits up to `seconds` for `condition`.
private func eventually(_ seconds: Double = 3, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
}

@Suite struct ServedTests {
    @Test("a desk on the server is welcomed as the login the kernel names, and gets the answers a desk on the file gets")
    func sameAnswers() throws {
        let running = try RunningServer()
        let desk = try running.desk()
        #expect(desk.welcome.account.login == me && desk.welcome.account.role == .admin)
        #expect(desk.welcome.countyName == "泰顺县" && desk.welcome.isSampleData && desk.now == now)
        let local = StoreEnvironment(database: running.database, account: desk.welcome.account, language: .zh, clock: { now })
        var state = AppState(language: .zh, size: .init(width: 80, height: 24), now: now, account: desk.welcome.account,
                             vocabulary: desk.welcome.vocabulary, countyName: "泰顺县", isSampleData: true)
        var effects = Reducer.start(state)
        for pane in PaneID.allCases {
            state.pane = pane
            effects += pane.module.shown(&state)
        }
        #expect(effects.count >= 10)
        for effect in effects {
            #expect(desk.perform(effect) == local.perform(effect), "\(effect)")
        }
    }

    @Test("photos through the server: a few megabytes of them attached in one message, their thumbnails and a whole photo come back")
    func photos() throws {
        let running = try RunningServer()
        let desk = try running.desk()
        let row = try firstRow(desk)
        // Six photos of grain (which compresses as badly as a photo can), made small as a desk
        // makes them: more than the one-megabyte message a desk was once held to.
        let paths = try (0..<6).map { try PhotoFiles.png(800 + $0, 600, pattern: "noise", in: running.folder, name: "\($0).png") }
        let request = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version, action: .attach)
        guard case let .photo(.filesRead(_, files, refused)) = PhotoAttaching.read(request, paths, language: .zh) else {
            Issue.record("not read")
            return
        }
        #expect(refused.isEmpty && files.map(\.data.count).reduce(0, +) > 1 << 20, "\(files.map(\.data.count))")
        #expect(desk.perform(.photo(.attach(request, files, refused: []))) == .photo(.attached(request, kept: 6, refused: [])))
        guard case let .queue(.detailLoaded(_, detail)) = try #require(desk.perform(.queue(.loadDetail(row.id)))), let photos = detail?.photos else {
            Issue.record("no detail")
            return
        }
        #expect(photos.count == 6)
        guard case let .photo(.thumbnailsLoaded(thumbnails, _)) = try #require(desk.perform(.photo(.loadThumbnails(photos.map(\.id))))) else {
            Issue.record("no thumbnails")
            return
        }
        #expect(thumbnails.count == 6)
        guard case let .photo(.photoLoaded(sha256, data)) = try #require(desk.perform(.photo(.loadPhoto(photos[0].id)))) else {
            Issue.record("no photo")
            return
        }
        #expect(sha256 == photos[0].sha256 && data.map { $0.prefix(2) == Data([0xFF, 0xD8]) } == true)
    }

    @Test("a commit through one desk reaches the others at once, and a closed desk is forgotten")
    func changesReachOthers() throws {
        let running = try RunningServer()
        let acting = try running.desk(), watching = try running.desk()
        let page = PageLoad(from: nil, direction: .after, limit: 5, placement: .top)
        guard case let .queue(.pageLoaded(_, _, _, rows)) = try #require(acting.perform(.queue(.loadPage(QueueFilter(), .priority, page)))),
              let row = rows.first else {
            Issue.record("no first page")
            return
        }
        let before = (acting.dataVersion(), watching.dataVersion())
        var note = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version, action: .note)
        note.input.note = "电话已回访"
        #expect(acting.perform(.queue(.act(note))) == .queue(.acted(note)))
        #expect(eventually { watching.dataVersion() != before.1 })
        #expect(acting.dataVersion() == before.0)
        #expect(running.server.connections == 2)
        acting.hangUp()
        #expect(eventually { running.server.connections == 1 })
    }

    @Test("a change waiting for another program's write: the desk hears the countdown while it waits, and the change lands after")
    func waitsForALock() throws {
        let running = try RunningServer()
        let desk = try running.desk()
        let row = try firstRow(desk)
        var note = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: row.version, action: .note)
        note.input.note = "等锁时写下的记录"
        #expect(desk.lockWaitRemaining() == nil)
        let holder = try HeldWrite(running.database.path)
        let answered = Answered()
        let effect = Effect.queue(.act(note))
        Thread { answered.set(desk.perform(effect)) }.start()
        #expect(eventually(5) { (desk.lockWaitRemaining() ?? 0) > 0 }, "no countdown heard")
        let heard = desk.lockWaitRemaining() ?? 0
        #expect(heard <= Int(LockWait.patience))
        try holder.end()
        #expect(eventually(12) { answered.value != nil })
        #expect(answered.value == .queue(.acted(note)))
        #expect(eventually { desk.lockWaitRemaining() == nil })
    }

    @Test("a message that is no message gets a clear refusal and a closed connection; the server serves the next desk")
    func nonsenseIsRefused() throws {
        let running = try RunningServer()
        let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(program: "test", language: .en)))
        let attempts: [[UInt8]] = [
            [0xFF, 0xFF, 0xFF, 0xFF],                              // four gigabytes announced
            [0, 0, 0, 5] + Array("{{{{{".utf8),                    // not JSON
            [0, 0, 0, 40] + Array("{\"perform\"".utf8),            // cut short
            frame(try JSONEncoder().encode(ClientMessage.perform(id: 1, .redraw))),  // no hello first
            frame(hello) + frame(Data("[1,2,3]".utf8)),           // hello, then nonsense
            frame(hello) + frame(hello),                           // hello twice
        ]
        for bytes in attempts {
            let fd = try running.raw()
            defer { close(fd) }
            _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            shutdown(fd, Int32(SHUT_WR))
            var messages: [ServerMessage] = []
            while let body = try? Frames.read(fd, limit: Frames.serverLimit), let message = try? JSONDecoder().decode(ServerMessage.self, from: body) {
                messages.append(message)
            }
            guard case let .refused(why) = messages.last else {
                Issue.record("\(bytes.prefix(12)) → \(messages)")
                continue
            }
            #expect(why.contains("message could not be read") || why.contains("无法识别"), "\(why)")
        }
        let desk = try running.desk()
        #expect(desk.perform(.queue(.loadCounts(QueueFilter()))) != nil)
        #expect(running.logged.all.count == attempts.count)
    }

    @Test("four hundred mangled conversations: each ends with a refusal or a closed connection, and the server serves on")
    func fuzzed() throws {
        let running = try RunningServer()
        let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(program: "test", language: .en)))
        let perform = try JSONEncoder().encode(ClientMessage.perform(id: 7, .queue(.loadDetail(1))))
        let valid = frame(hello) + frame(perform)
        var random = SystemRandomNumberGenerator()
        for round in 0..<400 {
            var bytes = valid
            switch round % 4 {
            case 0:  // flipped bytes
                for _ in 0..<Int.random(in: 1...8, using: &random) { bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random) }
            case 1: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))  // cut anywhere
            case 2: bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }  // noise
            default:  // a frame whose length lies
                let body = Array(perform)
                let told = UInt32.random(in: 0...UInt32(body.count * 2), using: &random)
                bytes = frame(hello) + [UInt8(told >> 24), UInt8(told >> 16 & 0xFF), UInt8(told >> 8 & 0xFF), UInt8(told & 0xFF)] + body
            }
            let fd = try running.raw()
            _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            shutdown(fd, Int32(SHUT_WR))
            while (try? Frames.read(fd, limit: Frames.serverLimit)) != nil {}
            close(fd)
        }
        let desk = try running.desk()
        guard case .queue(.detailLoaded(id: 1, _)) = try #require(desk.perform(.queue(.loadDetail(1)))) else {
            Issue.record("the server no longer answers")
            return
        }
        #expect(eventually { running.server.connections == 1 })
    }

    @Test("after the server goes, a desk's connection is still its own until the desk goes: its number is not closed under it, to name another file or socket by the time the desk writes to it or shuts it")
    func connectionOwnedByTheDesk() throws {
        let running = try RunningServer()
        let desk = try running.desk()
        running.server.stop()
        #expect(eventually {
            if case .failed = desk.perform(.queue(.loadCounts(QueueFilter()))) { return true }
            return false
        })
        var type: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        #expect(getsockopt(desk.fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 && type == Int32(SOCK_STREAM.rawValue), "the desk's number was closed")
        running.server.stop()  // a second stop touches nothing
    }

    @Test("a desk still greeting while a colleague commits reads its welcome first, and is told of later commits")
    func commitDuringGreeting() throws {
        let running = try RunningServer()
        let fd = try running.raw()  // accepted, not yet greeted
        defer { close(fd) }
        #expect(eventually { running.server.connections == 1 })
        let acting = try running.desk()
        let page = PageLoad(from: nil, direction: .after, limit: 1, placement: .top)
        guard case let .queue(.pageLoaded(_, _, _, rows)) = try #require(acting.perform(.queue(.loadPage(QueueFilter(), .priority, page)))),
              let row = rows.first else {
            Issue.record("no first page")
            return
        }
        func note(_ text: String, version: Int) -> ActionRequest {
            var note = ActionRequest(requestId: row.id, ref: row.ref, townshipId: row.townshipId, version: version, action: .note)
            note.input.note = text
            return note
        }
        #expect(acting.perform(.queue(.act(note("电话已回访", version: row.version)))) != nil)
        let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(program: "test", language: .zh)))
        #expect(Frames.write(hello, to: fd))
        UnixSocket.setReadTimeout(fd, seconds: 5)
        func next() throws -> ServerMessage {
            try JSONDecoder().decode(ServerMessage.self, from: try #require(try Frames.read(fd, limit: Frames.serverLimit)))
        }
        guard case .welcome = try next() else {
            Issue.record("the first word was not the welcome")
            return
        }
        #expect(acting.perform(.queue(.act(note("又回访一次", version: row.version + 1)))) != nil)
        #expect(try next() == .changed)
    }

    @Test("a desk of another protocol is told both versions")
    func otherVersion() throws {
        let running = try RunningServer()
        let fd = try running.raw()
        defer { close(fd) }
        let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(protocolVersion: 99, program: "9.9.9", language: .en)))
        #expect(Frames.write(hello, to: fd))
        let reply = try JSONDecoder().decode(ServerMessage.self, from: try #require(try Frames.read(fd, limit: Frames.serverLimit)))
        #expect(reply == .refused("versions differ: the server runs test (protocol \(ServedProtocol.version)), this desk 9.9.9 (protocol 99); upgrade the older one"))
    }

    @Test("a desk that cannot reach a server is told what to do, in its language")
    func noServer() throws {
        let folder = TemporaryFolder()
        #expect(throws: ServedError.socket(.noServer(path: folder.file("none.sock")))) {
            try ServedEnvironment(path: folder.file("none.sock"), language: .en, program: "test")
        }
        #expect(ServedError.socket(.noServer(path: "/run/circledesk/circledesk.sock")).message(.en)
            == "the server is not running: nothing listens on /run/circledesk/circledesk.sock (systemctl status circledesk)")
        #expect(ServedWords.book.problems == [])
    }

    @Test("a second server on the same socket is refused; a socket left by a stopped one is taken over")
    func oneServerPerSocket() throws {
        let running = try RunningServer()
        #expect(throws: SocketError.inUse(path: running.socket)) {
            try DeskServer(database: running.database, socketPath: running.socket, program: "test")
        }
        running.server.stop()
        // A socket file nobody accepts on, bound by a program gone since: bound in this process
        // and closed, it could stay open a moment in a program another test was starting.
        let bound = try Shell.run("/usr/bin/python3", ["-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", running.socket])
        #expect(bound.status == 0, "\(bound.error)")
        let again = try DeskServer(database: running.database, socketPath: running.socket, program: "test")
        Thread { again.run() }.start()
        defer { again.stop() }
        #expect(try ServedEnvironment(path: running.socket, language: .zh, program: "test").welcome.account.login == me)
    }
}

private func frame(_ body: Data) -> [UInt8] {
    let length = UInt32(body.count)
    return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + Array(body)
}
