import Foundation
import LeagueCore
import Store
import TerminalKit
import Workflow

/// Everything the desk shows, and nothing it does not: views are drawn from this alone.
/// Each pane's state is read through as `state.queue`, `state.roster` and so on.
@dynamicMemberLookup
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var size: Size
    public var now: Date
    /// Who is at the keyboard.
    public var account: Operator
    public var vocabulary: Vocabulary
    /// The county's name, and whether this database is the sample county.
    public var countyName: String
    public var isSampleData: Bool
    public var pane: PaneID = .requests
    public var panes = PaneStates()
    public var overlay: Overlay?
    /// A message for the status line until the next key: a mistake, or what happened.
    public var flash: String?
    /// The file the person named for an export on its way: where its bytes are written
    /// when they come (`Handover.file`).
    public var namedFile: String?
    /// Thumbnails fetched for the strips.
    public var photos = PhotoShelf()
    /// How this terminal draws photos (set from the terminal when the desk starts).
    public var pictures = PictureSupport.blocks
    public var shouldQuit = false

    public init(
        language: Language, size: Size, now: Date, account: Operator, vocabulary: Vocabulary,
        countyName: String, isSampleData: Bool
    ) {
        self.language = language
        self.size = size
        self.now = now
        self.account = account
        // A township secretary's desk shows their own township only.
        panes.queue.filter.scopeTownshipId = account.ownTownship
        self.vocabulary = vocabulary
        self.countyName = countyName
        self.isSampleData = isSampleData
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<PaneStates, Value>) -> Value {
        get { panes[keyPath: keyPath] }
        set { panes[keyPath: keyPath] = newValue }
    }

    var catalog: Catalog { Catalog(language: language) }
    var labels: Labels { Labels(language: language) }

    /// Rows of the screen a pane's table may use (header excluded).
    var queueRowCount: Int { max(1, size.height - 5) }
    /// Rows of the screen a page of text (a detail, a card) may use.
    var textRowCount: Int { max(1, size.height - 4) }
}

/// What sits over the pane and takes the keys.
public enum Overlay: Equatable, Sendable {
    case help
    /// The `/` search or `:` command line at the bottom.
    case prompt(PromptState)
    case picker(PickerState)
    case cadreForm(CadreForm)
    /// A request's or a diary's photos, one at a time, as large as the terminal allows.
    case photo(PhotoViewer)
}

public struct PromptState: Equatable, Sendable {
    public var kind: PromptKind
    public var editor: LineEditor
}

/// A filter and an order: one list of the queue.
public struct QueueList: Equatable, Sendable {
    public var filter: QueueFilter
    public var sort: QueueSort
}

/// The help-request queue: a window of rows read by keyset pages, never the whole queue.
public struct QueueState: Equatable, Sendable {
    public var filter = QueueFilter()
    public var sort: QueueSort = .priority
    /// The rows on screen, in queue order.
    public var rows: [QueueRow] = []
    public var selected = 0
    public var counts = QueueCounts()
    public var loaded = false
    /// The list the rows on screen are of, and the filter the counts are of: the status line
    /// describes those, not a list asked for and still being read (a search in every state
    /// at a hundred times the county takes a tenth of a second), so that it never names a
    /// search over the rows before it.
    public var rowsShown: QueueList?
    public var countsShown: QueueFilter?

    /// The list asked for, shown once its rows come.
    public var list: QueueList { QueueList(filter: filter, sort: sort) }
    /// The request open in the detail view, if any.
    public var detail: DetailState?
    /// The day log, when it is shown instead of the queue (`:log`).
    public var dayLog: DayLogState?
    /// The name of the assignee filtered on, for the status line.
    public var assigneeName: String?
    /// Whether `/` searches every state (a request people remember may be closed) or the
    /// open ones only; Tab in the search line switches.
    public var searchEverywhere = true
    /// The states were widened to all for a search, and go back to open ones when it is cleared.
    public var widenedForSearch = false
    /// The request the selection follows when the window is read again (the one just acted
    /// on or restored), else the selected one; and the one that left the window meanwhile.
    public var followRef: String?
    /// Not in the window read again: looked for from the top of the list next.
    public var missedRef: String?
    public var leftWindow: String?
    /// Rows tagged with Space for one action on all of them, by id, in the order tagged.
    public var tagged: [QueueRow] = []

    public var selectedRow: QueueRow? { rows.indices.contains(selected) ? rows[selected] : nil }
}

public struct DetailState: Equatable, Sendable {
    public var id: Int64
    public var detail: RequestDetail?
    public var loaded = false
    public var scroll = 0
    /// The pane it was opened from, when not the queue (a follow-up call): Esc goes back there.
    public var openedFrom: PaneID? = nil
}
