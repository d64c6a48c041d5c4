import App
import Foundation
import LeagueCore
import Store
#if canImport(Glibc)
import Glibc
#endif

/// One desk's connection, on a thread of its own: hello, then effects one after another.
/// Writes go through a queue of their own, so that telling a stalled desk about a commit
/// holds up nobody; a desk that stops reading for `patience` seconds is hung up on.
final class Session: @unchecked Sendable {
    let fd: Int32
    /// Kept alive by its sessions: a session ending after `stop` still tells it so.
    let server: DeskServer
    private let writes = DispatchQueue(label: "circledesk.session.writes")
    private let lock = NSLock()
    /// A `changed` is waiting to be written: one is enough however many commits came.
    private var changedPending = false
    private var hungUp = false
    /// `fd` is closed: its number may name another file of the process now.
    private var closed = false
    /// A command owns the connection: nothing else may be written to it.
    private var running = false
    /// The welcome is on its way: only then may a colleague's commit be told (a desk reads
    /// its welcome first, and reads everything after it).
    private var welcomed = false

    /// `changed`, encoded once for every desk it is sent to.
    private static let changed = (try? JSONEncoder().encode(ServerMessage.changed)) ?? Data()

    /// Seconds a desk has to say hello, and to take what it is sent.
    static let patience = 10

    init(fd: Int32, server: DeskServer) {
        self.fd = fd
        self.server = server
    }

    func serve() {
        defer {
            server.ended(self)
            // Ended on the writes' queue, after what was queued (a refusal, the last answer): a
            // commit noticed meanwhile may still queue a write, which must not reach the number
            // once it names another file.
            writes.sync {
                hangUp()
                lock.withLock {
                    close(fd)
                    closed = true
                }
            }
        }
        UnixSocket.setReadTimeout(fd, seconds: Self.patience)
        UnixSocket.setWriteTimeout(fd, seconds: Self.patience)
        guard let (environment, language, login) = greet() else { return }
        UnixSocket.setReadTimeout(fd, seconds: 0)
        while true {
            let message: ClientMessage
            do {
                guard let frame = try Frames.read(fd, limit: Frames.clientLimit) else { return }
                message = try JSONDecoder().decode(ClientMessage.self, from: frame)
            } catch {
                refuse(language.served(.badMessage, Self.describe(error)), login: login)
                return
            }
            switch message {
            case let .perform(id, effect):
                let answer = performTellingWaits(effect, id: id, environment: environment)
                send(.answer(id: id, answer))
                server.noticeCommits(by: self)
            case let .run(arguments):
                run(arguments, login: login, language: language)
                return
            case .hello, .fileReply:
                refuse(language.served(.badMessage, "out of turn"), login: login)
                return
            }
        }
    }

    /// Performs `effect`, telling the desk every quarter second meanwhile when it waits for
    /// another program's write, so that it shows the same countdown a desk on the file does.
    private func performTellingWaits(_ effect: Effect, id: Int, environment: StoreEnvironment) -> Answer? {
        let ticker = DispatchSource.makeTimerSource(queue: writes)
        ticker.schedule(deadline: .now() + 0.25, repeating: 0.25)
        ticker.setEventHandler { [self] in
            if let seconds = environment.lockWaitRemaining() { send(.waiting(id: id, seconds: seconds)) }
        }
        ticker.resume()
        defer { ticker.cancel() }
        return environment.perform(effect)
    }

    /// Runs a command line for the peer, then says how it ended; the connection is the
    /// command's meanwhile.
    private func run(_ arguments: [String], login: String, language: Language) {
        guard let runner = server.runner else { return refuse(language.served(.commandsNotServedHere), login: login) }
        if let refusal = CommandRunner.refusal(arguments, language) { return refuse(refusal, login: login) }
        guard let standard = CommandRunner.receiveStandardFiles(fd) else {
            return refuse(language.served(.badMessage, "no standard files"), login: login)
        }
        defer { standard.forEach { close($0) } }
        writes.sync { lock.withLock { running = true } }
        let status = runner.run(arguments, login: login, language: language, connection: fd, standard: standard)
        lock.withLock { running = false }
        server.log("\(login) ran \(arguments.first { !$0.hasPrefix("-") } ?? "?"): exit \(status)")
        server.noticeCommits(by: self)
        send(.exited(status))
    }

    /// Reads the hello and answers it: the environment that acts as the peer's operator, or
    /// nothing after telling the peer why not.
    private func greet() -> (StoreEnvironment, Language, String)? {
        let hello: Hello
        do {
            guard let frame = try Frames.read(fd, limit: Frames.clientLimit) else { return nil }
            guard case let .hello(said) = try JSONDecoder().decode(ClientMessage.self, from: frame) else { throw FrameError.failed("no hello") }
            hello = said
        } catch {
            refuse(Language.zh.served(.badMessage, Self.describe(error)), login: "?")
            return nil
        }
        let language = hello.language
        guard hello.protocolVersion == ServedProtocol.version else {
            refuse(language.served(.otherVersion, server.program, ServedProtocol.version, hello.program, hello.protocolVersion), login: "?")
            return nil
        }
        let account: Operator
        switch server.account(for: fd, language: language) {
        case let .success(found): account = found
        case let .failure(refusal):
            refuse(refusal.message, login: UnixSocket.peerUser(fd).map { "uid \($0)" } ?? "?")
            return nil
        }
        do {
            send(.welcome(try server.welcome(account)))
            lock.withLock { welcomed = true }
        } catch {
            refuse("\(error)", login: account.login)
            return nil
        }
        let fixedNow = server.fixedNow
        let clock: @Sendable () -> Date = { fixedNow ?? Date() }
        return (StoreEnvironment(database: server.database, account: account, language: language, clock: clock), language, account.login)
    }

    private func refuse(_ message: String, login: String) {
        server.log("refused \(login): \(message)")
        send(.refused(message))
    }

    func send(_ message: ServerMessage) {
        guard let body = try? JSONEncoder().encode(message) else { return }
        writes.async { [self] in
            if !isClosed, !Frames.write(body, to: fd) { hangUp() }
        }
    }

    func tellChanged() {
        let first: Bool = lock.withLock {
            guard welcomed else { return false }
            defer { changedPending = true }
            return !changedPending && !running
        }
        guard first else { return }
        writes.async { [self] in
            guard lock.withLock({ changedPending = false; return !running && !closed }) else { return }
            if !Frames.write(Self.changed, to: fd) { hangUp() }
        }
    }

    /// Ends the connection both ways; the session's thread sees the end and closes. Under the
    /// lock, so that the number is not shut after the session closed it.
    func hangUp() {
        lock.withLock {
            guard !hungUp, !closed else { return }
            hungUp = true
            shutdown(fd, Int32(SHUT_RDWR))
        }
    }

    /// Whether `fd` was closed; read on the writes' queue, where it is closed.
    private var isClosed: Bool { lock.withLock { closed } }

    private static func describe(_ error: Error) -> String {
        switch error {
        case let FrameError.tooLarge(length): "frame of \(length) bytes"
        case FrameError.truncated: "cut short"
        case FrameError.timedOut: "timed out"
        case let FrameError.failed(detail): detail
        case is DecodingError: "not a message of this version"
        default: "\(error)"
        }
    }
}
