import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds out whether the terminal draws East Asian Ambiguous characters two cells wide,
/// before ncurses starts: `CIRCLEDESK_AMBIGUOUS=wide|narrow` says so outright; otherwise the
/// terminal is asked — "…" is written at the start of the line and the cursor position
/// report (ESC [ 6 n) tells where the cursor ended. A terminal that does not answer within
/// the wait is taken as narrow, the common case.
enum AmbiguousProbe {
    /// The environment variable that settles it without asking.
    static let variable = "CIRCLEDESK_AMBIGUOUS"

    static func drawsWide(environment: [String: String] = ProcessInfo.processInfo.environment,
                          waitMilliseconds: Int32 = 500) -> Bool {
        switch environment[variable]?.lowercased() {
        case "wide": return true
        case "narrow": return false
        default: return askTerminal(waitMilliseconds: waitMilliseconds) == 3
        }
    }

    /// The column (from 1) the cursor reached after "\r…", or nil without an answer.
    private static func askTerminal(waitMilliseconds: Int32) -> Int? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { Glibc.close(tty) }
        var saved = termios()
        guard tcgetattr(tty, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(tty, TCSANOW, &raw) == 0 else { return nil }
        // TCSAFLUSH drops whatever arrived unread, so nothing of the answer becomes a key.
        defer { tcsetattr(tty, TCSAFLUSH, &saved) }

        write(tty, "\r\u{2026}\u{1B}[6n")
        var answer: [UInt8] = []
        var poller = pollfd(fd: tty, events: Int16(POLLIN), revents: 0)
        var byte: UInt8 = 0
        while answer.last != UInt8(ascii: "R"), answer.count < 32,
              poll(&poller, 1, waitMilliseconds) == 1, read(tty, &byte, 1) == 1 {
            answer.append(byte)
        }
        write(tty, "\r\u{1B}[K")
        return column(inReport: answer)
    }

    /// The column of a cursor position report `ESC [ row ; column R`.
    static func column(inReport bytes: [UInt8]) -> Int? {
        guard let escape = bytes.lastIndex(of: 0x1B), bytes.last == UInt8(ascii: "R") else { return nil }
        let report = String(decoding: bytes[(escape + 1)...].dropLast(), as: UTF8.self)
        guard report.hasPrefix("["), let separator = report.firstIndex(of: ";") else { return nil }
        return Int(report[report.index(after: separator)...])
    }

    private static func write(_ tty: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(tty, &bytes, bytes.count)
    }
}
