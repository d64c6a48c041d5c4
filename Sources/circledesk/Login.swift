import Foundation
import Served
#if canImport(Glibc)
import Glibc
#endif

/// The OS login of whoever runs the program: the key to their operator account.
enum Login {
    static var current: String {
        if let acting = acting { return acting }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// In a command the server runs for a caller: the caller's login, as the server learned
    /// it from the kernel. Taken only by a process that owns the database file, which could
    /// change anything in it anyway; to anyone else the setting means nothing.
    private static var acting: String? {
        let environment = ProcessInfo.processInfo.environment
        guard CommandChannel.inherited != nil, let login = environment["CIRCLEDESK_ACTING"], !login.isEmpty,
              let database = environment["CIRCLEDESK_DB"] else { return nil }
        var status = stat()
        guard stat(database, &status) == 0, status.st_uid == geteuid() else { return nil }
        return login
    }
}
