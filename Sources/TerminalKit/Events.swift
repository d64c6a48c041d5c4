/// A key as the program sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl and a letter, e.g. `.control("l")` for Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the terminal reports.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

/// A terminal the program can draw on and read from: ncurses for people, memory for tests.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Shows `canvas`, writing only what differs from the last frame shown.
    func present(_ canvas: Canvas)
    /// Forgets what the terminal shows, so that the next frame is written whole (Ctrl-L).
    func invalidate()
    /// How photos can be drawn here.
    var pictures: PictureSupport { get }
    /// The next event, or nil when none came within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}

/// A terminal in memory: events are scripted, frames are kept to be read back.
public final class MemoryBackend: TerminalBackend {
    public var size: Size
    public private(set) var frames: [Canvas] = []
    public var events: [TerminalEvent]
    public var pictures = PictureSupport.blocks

    public init(size: Size, events: [TerminalEvent] = []) {
        self.size = size
        self.events = events
    }

    public var lastFrame: Canvas? { frames.last }

    public func present(_ canvas: Canvas) { frames.append(canvas) }

    public func invalidate() {}

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }
}
