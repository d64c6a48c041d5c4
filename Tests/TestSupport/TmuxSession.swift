import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for end-to-end tests: a tmux server of its own running one command,
/// keys sent as a person types them, the screen read back as text.
public final class TmuxSession {
    private let socket = "circledesk-e2e-" + UUID().uuidString.prefix(8)

    /// Starts `command` (run by sh) in a `width` × `height` terminal.
    public init(_ command: String, width: Int = 80, height: Int = 24) throws {
        // The server this starts keeps the descriptors it inherits: give it none to hold.
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), command], capture: false)
        try tmux(["set-option", "-g", "status", "off"])
    }

    /// Stops the server and removes its socket, which tmux leaves behind when killed.
    deinit {
        let path = ((try? tmux(["display-message", "-p", "#{socket_path}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        if !path.isEmpty { unlink(path) }
    }

    /// The screen as lines.
    public var screen: [String] {
        (try? tmux(["capture-pane", "-p"]))?.components(separatedBy: "\n") ?? []
    }

    public var text: String { screen.joined(separator: "\n") }

    /// The screen with its colours and attributes as escape sequences (capture-pane -e).
    public var styledText: String { (try? tmux(["capture-pane", "-p", "-e"])) ?? "" }

    /// The terminal's title as the program left it.
    public var paneTitle: String {
        ((try? tmux(["display-message", "-p", "#{pane_title}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// From now on, every byte the program writes to the terminal is appended to `file`
    /// (what tmux draws from, before it draws: a sixel image that tmux itself cannot show).
    public func recordOutput(to file: String) throws {
        try tmux(["pipe-pane", "-o", "cat >> '\(file)'"])
    }

    /// Keys by tmux name: "Enter", "Escape", "q", "C-l".
    public func press(_ keys: String...) throws {
        for key in keys {
            try tmux(["send-keys", key])
            Thread.sleep(forTimeInterval: 0.15)
        }
    }

    /// Text typed literally, Chinese included.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
        Thread.sleep(forTimeInterval: 0.15)
    }

    public func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`; returns whether it did.
    @discardableResult
    public func wait(seconds: Double = 8, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition(text)
    }

    /// Runs tmux through popen rather than Foundation's Process: the server that
    /// `new-session` leaves behind would inherit the descriptor Process watches to learn
    /// that its child ended, and the wait would never return.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let quoted = (["tmux", "-L", String(socket)] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + (capture ? " 2>/dev/null" : " </dev/null >/dev/null 2>&1")
        guard let stream = popen(command, "r") else { throw TmuxError.cannotRun(command) }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, stream)
            if count <= 0 { break }
            output.append(buffer, count: count)
        }
        let status = pclose(stream)
        guard status == 0 || arguments.first == "kill-server" else { throw TmuxError.failed(command, status) }
        return String(decoding: output, as: UTF8.self)
    }
}

public enum TmuxError: Error {
    case cannotRun(String)
    case failed(String, Int32)
}
