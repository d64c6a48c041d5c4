import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the suggestions list.
    public static let suggestions: [KeyBinding] = listMoves + [
        KeyBinding([.character("r")], "r", .answerSuggestion, .keyAnswerSuggestion, inBar: true),
        KeyBinding([.character("a")], "a", .addSuggestion, .keyAddSuggestion, inBar: true),
        KeyBinding([.character("t")], "t", .switchTab, .keyNextTab, inBar: true),
    ]

    /// Keys of the help squads: their plans filed with the county.
    public static let squads: [KeyBinding] = listMoves + [
        KeyBinding([.character("s")], "s", .submitPlan, .keySubmitPlan, inBar: true),
        KeyBinding([.character("f")], "f", .filePlan, .keyFilePlan, inBar: true),
        KeyBinding([.character("r")], "r", .returnPlan, .keyReturnPlan, inBar: true),
        KeyBinding([.character("e")], "e", .revisePlan, .keyRevisePlan, inBar: true),
        KeyBinding([.character("n")], "n", .formSquad, .keyFormSquad, inBar: true),
        KeyBinding([.character("t")], "t", .switchTab, .keyNextTab, inBar: true),
    ]

    /// Keys of the activity menus: j/k choose an activity, the page keys scroll.
    public static let activities: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j/Down", .moveDown, .keyNextActivity),
        KeyBinding([.character("k"), .up], "k/Up", .moveUp, .keyPreviousActivity),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", .pageDown, .keyPageDown),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyPageUp),
        KeyBinding([.character("a")], "a", .replyToActivity, .keyReplyToActivity, inBar: true),
        KeyBinding([.character("o")], "o", .recordOutcome, .keyRecordOutcome, inBar: true),
        KeyBinding([.character("n")], "n", .postActivity, .keyPostActivity, inBar: true),
        KeyBinding([.character("t")], "t", .switchTab, .keyNextTab, inBar: true),
    ]

    /// Keys of the service-day calendar.
    public static let calendar: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("a")], "a", .planServiceDay, .keyPlanServiceDay, inBar: true),
        KeyBinding([.character("s")], "s", .signUpForServiceDay, .keySignUp, inBar: true),
        KeyBinding([.character("t")], "t", .switchTab, .keyNextTab, inBar: true),
    ]
}
