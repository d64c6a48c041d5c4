/// Colours of a cell of a photo's art, as indices of the terminal's palette (xterm's 256:
/// 0–15 the terminal's own, 16–231 a 6×6×6 cube, 232–255 greys); nil is the terminal's
/// own foreground or background.
public struct Paint: Equatable, Hashable, Sendable {
    public var foreground: UInt8?
    public var background: UInt8?

    public init(foreground: UInt8?, background: UInt8?) {
        self.foreground = foreground
        self.background = background
    }
}

/// An image for the terminal to draw in its own graphics protocol: the bytes to write with
/// the cursor at the top left of `rect`. Two pictures are the same when their `key` is (the
/// photo and the size it was made for), so a frame that keeps it does not write it again.
public struct Picture: Equatable, Sendable {
    public var rect: Rect
    public var key: String
    public var bytes: [UInt8]
    public var graphics: Graphics

    public init(rect: Rect, key: String, bytes: [UInt8], graphics: Graphics) {
        self.rect = rect
        self.key = key
        self.bytes = bytes
        self.graphics = graphics
    }

    public static func == (lhs: Picture, rhs: Picture) -> Bool {
        lhs.rect == rhs.rect && lhs.key == rhs.key && lhs.graphics == rhs.graphics
    }
}

/// A terminal's own way of drawing images.
public enum Graphics: String, Sendable, CaseIterable {
    /// DEC sixel: xterm -ti vt340, WezTerm, foot, mlterm, Windows Terminal 1.22+.
    case sixel
    /// kitty's graphics protocol (kitty, WezTerm, Ghostty).
    case kitty
}

/// How photos can be drawn on this terminal: found out when the desk starts (see the
/// ncurses backend's probe), or set with `CIRCLEDESK_PHOTOS` or the `photos` setting.
public struct PictureSupport: Equatable, Sendable {
    /// Colours the terminal shows: 0 (none), 8, 16 or 256.
    public var colors: Int
    /// Symbols East Asian fonts draw two cells wide are left out of the art.
    public var narrowOnly: Bool
    /// The terminal's own image protocol, if it has one; else photos are drawn in blocks.
    public var graphics: Graphics?
    /// One cell's size in pixels, for images in the terminal's protocol.
    public var cellWidth: Int
    public var cellHeight: Int

    public init(colors: Int, narrowOnly: Bool = false, graphics: Graphics? = nil, cellWidth: Int = 10, cellHeight: Int = 20) {
        self.colors = colors
        self.narrowOnly = narrowOnly
        self.graphics = graphics
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
    }

    /// Blocks in 256 colours: what screen tests draw with.
    public static let blocks = PictureSupport(colors: 256)
}
