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
        signal(SIGPIPE, SIG_IGN)
        let fd: Int32
        do { fd = try UnixSocket.connect(path: path) } catch let error as SocketError { throw ServedError.socket(error) }
        defer { close(fd) }
        let hello = try JSONEncoder().encode(ClientMessage.hello(Hello(program: program, language: language)))
        guard Frames.write(hello, to: fd) else { throw ServedError.socket(.noServer(path: path)) }
        // Until welcomed, a silent peer is given up on; a command may then run as long as it needs.
        UnixSocket.setReadTimeout(fd, seconds: Session.patience)
        var started = false
        while true {
            guard let frame = try? Frames.read(fd, limit: Frames.serverLimit),
                  let message = try? JSONDecoder().decode(ServerMessage.self, from: frame) else {
                throw ServedError.refused(language.served(.serverGone))
            }
            switch message {
            case .welcome where !started:
                started = true
                UnixSocket.setReadTimeout(fd, seconds: 0)
                let run = try JSONEncoder().encode(ClientMessage.run(arguments: arguments))
                guard Frames.write(run, to: fd), CommandRunner.sendStandardFiles(fd) else { throw ServedError.refused(language.served(.serverGone)) }
            case let .refused(message): throw ServedError.refused(message)
            case let .file(request):
                guard let body = try? JSONEncoder().encode(ClientMessage.fileReply(files(request))), Frames.write(body, to: fd) else {
                    throw ServedError.refused(language.served(.serverGone))
                }
            case let .exited(status): return status
            case .welcome, .answer, .changed: throw ServedError.unreadable("out of turn")
            }
        }
    }
}
