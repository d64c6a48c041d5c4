import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the reviewer's queue of diaries.
    public static let reviewQueue: [KeyBinding] = listMoves + [
        KeyBinding([.enter], "⏎", .open, .keyReview, inBar: true),
        KeyBinding([.character("u")], "u", .undo, .keyTakeBack),
        KeyBinding([.character("C")], "C", .calibration, .keyCalibration, inBar: true),
    ]

    /// Keys of a diary beside its rubric. Digits score here instead of switching panes.
    public static let scoring: [KeyBinding] = [
        KeyBinding((0...Rubric.maxScore).map { .character(Character(String($0))) }, "0-\(Rubric.maxScore)", .score(0), .keyScore, inBar: true),
        KeyBinding([.character("j"), .down], "j/Down", .nextCriterion, .keyNextCriterion),
        KeyBinding([.character("k"), .up], "k/Up", .previousCriterion, .keyPreviousCriterion),
        KeyBinding([.character("c")], "c", .comment, .keyReviewComment, inBar: true),
        KeyBinding([.enter], "⏎", .submit, .keySubmitReview, inBar: true),
        KeyBinding([.character("r")], "r", .returnDiary, .keyReturnDiary, inBar: true),
        KeyBinding([.character("m")], "m", .threadComment, .keyThreadComment),
        viewPhotos,
        KeyBinding([.character("u")], "u", .undo, .keyTakeBack),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", .pageDown, .keyPageDown),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyPageUp),
        KeyBinding([.escape], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of the calibration table.
    public static let calibration: [KeyBinding] = [
        KeyBinding([.escape, .character("C")], "Esc", .back, .keyBack, inBar: true),
    ]
}
