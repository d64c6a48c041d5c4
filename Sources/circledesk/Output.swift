import Foundation
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Everything the commands print goes through here (it stands in for Swift's `print` in this
/// module). To a terminal, text from users and files — names, titles, comments, a CSV — is
/// made harmless (`SafeText.output`: no escape sequence, bell or reordering reaches it; the
/// program's own tabs and newlines stay); to a file or a pipe it goes as it is, for scripts.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    Swift.print(Output.toTerminal ? SafeText.output(text) : text, terminator: "")
}

enum Output {
    /// Whether standard output is a terminal, asked once.
    static let toTerminal = isatty(STDOUT_FILENO) == 1

    /// Bytes a command writes to standard output (a CSV, say): cleaned like `print` when a
    /// terminal shows them.
    static func write(_ data: Data) {
        fflush(nil)
        guard toTerminal else { return FileHandle.standardOutput.write(data) }
        FileHandle.standardOutput.write(Data(SafeText.output(String(decoding: data, as: UTF8.self)).utf8))
    }

    /// Listings as tab-separated text or JSON.
    static func print<T: Encodable>(_ items: [T], format: CircleDesk.RequestCommand.Format, line: (T) -> String) throws {
        switch format {
        case .text:
            for item in items { circledesk.print(line(item)) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            circledesk.print(String(decoding: try encoder.encode(items), as: UTF8.self))
        }
    }
}
