import LeagueCore
import Store
import TerminalKit

/// The roster pane: the township table, a list of cadres, or one cadre's card. All rows of
/// a list are held (a township has at most a few thousand cadres); `top` is the first on screen.
public struct RosterState: Equatable, Sendable {
    public enum Level: Equatable, Sendable {
        case townships, cadres, card
    }

    public var level: Level = .townships
    public var townships: [TownshipSummary] = []
    public var townshipsLoaded = false
    /// Someone changed the data while another pane was shown: read again when shown.
    public var stale = false
    public var selectedTownship = 0

    /// The cadre list: a township's, or the whole county's search results.
    public var query = CadreQuery()
    public var cadres: [CadreRow] = []
    public var cadresLoaded = false
    public var selectedCadre = 0
    public var top = 0

    public var card: CadreCardState?

    public var selectedCadreRow: CadreRow? { cadres.indices.contains(selectedCadre) ? cadres[selectedCadre] : nil }
    public var selectedTownshipSummary: TownshipSummary? {
        townships.indices.contains(selectedTownship) ? townships[selectedTownship] : nil
    }
}

public struct CadreCardState: Equatable, Sendable {
    public var id: Int64
    public var card: CadreCard?
    public var loaded = false
    public var scroll = 0
}

/// The add / edit form of a cadre: the text of each field as typed, the problems the last
/// save found beside their fields. What was typed stays until it is saved or thrown away.
public struct CadreForm: Equatable, Sendable {
    /// Nil for a new cadre.
    public var cadreId: Int64?
    public var version: Int
    public var draft: CadreDraft
    /// The draft as the form opened, to tell whether closing it loses anything.
    public var original: CadreDraft
    public var focus: CadreField = .name
    /// The focused text field's editor.
    public var editor: LineEditor
    public var problems: [CadreField: FieldProblem] = [:]
    /// A message over the form: someone else's change, or a refusal.
    public var notice: String?
    /// Esc once with changes asks; Esc again throws them away.
    public var confirmingDiscard = false
    public var communes: [CommuneEntry]

    public init(cadreId: Int64?, version: Int, draft: CadreDraft, communes: [CommuneEntry]) {
        self.cadreId = cadreId
        self.version = version
        self.draft = draft
        self.original = draft
        self.communes = communes
        self.editor = LineEditor(draft.name)
    }

    /// Fields typed into; the others are chosen with ← →.
    static let textFields: Set<CadreField> = [.name, .phone, .contactPoints, .youthInContact, .joinedOn]

    /// The communes of the draft's township, for ← → on the commune field.
    var townshipCommunes: [CommuneEntry] { communes.filter { $0.townshipId == draft.townshipId } }
}
