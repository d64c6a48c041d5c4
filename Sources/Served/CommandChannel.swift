import Foundation
import LeagueCore
#if canImport(Glibc)
import Glibc
#endif

/// Both ends of a command run through the server: the command asks for files on the
/// caller's side (`ask`), and the caller answers it until the server says it is over
/// (`forward`).
public enum CommandChannel {
    /// The channel a command run by the server was given, if this process is one.
    public static let inherited: Int32? = {
        guard let text = ProcessInfo.processInfo.environment["CIRCLEDESK_CHANNEL"], let fd = Int32(text), fd > 2,
              fcntl(fd, F_GETFD) != -1, UnixSocket.isSocket(descriptor: fd) else { return nil }
        return fd
    }()

    /// Asks the caller to do `request`; its reply, or nil when the caller is gone.
    public static func ask(_ request: FileRequest, over fd: Int32) -> FileReply? {
        guard let body = try? JSONEncoder().encode(ServerMessage.file(request)), Frames.write(body, to: fd),
              let frame = try? Frames.read(fd, limit: Frames.serverLimit),
              case let .fileReply(reply) = try? JSONDecoder().decode(ClientMessage.self, from: frame) else { return nil }
        return reply
    }

    /// Runs `arguments` on the server at `path` with this process's standard files, doing
    /// the command's file requests with `files`; the command's exit status.
    public static func forward(_ arguments: [String], to path: String, language: Language, program: String,
                               files: (FileRequest) -> FileReply) throws -> Int32 {
        let (fd, _) = try ServedEnvironment.greet(path, language: language, program: program)
        defer { close(fd) }
        let run = try JSONEncoder().encode(ClientMessage.run(arguments: arguments))
        // A server that refuses the command (--now, say) answers and hangs up at once, maybe
        // before the caller's files are sent: its answer is read all the same.
        let sent = Frames.write(run, to: fd) && CommandRunner.sendStandardFiles(fd)
        while true {
            guard let frame = try? Frames.read(fd, limit: Frames.serverLimit),
                  let message = try? JSONDecoder().decode(ServerMessage.self, from: frame) else {
                throw ServedError.refused(language.served(.serverGone))
            }
            switch message {
            case let .refused(message): throw ServedError.refused(message)
            case _ where !sent: throw ServedError.refused(language.served(.serverGone))
            case let .file(request):
                guard let body = try? JSONEncoder().encode(ClientMessage.fileReply(files(request))), Frames.write(body, to: fd) else {
                    throw ServedError.refused(language.served(.serverGone))
                }
            case let .exited(status): return status
            case .welcome, .answer, .waiting, .changed: throw ServedError.unreadable("out of turn")
            }
        }
    }
}
