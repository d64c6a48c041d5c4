import Foundation
import LeagueCore
import Store
import TerminalKit

/// One pane of the desk, as a module: its keys where the person is, what its keys do, what
/// it loads when shown, how it is drawn and what its status line says. Its state lives in
/// `PaneStates`, its effects, answers and prompts in enums of its own (see `Panes.swift`).
protocol Pane {
    /// The pane's name in the pane bar and the title row.
    static var title: Phrase { get }
    /// The keys that work in the pane now, the key bar's among them.
    static func bindings(_ state: AppState) -> [KeyBinding]
    /// What a command of those keys does.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]
    /// What the pane loads when the person comes to it.
    static func shown(_ state: inout AppState) -> [Effect]
    /// Someone else committed: what to read again.
    static func dataChanged(_ state: inout AppState) -> [Effect]
    /// The window has a new size.
    static func resized(_ state: inout AppState) -> [Effect]
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect]
    static func draw(_ state: AppState, into canvas: inout Canvas, rect: Rect)
    /// The status line: what is shown on the left, its figures on the right.
    static func status(_ state: AppState) -> (left: String, right: String)
}

extension Pane {
    static func shown(_ state: inout AppState) -> [Effect] { [] }
    static func dataChanged(_ state: inout AppState) -> [Effect] { [] }
    static func resized(_ state: inout AppState) -> [Effect] { [] }
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] { [] }
}

/// What a feature's effect handler works with: the county's database, who is acting (the
/// session's, never the message's), the clock, and the language its answers are worded in.
public struct EffectContext: Sendable {
    public let database: AppDatabase
    public let account: Operator
    public let language: Language
    public let now: Date

    var catalog: Catalog { Catalog(language: language) }
    var labels: Labels { Labels(language: language) }
}
