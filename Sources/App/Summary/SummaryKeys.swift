import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the weekly summary.
    public static let summary: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("<"), .character(",")], "<", .previousPeriod, .keyPreviousWeek, inBar: true),
        KeyBinding([.character(">"), .character(".")], ">", .nextPeriod, .keyNextWeek, inBar: true),
        KeyBinding([.character("p")], "p", .printReport, .keyPrint, inBar: true),
    ]
}
