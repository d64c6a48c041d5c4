import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// Where effects are carried out: the store, and the clock. Long effects run on a thread of
/// their own while the desk says it is working (see `Runtime`).
public protocol AppEnvironment: Sendable {
    var now: Date { get }
    func perform(_ effect: Effect) -> Answer?
    /// Changes when someone else commits to the data (nil if it cannot tell).
    func dataVersion() -> Int?
    /// How often, in milliseconds, an idle desk looks at `dataVersion`.
    var watchInterval: Int { get }
    /// While an effect waits for another program's write: the seconds it will wait still.
    func lockWaitRemaining() -> Int?
    /// Carries out `effect`, a read, only for what it leaves ready (see `Runtime.readAhead`).
    func readAhead(_ effect: Effect)
}

extension AppEnvironment {
    /// A second: asking SQLite is cheap, but not free.
    public var watchInterval: Int { 1000 }

    /// This process's own wait, when the database is opened here.
    public func lockWaitRemaining() -> Int? { LockWait.remaining() }

    /// Nothing is left ready by default: a served desk's reads are the server's, whose
    /// connections serve every desk.
    public func readAhead(_ effect: Effect) {}
}

/// Effects run against the county's database, as the person whose desk this is.
public struct StoreEnvironment: AppEnvironment {
    let database: AppDatabase
    /// Who is acting: every effect is carried out as this operator, whatever it says.
    let account: Operator
    let clock: @Sendable () -> Date
    let language: Language

    public init(database: AppDatabase, account: Operator, language: Language, clock: @escaping @Sendable () -> Date) {
        self.database = database
        self.account = account
        self.language = language
        self.clock = clock
    }

    public var now: Date { clock() }

    public func dataVersion() -> Int? { try? database.dataVersion() }

    /// The answer is dropped, and an error too (showing the pane meets it again): what stays
    /// is each statement prepared on the connection that read, and the pages read in memory.
    public func readAhead(_ effect: Effect) { _ = try? effect.perform(in: context) }

    private var context: EffectContext { EffectContext(database: database, account: account, language: language, now: now) }

    public func perform(_ effect: Effect) -> Answer? {
        do {
            return try effect.perform(in: context)
        } catch let error as StoreError {
            // Damage met here marks the file, as it does for a command (see DamageMark).
            if case let .corrupt(path, detail) = error { DamageMark.set(for: path, detail: detail) }
            return .failed(error.message(language))
        } catch {
            // The error's own words may hold personal data: they go to the log, the desk
            // shows where to find them.
            return .failed(Catalog(language: language).format(.internalError, ErrorLog.record(error, during: "desk effect"), ErrorLog.file()))
        }
    }
}

/// The loop: an event becomes an action, the reducer returns effects, the environment
/// answers them with more actions, and one frame is drawn when all is settled.
public final class Runtime {
    public private(set) var state: AppState
    let environment: AppEnvironment
    let backend: TerminalBackend

    public init(state: AppState, environment: AppEnvironment, backend: TerminalBackend) {
        self.state = state
        self.environment = environment
        self.backend = backend
    }

    /// Loads the first page and draws the first frame.
    public func start() {
        state.size = backend.size
        state.pictures = backend.pictures
        state.now = environment.now
        lastDataVersion = environment.dataVersion()
        lastMinute = Int(state.now.timeIntervalSince1970 / 60)
        perform(Reducer.start(state))
        present()
    }

    /// Runs until the user quits. Without keys it wakes every `watchInterval` to notice
    /// colleagues' changes and to keep the clock true. Once the first frame is drawn, the
    /// other panes' reads are made ahead on a thread of their own while the person reads it.
    public func run() {
        start()
        let reads = readAhead, environment = self.environment
        Thread { for effect in reads { environment.readAhead(effect) } }.start()
        while !state.shouldQuit {
            if let event = backend.nextEvent(timeoutMilliseconds: environment.watchInterval) {
                handle(event)
            } else {
                idle()
            }
        }
    }

    /// What the other panes read when shown, as the desk stands now, to be read once before
    /// anyone asks, answers dropped: a pane's first key then finds its statements prepared
    /// (the weekly summary has some forty) and its pages in memory. Keys never wait for it:
    /// a key read meanwhile takes a connection of its own.
    public var readAhead: [Effect] { Reducer.readAhead(state) }

    private var lastDataVersion: Int?
    private var lastMinute = 0

    /// A while without keys: show what others changed, and the new minute.
    public func idle() {
        let version = environment.dataVersion()
        if let version, let last = lastDataVersion, version != last {
            lastDataVersion = version
            dispatch(.databaseChanged)
            present()
            return
        }
        lastDataVersion = version
        let minute = Int(environment.now.timeIntervalSince1970 / 60)
        if minute != lastMinute {
            lastMinute = minute
            state.now = environment.now
            present()
        }
    }

    /// One event, all it leads to, and the frame after it.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case let .key(key): dispatch(.key(key))
        case let .resize(size):
            backend.invalidate()
            dispatch(.resized(size))
        case let .mouse(mouse): dispatch(.mouse(mouse))
        }
        if !state.shouldQuit { present() }
    }

    public func dispatch(_ action: Action) {
        state.now = environment.now
        perform(Reducer.reduce(&state, action))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            if effect == .redraw { backend.invalidate() }
            // The person's files are read by this process, which is theirs.
            if case let .photo(.readHere(request, paths)) = effect {
                dispatch(.answer(PhotoAttaching.read(request, paths, language: state.language)))
                continue
            }
            guard var answer = answer(effect) else { continue }
            // Paper and files are the person's: printed and written by this process, which
            // is theirs, wherever the effect ran.
            if case let .handOver(handover) = answer { answer = handover.carryOut(namedFile: state.namedFile, language: state.language) }
            dispatch(.answer(answer))
        }
    }

    /// The environment's answer to `effect`. One that may take long — a report over every
    /// request on a large county, or any change while a colleague's import holds the
    /// database — runs on a thread of its own; when it has not answered within a tenth of a
    /// second a frame saying "working" is drawn, and while it waits for another program's
    /// write, a countdown of the wait, so the desk never looks frozen. Keys wait, as they do
    /// for any effect.
    private func answer(_ effect: Effect) -> Answer? {
        let pending = PendingAnswer(), environment = self.environment
        Thread { pending.finish(environment.perform(effect)) }.start()
        var waited = Self.patience, said: String?
        while !pending.wait(seconds: waited) {
            let saying = environment.lockWaitRemaining().map { state.catalog.format(.waitingForLock, $0) } ?? state.flash ?? state.catalog[.working]
            if saying != said {
                var shown = state
                shown.flash = saying
                backend.present(Screen.render(shown))
                said = saying
            }
            waited = 0.25
        }
        return pending.answer
    }

    /// How long a long effect may run before the desk says it is working.
    static let patience = 0.1

    private func present() {
        backend.present(Screen.render(state))
    }
}

/// An answer computed on another thread: written once before the signal, read after it.
private final class PendingAnswer: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private(set) var answer: Answer?

    func finish(_ answer: Answer?) {
        self.answer = answer
        done.signal()
    }

    /// Whether the answer came within `seconds` (nil: however long it takes).
    func wait(seconds: Double?) -> Bool {
        guard let seconds else {
            done.wait()
            return true
        }
        return done.wait(timeout: .now() + seconds) == .success
    }
}

