import Foundation
import LeagueCore
import Reports
import Served
import Store
#if canImport(Glibc)
import Glibc
#endif

/// The files a command line names are the caller's: read, written and printed as the person
/// who typed it. Here when the command runs here; in a command the server runs, by the
/// caller's own process, which the command asks over its channel.
enum ClientFiles {
    static func read(_ path: String) throws -> Data {
        guard let channel = CommandChannel.inherited else { return try readHere(path) }
        switch CommandChannel.ask(.read(path: path), over: channel) {
        case let .read(data): return data
        case let .failed(message): throw CLIError.callerSide(message)
        case .done, .printed, nil: throw CLIError.unreadable(path: path)
        }
    }

    /// A new file at `path` holding what `produce` writes, whole or not at all; an existing
    /// one stays. Written as it comes here; sent in one piece to the caller.
    static func create(_ path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        guard let channel = CommandChannel.inherited else { return try FilePlacement.create(path, produce) }
        var whole = Data()
        try produce { whole.append($0) }
        try done(CommandChannel.ask(.create(path: path, whole), over: channel), path)
    }

    /// The PDF `makePDF` makes, to the caller's default printer; the confirmation to show, in
    /// `language`. Here, a missing printing service is said before the PDF is made.
    static func print(title: String, copies: Int, language: Language, _ makePDF: () throws -> Data) throws -> String {
        guard let channel = CommandChannel.inherited else {
            guard Printing.tool("lp") != nil else { throw PrintingError.noPrinter }
            return try Printing.print(pdf: makePDF(), title: title, copies: copies).said(language)
        }
        switch CommandChannel.ask(.print(try makePDF(), title: title, copies: copies), over: channel) {
        case let .printed(said): return said
        case let .failed(message): throw CLIError.callerSide(message)
        case .read, .done, nil: throw CLIError.unreadable(path: title)
        }
    }

    /// What the caller does for a command the server runs: only with files its own command
    /// line names (`named`), and reading the photos beside a named file (a diary list's),
    /// so that no server — a stranger's socket named by mistake included — can read
    /// or make any other file of the person's.
    static func answer(_ request: FileRequest, named: [String], language: Language) -> FileReply {
        switch request {
        case let .read(path) where isBeside(path, named):
            break
        case let .read(path), let .create(path, _):
            guard named.contains(path) || named.contains(where: { $0.hasSuffix("=" + path) }) else {
                return .failed(CLIError.fileNotNamed(path: path).message(language))
            }
        case .print: break
        }
        do {
            switch request {
            case let .read(path): return .read(try readHere(path))
            case let .create(path, data): try FilePlacement.create(path) { try $0(data) }
            case let .print(pdf, title, copies): return .printed(try Printing.print(pdf: pdf, title: title, copies: copies).said(language))
            }
            return .done
        } catch let error as UserFacingError {
            return .failed(error.message(language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// The file `name` (relative) in the folder of `file`, as written: relative paths stay
    /// relative, for the caller's process to read from its own working folder.
    static func beside(_ file: String, _ name: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Whether `path` is a photo `beside` a file the command line names (no `..` out of its
    /// folder, and a photo's name: a diary list's photos, and nothing else of the person's).
    static func isBeside(_ path: String, _ named: [String]) -> Bool {
        let photo = ["jpg", "jpeg", "png", "heic", "heif"].contains((path as NSString).pathExtension.lowercased())
        guard photo, !path.split(separator: "/").contains("..") else { return false }
        return named.contains { argument in
            guard FileManager.default.isReadableFile(atPath: argument), path != argument else { return false }
            let folder = (argument as NSString).deletingLastPathComponent
            return folder.isEmpty ? !path.hasPrefix("/") : path.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
    }

    private static func done(_ reply: FileReply?, _ path: String) throws {
        switch reply {
        case .done: return
        case let .failed(message): throw CLIError.callerSide(message)
        case .read, .printed, nil: throw CLIError.unreadable(path: path)
        }
    }

    private static func readHere(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.unreadable(path: path) }
        return data
    }
}
