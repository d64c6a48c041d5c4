import LeagueCore
import TerminalKit

/// The pane's key tables: help and the key bar are built from them.
extension Keymap {
    /// Keys of the satisfaction report.
    public static let satisfaction: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("<"), .character(",")], "<", .previousPeriod, .keyPreviousPeriod, inBar: true),
        KeyBinding([.character(">"), .character(".")], ">", .nextPeriod, .keyNextPeriod, inBar: true),
        KeyBinding([.character("f")], "f", .showFollowUps, .keyFollowUps, inBar: true),
        KeyBinding([.character("a")], "a", .enterAnswers, .keyEnterAnswers, inBar: true),
        KeyBinding([.character("p")], "p", .printReport, .keyPrint, inBar: true),
    ]

    /// Keys of typing in paper questionnaires: one key per question.
    public static let answerEntry: [KeyBinding] = [
        KeyBinding((1...5).map { .character(Character(String($0))) }, "1-5", .typeValue(0), .keyTypeValue, inBar: true),
        KeyBinding([.character("y")], "y", .typeValue(1), .keyYes),
        KeyBinding([.character("n")], "n", .typeValue(0), .keyNo),
        KeyBinding([.enter], "⏎", .skipQuestion, .keySkipQuestion, inBar: true),
        KeyBinding([.backspace, .character("k"), .up], "k/Up", .previousQuestion, .keyPreviousQuestion),
        KeyBinding([.character("c")], "c", .changeCadre, .keyChangeCadre, inBar: true),
        KeyBinding([.escape], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of the follow-up calls waiting: an answer records the call and moves on.
    public static let followUps: [KeyBinding] = listMoves + [
        KeyBinding([.character("1")], "1", .answer(.satisfied), .keyAnswerSatisfied, inBar: true),
        KeyBinding([.character("2")], "2", .answer(.basicallySatisfied), .keyAnswerBasically, inBar: true),
        KeyBinding([.character("3")], "3", .answer(.dissatisfied), .keyAnswerDissatisfied, inBar: true),
        KeyBinding([.character("n")], "n", .remark, .keyRemark, inBar: true),
        KeyBinding([.enter], "⏎", .open, .keyOpen, inBar: true),
        KeyBinding([.escape], "Esc", .back, .keyBack, inBar: true),
    ]
}
