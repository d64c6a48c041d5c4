import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds a database's write lock, where Linux tells (`/proc/locks`): the process holding
/// SQLite's WAL write lock — a POSIX write lock on byte 120 of the `-shm` file — with its
/// program and login, so that "being written by another program" can name it; and who holds
/// its folder (`FolderLock`), creating or migrating it.
enum LockHolder {
    static func describe(_ path: String) -> String? {
        // 1: POSIX  ADVISORY  WRITE 22943 fe:00:16221161 120 120
        holder(of: path + "-shm") { $0[1] == "POSIX" && $0[6] == "120" }
    }

    /// Who holds a folder's `FolderLock`: 2: FLOCK  ADVISORY  WRITE 22943 fe:00:16221160 0 EOF
    static func describe(folder: String) -> String? {
        holder(of: folder) { $0[1] == "FLOCK" }
    }

    /// The other process holding a write lock on `file` that `matches` the fields of its line.
    private static func holder(of file: String, _ matches: ([Substring]) -> Bool) -> String? {
        var info = stat()
        guard stat(file, &info) == 0, let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 8, matches(fields), fields[3] == "WRITE", let pid = Int32(fields[4]), pid != getpid(),
                  fields[5].split(separator: ":").last.flatMap({ UInt64($0) }) == UInt64(info.st_ino) else { continue }
            // A process names itself: its name is kept to what cannot move a terminal's cursor.
            let named = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            let program = String(String.UnicodeScalarView(named.unicodeScalars.filter { $0.properties.generalCategory != .control && $0.properties.generalCategory != .format }))
            return "\(program), pid \(pid)" + (login(of: pid).map { ", \($0)" } ?? "")
        }
        return nil
    }

    /// The login a process runs as, from its real uid.
    private static func login(of pid: Int32) -> String? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }),
              let uid = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.flatMap({ uid_t($0) }),
              let entry = getpwuid(uid) else { return nil }
        return String(cString: entry.pointee.pw_name)
    }
}
