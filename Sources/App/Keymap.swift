import LeagueCore
import TerminalKit

/// What a key asks for. Keys are bound to commands in one table per context, and the help
/// screen and the key bar are built from the same tables.
public enum Command: Equatable, Sendable {
    case quit, help, redraw, commandLine
    case showPane(Int), nextPane, previousPane
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case open, back, search, filter, sort, clearFilters
    case act, assign, note, contact, tag, untagAll, undo, newRequest, export
    case addCadre, editCadre, toggleActive, showInactive
    case score(Int), nextCriterion, previousCriterion, comment, submit, returnDiary, threadComment, calibration
    case previousPeriod, nextPeriod, showFollowUps, answer(Satisfaction.Answer), remark
    case enterAnswers, typeValue(Int), skipQuestion, previousQuestion, changeCadre
    /// The report the pane shows, to the default printer.
    case printReport
    case switchTab, answerSuggestion, addSuggestion, submitPlan, filePlan, returnPlan
    case viewPhotos, nextPhoto, previousPhoto, savePhoto
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
        // A digit for each of the first nine panes; Tab reaches any after them.
        KeyBinding((1...min(9, PaneID.allCases.count)).map { .character(Character(String($0))) }, "1-\(min(9, PaneID.allCases.count))",
                   .showPane(0), .keyPanes),
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
