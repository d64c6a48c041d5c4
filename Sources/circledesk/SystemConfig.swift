import Foundation

/// The office's settings, `/etc/circledesk/circledesk.conf` (or `$CIRCLEDESK_CONF`):
/// `key = value` lines, `#` comments. `server` is the socket desks and commands connect to;
/// `database` the file `serve` opens; `backups` the folder `backup` keeps dated copies in;
/// `photos` how desks draw photos when their terminals say nothing or say wrong (blocks,
/// sixel or kitty). A missing file is no settings at all.
struct SystemConfig: Equatable {
    static let defaultPath = "/etc/circledesk/circledesk.conf"
    static let keys: Set = ["server", "database", "backups", "photos"]

    var server: String?
    var database: String?
    var backups: String?
    var photos: String?

    /// The file's settings, or why it cannot be used: its path, line and what is wrong.
    static func read(environment: [String: String]) throws -> SystemConfig {
        let path = environment["CIRCLEDESK_CONF"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
        guard FileManager.default.fileExists(atPath: path) else { return SystemConfig() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError.unreadable(path: path)
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> SystemConfig {
        var config = SystemConfig()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, keys.contains(parts[0]),
                  parts[0] == "photos" ? ["blocks", "sixel", "kitty"].contains(parts[1]) : parts[1].hasPrefix("/") else {
                throw CLIError.badConfig(path: path, line: index + 1, text: String(raw))
            }
            switch parts[0] {
            case "server": config.server = parts[1]
            case "database": config.database = parts[1]
            case "photos": config.photos = parts[1]
            default: config.backups = parts[1]
            }
        }
        return config
    }
}
