#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on the folder that holds a database, taken while a database
/// file is created and migrated, so that two processes starting at once do not race to set
/// up the same file (switching a new file to WAL fails with "database is locked" otherwise).
///
/// It locks the folder rather than the database file: closing any descriptor of the
/// database file would drop SQLite's own POSIX locks on it, and it leaves no lock file behind.
enum FolderLock {
    static func withLock<T>(folder: String, _ body: () throws -> T) throws -> T {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError.cannotOpen(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        if try !take(fd, LOCK_EX | LOCK_NB, folder) {
            FolderWait.notice?(folder, LockHolder.describe(folder: folder))
            _ = try take(fd, LOCK_EX, folder)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// `flock(operation)`, again when a signal interrupts it; false when it would wait.
    private static func take(_ fd: Int32, _ operation: Int32, _ folder: String) throws -> Bool {
        while flock(fd, operation) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            default: throw StoreError.cannotOpen(path: folder, reason: String(cString: strerror(errno)))
            }
        }
        return true
    }
}

/// Waiting for another program that holds a database's folder — creating or migrating the
/// database there, which can take minutes on a large one — rather than waiting without a word.
public enum FolderWait {
    /// Told once, before the wait, with the folder and the program holding it where Linux
    /// tells. Set once as a program starts (the command line writes it on standard error).
    nonisolated(unsafe) public static var notice: (@Sendable (_ folder: String, _ holder: String?) -> Void)?
}
