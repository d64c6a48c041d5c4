import App
import Foundation
import LeagueCore
import Store
#if canImport(Glibc)
import Glibc
#endif

/// Why a desk could not open on a server.
public enum ServedError: Error, Equatable, Sendable {
    /// The server said no, in the desk's language.
    case refused(String)
    case socket(SocketError)
    /// The server answered with something this desk cannot read.
    case unreadable(String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .refused(message): message
        case let .socket(error): error.message(language)
        case let .unreadable(detail): language.served(.badMessage, detail)
        }
    }
}

/// The desk's environment in served mode: effects go to the server and their answers come
/// back; who is acting is the server's to know. The server's word that someone committed
/// moves `dataVersion`, which the desk looks at every `watchInterval`.
public final class ServedEnvironment: AppEnvironment, @unchecked Sendable {
    public let welcome: Welcome
    let language: Language
    let fd: Int32
    private let inbox = Inbox()
    private let ids = NSLock()
    private var lastId = 0

    /// Connects to the server at `path` and says hello.
    public init(path: String, language: Language, program: String) throws {
        (fd, welcome) = try Self.greet(path, language: language, program: program)
        self.language = language
        let (fd, inbox) = (fd, inbox)
        Thread { inbox.listen(fd) }.start()
    }

    /// The connection ends with the desk, and is closed only then, once its reading thread has
    /// seen the end: until then every use of `fd` (a `perform`'s write, `hangUp`) is of this
    /// connection. Had the reading thread closed it when the server went, the number could
    /// name another file or socket of the process by the time a later write or shutdown used
    /// it — a frame written into it, or another server's listening socket shut.
    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        inbox.waitUntilGone()
        close(fd)
    }

    public var now: Date { welcome.fixedNow ?? Date() }

    public func dataVersion() -> Int? { inbox.changes }

    /// The server's word that the effect under way waits for a lock, while it is fresh.
    public func lockWaitRemaining() -> Int? { inbox.waiting() }

    /// A colleague's commit shows within this many milliseconds.
    public var watchInterval: Int { 50 }

    public func perform(_ effect: Effect) -> Answer? {
        guard effect != .redraw else { return nil }
        let id: Int = ids.withLock {
            lastId += 1
            return lastId
        }
        guard let body = try? JSONEncoder().encode(ClientMessage.perform(id: id, effect)), Frames.write(body, to: fd),
              let answer = inbox.answer(id) else {
            return .failed(language.served(.serverGone))
        }
        return answer
    }

    /// Ends the connection; the server forgets this desk.
    public func hangUp() { shutdown(fd, Int32(SHUT_RDWR)) }
}

/// What the server sent, kept for whoever waits for it: answers by id, and a count of
/// colleagues' commits. Read by a thread of its own until the connection ends.
private final class Inbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var replies: [Int: Answer?] = [:]
    private var commits = 0
    private var gone = false
    /// The last `waiting` heard, and when: the server says it again while the wait lasts.
    private var lastWaiting: (seconds: Int, heard: Date)?
    /// The highest id answered: a `waiting` for it, overtaken by its answer, is old news.
    private var lastAnswered = 0

    var changes: Int { condition.withLock { commits } }

    func waiting(at now: Date = Date()) -> Int? {
        condition.withLock {
            guard let lastWaiting, now.timeIntervalSince(lastWaiting.heard) < 0.5 else { return nil }
            return lastWaiting.seconds
        }
    }

    /// Returns once the reading thread has seen the connection end.
    func waitUntilGone() {
        condition.lock()
        defer { condition.unlock() }
        while !gone { condition.wait() }
    }

    /// The answer to `id`, waited for; nil when the connection ended first.
    func answer(_ id: Int) -> Answer?? {
        condition.lock()
        defer { condition.unlock() }
        while replies[id] == nil && !gone { condition.wait() }
        return replies.removeValue(forKey: id)
    }

    /// Reads `fd` until the connection ends; the desk that owns it closes it.
    func listen(_ fd: Int32) {
        defer {
            condition.withLock {
                gone = true
                commits += 1
                condition.broadcast()
            }
        }
        while let frame = try? Frames.read(fd, limit: Frames.serverLimit),
              let message = try? JSONDecoder().decode(ServerMessage.self, from: frame) {
            condition.withLock {
                switch message {
                case let .answer(id, answer):
                    replies[id] = .some(answer)
                    (lastWaiting, lastAnswered) = (nil, max(lastAnswered, id))
                case let .waiting(id, seconds) where id > lastAnswered: lastWaiting = (seconds, Date())
                case .waiting: break
                case .changed: commits += 1
                case .welcome, .refused, .file, .exited: break
                }
                condition.broadcast()
            }
        }
    }
}

extension ServedEnvironment {
    /// A connection to the server at `path`, welcomed: what every desk and command starts
    /// with. A peer that says nothing within `Session.patience` seconds is given up on.
    static func greet(_ path: String, language: Language, program: String) throws -> (Int32, Welcome) {
        signal(SIGPIPE, SIG_IGN)
        let fd: Int32
        do { fd = try UnixSocket.connect(path: path) } catch let error as SocketError { throw ServedError.socket(error) }
        do {
            let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(program: program, language: language)))
            guard Frames.write(hello, to: fd) else { throw ServedError.unreadable("hello") }
            UnixSocket.setReadTimeout(fd, seconds: Session.patience)
            guard let frame = try Frames.read(fd, limit: Frames.serverLimit) else { throw ServedError.unreadable("no welcome") }
            UnixSocket.setReadTimeout(fd, seconds: 0)
            switch try JSONDecoder().decode(ServerMessage.self, from: frame) {
            case let .welcome(welcome): return (fd, welcome)
            case let .refused(message): throw ServedError.refused(message)
            default: throw ServedError.unreadable("no welcome")
            }
        } catch {
            close(fd)
            if let error = error as? ServedError { throw error }
            throw ServedError.unreadable("\(error)")
        }
    }
}
