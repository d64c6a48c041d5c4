import App
import CSocketRights
import Foundation
import LeagueCore
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `circledesk serve`: the one process that opens the county's database. Each connection is
/// a desk acting as the operator whose Linux login the kernel names for it; its effects are
/// performed here by the same handlers as in local mode, and every other desk is told when
/// anyone commits. A desk that goes away, stalls or sends nonsense loses its connection and
/// nothing else.
public final class DeskServer: @unchecked Sendable {
    let database: AppDatabase
    let socketPath: String
    let program: String
    let fixedNow: Date?
    let log: @Sendable (String) -> Void
    /// Runs command lines for callers; nil where there is no program to run them with.
    let runner: CommandRunner?
    private let listener: Int32
    private let lock = NSLock()
    private var sessions: [ObjectIdentifier: Session] = [:]
    private var lastMark: Int?
    private var stopped = false

    /// Listens on `socketPath` at once; `run` accepts desks. `commands` is the program that
    /// runs callers' command lines (this one's own binary), if any.
    public init(database: AppDatabase, socketPath: String, program: String, fixedNow: Date? = nil, commands: String? = nil,
                log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws {
        signal(SIGPIPE, SIG_IGN)
        self.database = database
        self.socketPath = socketPath
        self.program = program
        self.fixedNow = fixedNow
        self.log = log
        runner = commands.map { CommandRunner(program: $0, databasePath: database.path, fixedNow: fixedNow) }
        listener = try UnixSocket.listen(path: socketPath)
        lastMark = try? database.commitMark()
    }

    /// Accepts desks until `stop`. Commits made outside the server (an admin's script on
    /// the file) are noticed within a second.
    public func run() {
        Thread { [self] in
            while !isStopped {
                Thread.sleep(forTimeInterval: 1)
                noticeCommits(by: nil)
            }
        }.start()
        while true {
            let fd = cd_accept(listener)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if isStopped {
                    // Closed here, not in `stop`: a number closed while accept may still be
                    // called on it could by then name another socket.
                    close(listener)
                    return
                }
                log("accept: \(String(cString: strerror(errno)))")
                Thread.sleep(forTimeInterval: 0.1)
                continue
            }
            if isStopped {
                close(fd)
                continue
            }
            let session = Session(fd: fd, server: self)
            lock.withLock { sessions[ObjectIdentifier(session)] = session }
            Thread { session.serve() }.start()
        }
    }

    /// Whether a server answers at `path` now.
    public static func isListening(at path: String) -> Bool {
        guard let fd = try? UnixSocket.connect(path: path) else { return false }
        close(fd)
        return true
    }

    /// Stops accepting, closes every desk's connection and removes the socket.
    public func stop() {
        let open: [Session]? = lock.withLock {
            // Once: the listener is closed after the first, and its number may be another's.
            guard !stopped else { return nil }
            stopped = true
            return Array(sessions.values)
        }
        guard let open else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        unlink(socketPath)
        open.forEach { $0.hangUp() }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// The desks connected now.
    public var connections: Int { lock.withLock { sessions.count } }

    func ended(_ session: Session) {
        _ = lock.withLock { sessions.removeValue(forKey: ObjectIdentifier(session)) }
    }

    /// Tells every desk but `origin` when the database has changed since last asked.
    func noticeCommits(by origin: Session?) {
        guard let mark = try? database.commitMark() else { return }
        let others: [Session] = lock.withLock {
            guard mark != lastMark else { return [] }
            lastMark = mark
            return sessions.values.filter { $0 !== origin }
        }
        others.forEach { $0.tellChanged() }
    }

    /// Who the peer is, by the kernel's word: their operator account, or why they get none.
    func account(for fd: Int32, language: Language) -> Result<Operator, Refusal> {
        guard let user = UnixSocket.peerUser(fd) else { return .failure(Refusal(language.served(.badMessage, "SO_PEERCRED"))) }
        guard let login = UnixSocket.login(of: user) else { return .failure(Refusal(language.served(.unknownUser, Int(user)))) }
        guard let account = try? database.operatorAccount(login: login), account.active else {
            return .failure(Refusal(language.served(.notAnOperator, login, login)))
        }
        return .success(account)
    }

    func welcome(_ account: Operator) throws -> Welcome {
        Welcome(account: account, vocabulary: try database.vocabulary(), countyName: try database.setting("county_name") ?? "",
                isSampleData: try database.isSampleCounty(), fixedNow: fixedNow, program: program)
    }
}

/// Why a desk was not let in, worded for it.
struct Refusal: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
