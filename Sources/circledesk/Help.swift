import ArgumentParser
import Foundation
import LeagueCore

/// The help of every command and option in the reader's language: each is written in
/// English where it is declared (`abstract: Help.line("…")`, `help: .line("…")`), and
/// `HelpWords.chinese` has its Chinese. `--help`, the completions and both man pages come
/// from them; a test holds the book and the declarations to the same set.
enum Help {
    /// The reader's language, read before the arguments are parsed (`--lang`, then
    /// `$CIRCLEDESK_LANG`, then the locale): help and the parser's own errors speak it.
    static let language: Language =
        Language.resolve(flag: GlobalOptions.flag("--lang"), environment: ProcessInfo.processInfo.environment) ?? .zh

    /// `english` in the reader's language.
    static func line(_ english: String) -> String {
        language == .zh ? HelpWords.chinese[english] ?? english : english
    }
}

extension ArgumentHelp {
    /// An option's or argument's help, `english` in the reader's language.
    static func line(_ english: String) -> ArgumentHelp { ArgumentHelp(Help.line(english)) }
}
