import Foundation

/// A database found damaged is marked so — `NAME.damaged` beside it, saying what was found and
/// when — and from then on it is only read: a write could spread the damage, and the way back
/// is a restore. `check` sets the mark or clears it; meeting damage anywhere sets it; a restore
/// clears it.
public enum DamageMark {
    public static func file(for path: String) -> String { path + ".damaged" }

    public static func isSet(for path: String) -> Bool { FileManager.default.fileExists(atPath: file(for: path)) }

    public static func set(for path: String, detail: String) {
        guard path != ":memory:", !isSet(for: path) else { return }
        let text = "\(ISO8601DateFormatter().string(from: Date())) \(detail)\n"
        // A mark that cannot be written (a read-only folder) leaves the damage to be met again.
        _ = FileManager.default.createFile(atPath: file(for: path), contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }

    public static func clear(for path: String) { unlink(file(for: path)) }
}
