import LeagueCore
import Store
import TerminalKit

/// The diary review pane: the reviewer's queue, one diary beside its rubric, or (admins)
/// the calibration of reviewers.
public struct ReviewState: Equatable, Sendable {
    public enum Level: Equatable, Sendable {
        case queue, diary, calibration
    }

    public var level: Level = .queue
    /// The queue, oldest first, read a page at a time as the reviewer moves down it.
    public var rows: [DiaryRow] = []
    public var loaded = false
    /// No more rows after the last one read.
    public var exhausted = false
    public var selected = 0
    public var top = 0
    public var counts = DiaryCounts()
    public var open: OpenDiary?
    public var calibration: CalibrationView?

    public var selectedRow: DiaryRow? { rows.indices.contains(selected) ? rows[selected] : nil }
}

/// The diary being read and, if the reader holds it, scored.
public struct OpenDiary: Equatable, Sendable {
    public var id: Int64
    public var detail: DiaryDetail?
    public var loaded = false
    /// The scores as typed, one per criterion of the review's rubric; saved as a draft on
    /// every change.
    public var scores: [Int?] = []
    public var comment = ""
    /// The criterion the next digit scores.
    public var focus = 0
    public var scroll = 0
    /// Why it is read-only, or what went wrong: over the rubric.
    public var notice: String?
    /// The reader holds it and may score it.
    public var scoring = false

    public init(id: Int64) { self.id = id }
}

public struct CalibrationView: Codable, Equatable, Sendable {
    public var rubric: StoredRubric
    public var reviewers: [ReviewerCalibration]
}
