import App
import Foundation
import LeagueCore
import Store

/// The served mode's protocol. A desk says hello, is welcomed as the operator its Linux
/// login is (or refused, with why), then sends effects and gets their answers; the server
/// tells every other desk when someone commits. Identity is never in a message.
public enum ServedProtocol {
    /// Changes whenever a message changes shape; a desk and a server must agree on it.
    public static let version = 2
}

/// What a desk sends.
public enum ClientMessage: Codable, Equatable, Sendable {
    case hello(Hello)
    /// An effect to perform as the connection's operator; the answer names `id`.
    case perform(id: Int, Effect)
    /// A command line to run as the connection's operator; the caller's standard input,
    /// output and error follow as open files (SCM_RIGHTS).
    case run(arguments: [String])
    /// What the caller made of a command's `file` request.
    case fileReply(FileReply)
}

public struct Hello: Codable, Equatable, Sendable {
    public var protocolVersion: Int
    /// The program's version, told back when the two differ.
    public var program: String
    /// The language the server words answers and refusals in.
    public var language: Language

    public init(protocolVersion: Int = ServedProtocol.version, program: String, language: Language) {
        self.protocolVersion = protocolVersion
        self.program = program
        self.language = language
    }
}

/// What a server sends.
public enum ServerMessage: Codable, Equatable, Sendable {
    case welcome(Welcome)
    /// Why the connection is closed, in the desk's language.
    case refused(String)
    case answer(id: Int, Answer?)
    /// The effect `id` waits for another program's write, `seconds` more at most.
    case waiting(id: Int, seconds: Int)
    /// Someone committed: what the desk shows may be out of date.
    case changed
    /// A command asks the caller to do with a file what only the caller may: read it, write
    /// it, print it, as the person at the terminal.
    case file(FileRequest)
    /// The command is over, with this exit status.
    case exited(Int32)
}

/// Files a command run by the server reads and writes on the caller's side.
public enum FileRequest: Codable, Equatable, Sendable {
    case read(path: String)
    /// A new file, written whole or not at all; an existing one is never replaced.
    case create(path: String, Data)
    /// A PDF for the caller's default printer.
    case print(Data, title: String, copies: Int)
}

public enum FileReply: Codable, Equatable, Sendable {
    case read(Data)
    case done
    /// Printed: the confirmation, in the person's language (printer, pages, copies, job).
    case printed(String)
    /// Why not, in the person's language.
    case failed(String)
}

/// What a desk needs to open: who it is acting as, and the county it shows.
public struct Welcome: Codable, Equatable, Sendable {
    public var account: Operator
    public var vocabulary: Vocabulary
    public var countyName: String
    public var isSampleData: Bool
    /// The moment the server keeps to, when it was started at a fixed `--now`.
    public var fixedNow: Date?
    public var program: String

    public init(account: Operator, vocabulary: Vocabulary, countyName: String, isSampleData: Bool, fixedNow: Date?, program: String) {
        self.account = account
        self.vocabulary = vocabulary
        self.countyName = countyName
        self.isSampleData = isSampleData
        self.fixedNow = fixedNow
        self.program = program
    }
}
