import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where errors the program did not expect are written whole, for whoever looks after it:
/// `$CIRCLEDESK_LOG_DIR`, else `$XDG_STATE_HOME/circledesk`, else `~/.local/state/circledesk`,
/// a file only its owner reads. What the person sees is a reference into it, never the
/// error's text, which may hold a young person's name or number.
public enum ErrorLog {
    /// The log file for this process's environment.
    public static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["CIRCLEDESK_LOG_DIR"], folder.hasPrefix("/") { return folder + "/errors.log" }
        // Never a shared folder such as /tmp, where someone else could have put a link first.
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? getpwuid(geteuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/root"
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        return state + "/circledesk/errors.log"
    }

    /// Writes `error` with when and where it happened; its reference (`E-` and eight hex
    /// digits), whether or not the file could be written.
    @discardableResult
    public static func record(_ error: Error, during what: String, file path: String = file()) -> String {
        let reference = "E-" + String(UInt32.random(in: 0...UInt32.max), radix: 16, uppercase: true)
        let line = "\(CountyTimeStamp.now()) \(reference) pid \(getpid()) \(what): \(String(reflecting: error))\n"
            .replacingOccurrences(of: "\u{1B}", with: "?")
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd >= 0 {
            _ = Array(line.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        return reference
    }
}

/// An ISO 8601 moment in UTC for log lines (the county's time is for people; logs compare).
private enum CountyTimeStamp {
    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
