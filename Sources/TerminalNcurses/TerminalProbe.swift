import Foundation
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal does that terminfo does not say, asked once before ncurses starts, in
/// one round trip: whether it draws East Asian Ambiguous characters two cells wide ("…" is
/// written at the start of the line and the cursor position report, ESC [ 6 n, tells where
/// the cursor ended), whether it draws images (sixel: attribute 4 in its device attributes,
/// ESC [ c; kitty's graphics: it answers a query image), and how large a cell is in pixels
/// (ESC [ 16 t). Every terminal answers the device attributes, so their answer ends the wait;
/// a terminal that answers nothing within it is taken as narrow, without images.
///
/// `CIRCLEDESK_AMBIGUOUS=wide|narrow` and `CIRCLEDESK_PHOTOS=sixel|kitty|blocks` (or the
/// office's `photos` setting) settle either without asking.
struct TerminalProbe: Equatable {
    static let ambiguousVariable = "CIRCLEDESK_AMBIGUOUS"
    static let photosVariable = "CIRCLEDESK_PHOTOS"

    var ambiguousWide = false
    var graphics: Graphics?
    var cellWidth = 10
    var cellHeight = 20

    /// `photos`: the office's setting, which the person's environment overrides.
    static func run(environment: [String: String] = ProcessInfo.processInfo.environment, photos setting: String? = nil,
                    waitMilliseconds: Int32 = 500) -> TerminalProbe {
        let ambiguous = environment[ambiguousVariable]?.lowercased()
        let photos = environment[photosVariable]?.lowercased() ?? setting
        var probe = ambiguous != nil && photos != nil ? TerminalProbe() : askTerminal(waitMilliseconds: waitMilliseconds)
        switch ambiguous {
        case "wide": probe.ambiguousWide = true
        case "narrow": probe.ambiguousWide = false
        default: break
        }
        switch photos {
        case "blocks": probe.graphics = nil
        case let .some(name): if let chosen = Graphics(rawValue: name) { probe.graphics = chosen }
        case nil: break
        }
        return probe
    }

    private static func askTerminal(waitMilliseconds: Int32) -> TerminalProbe {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else { return TerminalProbe() }
        defer { Glibc.close(tty) }
        var saved = termios()
        guard tcgetattr(tty, &saved) == 0 else { return TerminalProbe() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(tty, TCSANOW, &raw) == 0 else { return TerminalProbe() }
        // TCSAFLUSH drops whatever arrived unread, so nothing of the answer becomes a key.
        defer { tcsetattr(tty, TCSAFLUSH, &saved) }

        write(tty, "\r\u{2026}\u{1B}[6n\u{1B}_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u{1B}\\\u{1B}[16t\u{1B}[c")
        var answer: [UInt8] = []
        var poller = pollfd(fd: tty, events: Int16(POLLIN), revents: 0)
        var byte: UInt8 = 0
        while !endsWithAttributes(answer), answer.count < 512,
              poll(&poller, 1, waitMilliseconds) == 1, read(tty, &byte, 1) == 1 {
            answer.append(byte)
        }
        write(tty, "\r\u{1B}[K")
        return parse(answer)
    }

    /// What the answers say, in whatever order and company they came.
    static func parse(_ bytes: [UInt8]) -> TerminalProbe {
        var probe = TerminalProbe()
        for reply in replies(bytes) {
            switch reply.final {
            case UInt8(ascii: "R"):
                let numbers = reply.parameters.split(separator: ";").map { Int($0) }
                if numbers.count == 2, numbers[1] == 3 { probe.ambiguousWide = true }
            case UInt8(ascii: "t"):
                let numbers = reply.parameters.split(separator: ";").compactMap { Int($0) }
                if numbers.count == 3, numbers[0] == 6, (4...200).contains(numbers[1]), (2...100).contains(numbers[2]) {
                    (probe.cellHeight, probe.cellWidth) = (numbers[1], numbers[2])
                }
            case UInt8(ascii: "c") where reply.parameters.hasPrefix("?"):
                if probe.graphics == nil, reply.parameters.dropFirst().split(separator: ";").contains("4") { probe.graphics = .sixel }
            case UInt8(ascii: "G"):
                if reply.parameters.contains("i=31"), reply.parameters.contains("OK") { probe.graphics = .kitty }
            default: break
            }
        }
        return probe
    }

    /// Control sequences in `bytes`: CSI (ESC [ … final) and kitty's APC (ESC _ G … ESC \,
    /// given the final "G").
    private static func replies(_ bytes: [UInt8]) -> [(parameters: String, final: UInt8)] {
        var found: [(String, UInt8)] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x1B else { index += 1; continue }
            if bytes[index + 1] == UInt8(ascii: "[") {
                var end = index + 2
                while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                guard end < bytes.count else { break }
                found.append((String(decoding: bytes[(index + 2)..<end], as: UTF8.self), bytes[end]))
                index = end + 1
            } else if bytes[index + 1] == UInt8(ascii: "_") {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == 0x1B && bytes[end + 1] == UInt8(ascii: "\\")) { end += 1 }
                found.append((String(decoding: bytes[(index + 2)..<min(end, bytes.count)], as: UTF8.self), UInt8(ascii: "G")))
                index = end + 2
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the device attributes (ESC [ ? … c), which come last, have arrived.
    private static func endsWithAttributes(_ bytes: [UInt8]) -> Bool {
        guard bytes.last == UInt8(ascii: "c"), let escape = bytes.lastIndex(of: 0x1B), escape + 2 < bytes.count else { return false }
        return bytes[escape + 1] == UInt8(ascii: "[") && bytes[escape + 2] == UInt8(ascii: "?")
    }

    private static func write(_ tty: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(tty, &bytes, bytes.count)
    }
}
