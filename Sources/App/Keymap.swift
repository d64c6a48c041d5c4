import LeagueCore
import TerminalKit

/// What a key asks for. Keys are bound to commands in one table per context, and the help
/// screen and the key bar are built from the same tables.
public enum Command: Equatable, Sendable {
    case quit, help, redraw, commandLine
    case showPane(Int), nextPane, previousPane
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case open, back, search, filter, sort, clearFilters
    case act, assign, note, contact, tag, untagAll, undo
    case addCadre, editCadre, toggleActive, showInactive
    case score(Int), nextCriterion, previousCriterion, comment, submit, returnDiary, threadComment, calibration
    case previousPeriod, nextPeriod, showFollowUps, answer(Satisfaction.Answer), remark
    case enterAnswers, typeValue(Int), skipQuestion, previousQuestion, changeCadre
    case printSummary
    case switchTab, answerSuggestion, addSuggestion, submitPlan, filePlan, returnPlan
    case replyToActivity, recordOutcome, postActivity, planServiceDay, signUpForServiceDay, revisePlan, formSquad
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help.
    public let label: String
    /// How the key bar, short of room, writes them.
    public let barLabel: String
    public let command: Command
    public let phrase: Phrase
    /// Shown in the key bar as well as in help.
    public let inBar: Bool

    init(_ keys: [Key], _ label: String, _ command: Command, _ phrase: Phrase, inBar: Bool = false, barLabel: String? = nil) {
        self.keys = keys
        self.label = label
        self.barLabel = barLabel ?? label
        self.command = command
        self.phrase = phrase
        self.inBar = inBar
    }
}

public enum Keymap {
    /// Keys that work in every pane.
    public static let global: [KeyBinding] = [
        KeyBinding(PaneID.allCases.map { .character(Character(String($0.rawValue + 1))) }, "1-\(PaneID.allCases.count)", .showPane(0), .keyPanes),
        KeyBinding([.tab, .backTab], "Tab/S-Tab", .nextPane, .keyNextPane),
        KeyBinding([.character(":")], ":", .commandLine, .keyCommand),
        KeyBinding([.control("l")], "C-l", .redraw, .keyRedraw),
        KeyBinding([.character("?")], "?", .help, .keyHelp, inBar: true),
        KeyBinding([.character("q"), .control("c")], "q/C-c", .quit, .keyQuit, inBar: true, barLabel: "q"),
    ]

    /// Moving through a list of rows.
    static let listMoves: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j/Down", .moveDown, .keyDown),
        KeyBinding([.character("k"), .up], "k/Up", .moveUp, .keyUp),
        KeyBinding([.character("g"), .home], "g/Home", .top, .keyTop),
        KeyBinding([.character("G"), .end], "G/End", .bottom, .keyBottom),
        KeyBinding([.pageDown, .control("f")], "PgDn", .pageDown, .keyPageDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", .pageUp, .keyPageUp),
    ]

    /// Scrolling a page of text.
    static let scrollMoves: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j/Down", .moveDown, .keyDown),
        KeyBinding([.character("k"), .up], "k/Up", .moveUp, .keyUp),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", .pageDown, .keyPageDown),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyPageUp),
    ]

    /// Keys of the request queue.
    public static let queue: [KeyBinding] = listMoves + [
        KeyBinding([.character("/")], "/", .search, .keySearch, inBar: true),
        KeyBinding([.character("f")], "f", .filter, .keyFilter, inBar: true),
        KeyBinding([.character("s")], "s", .sort, .keySort, inBar: true),
        KeyBinding([.character("x")], "x", .clearFilters, .keyClear, inBar: true),
        KeyBinding([.character("t")], "t", .act, .keyAct, inBar: true),
        KeyBinding([.character("a")], "a", .assign, .keyAssign),
        KeyBinding([.character("n")], "n", .note, .keyNote),
        KeyBinding([.character("c")], "c", .contact, .keyContact),
        KeyBinding([.character(" ")], "Space", .tag, .keyTag),
        KeyBinding([.character("u")], "u", .undo, .keyUndo),
        KeyBinding([.escape], "Esc", .untagAll, .keyUntag),
        KeyBinding([.enter], "⏎", .open, .keyOpen, inBar: true),
    ]

    /// Keys of a request's detail.
    public static let detail: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("t")], "t", .act, .keyAct, inBar: true),
        KeyBinding([.character("a")], "a", .assign, .keyAssign),
        KeyBinding([.character("n")], "n", .note, .keyNote),
        KeyBinding([.character("c")], "c", .contact, .keyContact),
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of the roster's township table.
    public static let townships: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j/Down", .moveDown, .keyDown),
        KeyBinding([.character("k"), .up], "k/Up", .moveUp, .keyUp),
        KeyBinding([.character("g"), .home], "g/Home", .top, .keyTop),
        KeyBinding([.character("G"), .end], "G/End", .bottom, .keyBottom),
        KeyBinding([.character("/")], "/", .search, .keyFindCadre, inBar: true),
        KeyBinding([.character("a")], "a", .addCadre, .keyAddCadre, inBar: true),
        KeyBinding([.enter], "⏎", .open, .keyListCadres, inBar: true),
    ]

    /// Keys of a list of cadres.
    public static let cadres: [KeyBinding] = listMoves + [
        KeyBinding([.character("/")], "/", .search, .keyFindCadre, inBar: true),
        KeyBinding([.character("s")], "s", .sort, .keySortCadres, inBar: true),
        KeyBinding([.character("i")], "i", .showInactive, .keyShowInactive),
        KeyBinding([.character("a")], "a", .addCadre, .keyAddCadre, inBar: true),
        KeyBinding([.character("e")], "e", .editCadre, .keyEditCadre, inBar: true),
        KeyBinding([.character("d")], "d", .toggleActive, .keyToggleActive),
        KeyBinding([.enter], "⏎", .open, .keyOpenCard, inBar: true),
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of a cadre's card.
    public static let card: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("e")], "e", .editCadre, .keyEditCadre, inBar: true),
        KeyBinding([.character("d")], "d", .toggleActive, .keyToggleActive, inBar: true),
        KeyBinding([.escape, .backspace, .character("h"), .left], "Esc", .back, .keyBack, inBar: true),
    ]

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
        KeyBinding([.character("u")], "u", .undo, .keyTakeBack),
        KeyBinding([.pageDown, .character(" ")], "PgDn/Space", .pageDown, .keyPageDown),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyPageUp),
        KeyBinding([.escape], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of the calibration table.
    public static let calibration: [KeyBinding] = [
        KeyBinding([.escape, .character("C")], "Esc", .back, .keyBack, inBar: true),
    ]

    /// Keys of the satisfaction report.
    public static let satisfaction: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("<"), .character(",")], "<", .previousPeriod, .keyPreviousPeriod, inBar: true),
        KeyBinding([.character(">"), .character(".")], ">", .nextPeriod, .keyNextPeriod, inBar: true),
        KeyBinding([.character("f")], "f", .showFollowUps, .keyFollowUps, inBar: true),
        KeyBinding([.character("a")], "a", .enterAnswers, .keyEnterAnswers, inBar: true),
    ]

    /// Keys of the weekly summary.
    public static let summary: [KeyBinding] = scrollMoves + [
        KeyBinding([.character("<"), .character(",")], "<", .previousPeriod, .keyPreviousWeek, inBar: true),
        KeyBinding([.character(">"), .character(".")], ">", .nextPeriod, .keyNextWeek, inBar: true),
        KeyBinding([.character("p")], "p", .printSummary, .keyPrint, inBar: true),
    ]

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
        KeyBinding([.escape], "Esc", .back, .keyBack, inBar: true),
    ]

    /// The command `key` asks for among `bindings`, pane digits resolved.
    static func command(for key: Key, in bindings: [KeyBinding]) -> Command? {
        guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { return nil }
        if case .showPane = binding.command, case let .character(digit) = key, let number = digit.wholeNumberValue {
            return .showPane(number - 1)
        }
        if case .score = binding.command, case let .character(digit) = key, let number = digit.wholeNumberValue {
            return .score(number)
        }
        if case .typeValue = binding.command, case let .character(digit) = key, let number = digit.wholeNumberValue {
            return .typeValue(number)
        }
        if binding.command == .nextPane, key == .backTab { return .previousPane }
        return binding.command
    }
}
