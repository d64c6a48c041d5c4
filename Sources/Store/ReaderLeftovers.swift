import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A login that may only read a county (0444) still makes SQLite's -wal and -shm beside it,
/// as its own, and a read-only connection never removes them; the file's owner would then
/// meet files it cannot write. What this process made so is removed when it exits — unless
/// another process has the county open meanwhile (it holds a lock on the -shm) or a WAL with
/// something in it is there. What a reader killed before it could do so left (or sqlite3, or
/// another program) is removed by the next run that opens the county, under the same rules.
enum ReaderLeftovers {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var made: [String] = []

    /// Removes a -wal and -shm beside `path` that a reader left: not the county owner's own,
    /// the WAL empty, and no process holding the county open.
    static func clearStale(_ path: String) {
        var county = stat(), shm = stat()
        guard stat(path + "-shm", &shm) == 0, stat(path, &county) == 0, shm.st_uid != county.st_uid else { return }
        removeIfUnused(path, shm: shm)
    }

    /// Notes that opening `path` read-only is about to make its -wal and -shm, if it is.
    static func note(_ path: String) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path + "-wal"), !manager.fileExists(atPath: path + "-shm") else { return }
        lock.withLock {
            if made.isEmpty { atexit { ReaderLeftovers.removeAll() } }
            made.append(path)
        }
    }

    private static func removeAll() {
        for path in lock.withLock({ made }) {
            var shm = stat()
            guard stat(path + "-shm", &shm) == 0, shm.st_uid == geteuid() else { continue }
            removeIfUnused(path, shm: shm)
        }
    }

    private static func removeIfUnused(_ path: String, shm: stat) {
        var wal = stat()
        guard !othersHoldLocks(on: shm.st_ino) else { return }
        if stat(path + "-wal", &wal) == 0, wal.st_size > 0 { return }
        unlink(path + "-wal")
        unlink(path + "-shm")
    }

    /// Whether a process other than this one holds a lock on the file `inode` (/proc/locks).
    private static func othersHoldLocks(on inode: ino_t) -> Bool {
        guard let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return true }
        return locks.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 6, let pid = Int32(fields[4]) else { return false }
            return pid != getpid() && fields[5].split(separator: ":").last.flatMap { UInt64($0) } == UInt64(inode)
        }
    }
}
