import Foundation

/// Waiting for a colleague's write: every connection of the program waits for SQLite's lock
/// through here, up to `patience`, and says meanwhile since when — so that the desk can show
/// how long it has been waiting and how long it will wait still, rather than look frozen.
public enum LockWait {
    /// How long a write waits for another's before it is given up (and said, `StoreError.busy`).
    public static let patience: TimeInterval = 10

    private static let lock = NSLock()
    nonisolated(unsafe) private static var began: Date?
    nonisolated(unsafe) private static var lastTry: Date?

    /// SQLite's busy handler: a short sleep and another try, until `patience` has passed.
    static let handler: @Sendable (Int) -> Bool = { tries in
        let now = Date()
        let since = lock.withLock {
            if tries == 0 || began == nil { began = now }
            lastTry = now
            return began ?? now
        }
        guard now.timeIntervalSince(since) < patience else {
            lock.withLock { (began, lastTry) = (nil, nil) }
            return false
        }
        usleep(20_000)
        return true
    }

    /// The seconds still to wait, while some connection of this process is waiting; nil when
    /// none is (its last try more than a moment ago).
    public static func remaining(at now: Date = Date()) -> Int? {
        lock.withLock {
            guard let began, let lastTry, now.timeIntervalSince(lastTry) < 0.5 else { return nil }
            return max(0, Int((patience - now.timeIntervalSince(began)).rounded(.up)))
        }
    }
}
