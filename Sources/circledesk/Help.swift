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

    /// Answers `--help`, `help COMMAND` or `--version` — what the parser threw for them — on
    /// standard output, with the parser's own words (USAGE:, its --help line, defaults) in the
    /// reader's language, and exits 0.
    static func answer(_ request: Error) -> Never {
        var text = CircleDesk.fullMessage(for: request)
        if language == .zh {
            for (english, chinese) in builtIn { text = text.replacingOccurrences(of: english, with: chinese) }
            text = text.replacing(/\ ?\(values: ([^;)]*); default: ([^)]*)\)/) { "（可选：\($0.output.1)；默认：\($0.output.2)）" }
                .replacing(/\ ?\(values: ([^)]*)\)/) { "（可选：\($0.output.1)）" }
                .replacing(/\ ?\(default: ([^)]*)\)/) { "（默认：\($0.output.1)）" }
        }
        print(text)
        exit(0)
    }

    /// The argument parser's words, in Chinese.
    private static let builtIn: [(String, String)] = [
        ("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:", "参数："), ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："), ("Show the version.", "显示版本。"), ("Show help information.", "显示帮助信息。"),
        ("See 'circledesk help <subcommand>' for detailed help.", "用 circledesk help <子命令> 查看每个子命令的详细帮助。"),
        (" (default)", "（默认）"),
    ]
}

extension ArgumentHelp {
    /// An option's or argument's help, `english` in the reader's language.
    static func line(_ english: String) -> ArgumentHelp { ArgumentHelp(Help.line(english)) }
}
