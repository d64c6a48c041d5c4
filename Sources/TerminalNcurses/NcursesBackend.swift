import CNcursesw
import Foundation
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw: the only code in the program that touches it.
///
/// It starts in raw mode with keypad keys, a short Esc delay, mouse clicks and wheel, the
/// terminal's own background, and a UTF-8 locale (C.UTF-8 when the environment has none,
/// so Chinese shows and typed Chinese arrives whole). Frames are written cell by cell where
/// they changed; in a terminal that draws ambiguous-width characters wide (see
/// `TerminalProbe`) each is written as its one-cell stand-in. A photo's cells are written in
/// their palette colours, and a picture in the terminal's own protocol after the cells.
/// `close()` restores the terminal; so do exit and SIGTERM/SIGHUP.
public final class NcursesBackend: TerminalBackend {
    private var previous: Canvas?
    private var closed = false
    private let theme: Theme
    private let ambiguousDrawnWide: Bool
    public let pictures: PictureSupport

    /// `photos`: the office's setting for drawing photos (blocks, sixel, kitty), if any.
    public init(photos: String? = nil) {
        let probe = TerminalProbe.run(photos: photos)
        ambiguousDrawnWide = probe.ambiguousWide
        setlocale(LC_ALL, "")
        if cd_codeset_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        set_escdelay(25)
        initscr()
        raw()
        noecho()
        nonl()
        keypad(cd_stdscr(), true)
        intrflush(cd_stdscr(), false)
        mousemask(cd_mouse_mask(), nil)
        mouseinterval(0)
        theme = Theme.start()
        let colors = theme.colors >= 256 ? 256 : theme.colors >= 16 ? 16 : theme.colors >= 8 ? 8 : 0
        pictures = PictureSupport(colors: colors, narrowOnly: probe.ambiguousWide, graphics: probe.graphics,
                                  cellWidth: probe.cellWidth, cellHeight: probe.cellHeight)
        NcursesBackend.restoreOnExit()
    }

    public var size: Size { Size(width: Int(cd_cols()), height: Int(cd_lines())) }

    public func present(_ canvas: Canvas) {
        if previous?.size != canvas.size {
            previous = nil
            erase()
        }
        // A picture gone or changed: its pixels are wiped by writing the whole screen again.
        let pictureChanged = previous?.picture != canvas.picture
        if pictureChanged, let old = previous?.picture {
            if old.graphics == .kitty { writeRaw(Array("\u{1B}_Ga=d\u{1B}\\".utf8)) }
            clearok(cd_stdscr(), true)
        }
        for y in 0..<canvas.size.height {
            for x in 0..<canvas.size.width {
                let cell = canvas[x, y]
                guard cell != previous?[x, y] else { continue }
                if !cell.isContinuation {
                    draw(cell, x: x, y: y)
                } else if x > 0 {
                    // Only the second half of a wide character changed: write it whole.
                    draw(canvas[x - 1, y], x: x - 1, y: y)
                }
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        if pictureChanged, let picture = canvas.picture {
            writeRaw(Array("\u{1B}7\u{1B}[\(picture.rect.y + 1);\(picture.rect.x + 1)H".utf8) + picture.bytes + Array("\u{1B}8".utf8))
        }
        previous = canvas
    }

    /// Bytes straight to the terminal, past ncurses (which has flushed its own).
    private func writeRaw(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            sent += count
        }
    }

    public func invalidate() {
        previous = nil
        clearok(cd_stdscr(), true)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        timeout(Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let status = get_wch(&character)
        if status == ERR { return nil }
        if status == KEY_CODE_YES { return special(Int32(character)) }
        if character == 0x1B, let sequence = unknownSequence() { return sequence.map { .key($0) } }
        return KeyDecoding.key(for: UInt32(character)).map { .key($0) }
    }

    /// After an Esc, an escape sequence the terminal library left undecoded, read whole and
    /// turned into its key or dropped: PgDn under TERM=vt100, whose terminfo knows none, or the
    /// start-up probe's cursor report (ESC [ row ; column R) come late over a slow link — their
    /// digits would otherwise switch panes. Nil when what waits after the Esc is no sequence
    /// (it is put back, and the Esc is a key of its own).
    private func unknownSequence() -> Key?? {
        timeout(0)
        var following: [(status: Int32, value: wint_t)] = []
        var value: wint_t = 0
        while following.count < 16 {
            let status = get_wch(&value)
            guard status != ERR else { break }
            following.append((status, value))
            let codes = following.map { UInt32($0.value) }
            guard status == OK else { break }
            if let decoded = EscapeSequence.decode(codes) { return .some(decoded.key) }
            if !EscapeSequence.mayContinue(codes) { break }
        }
        for (status, value) in following.reversed() { putBack(status, value) }
        return nil
    }

    private func putBack(_ status: Int32, _ value: wint_t) {
        if status == KEY_CODE_YES { ungetch(Int32(value)) } else { unget_wch(wchar_t(bitPattern: value)) }
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
    }

    deinit { close() }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let text = ambiguousDrawnWide ? AmbiguousWidth.narrowed(cell.text) : cell.text
        var cluster: [wchar_t] = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if cluster.isEmpty { cluster = [wchar_t(32)] }
        cluster.append(0)
        if let paint = cell.paint {
            _ = cd_put_painted(Int32(y), Int32(x), cluster, paint.foreground.map { Int32($0) } ?? -1, paint.background.map { Int32($0) } ?? -1)
            return
        }
        let (attributes, pair) = theme.style(cell.role)
        _ = cd_put_cluster(Int32(y), Int32(x), cluster, attributes, pair)
    }

    private func special(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let kind: MouseEvent.Kind
            if cd_is_wheel_up(event.bstate) != 0 { kind = .wheelUp }
            else if cd_is_wheel_down(event.bstate) != 0 { kind = .wheelDown }
            else if cd_is_button1(event.bstate) != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
        // PuTTY's terminfo names its plain arrows (ESC [ A, ESC [ B) scroll keys.
        case KEY_UP, KEY_SR: return .key(.up)
        case KEY_DOWN, KEY_SF: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        // A vt220 names the keys in Home's and End's places Find and Select (ESC [ 1 ~, 4 ~).
        case KEY_HOME, KEY_FIND: return .key(.home)
        case KEY_END, KEY_SELECT: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        default:
            for n in 1...12 where code == cd_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// Ends ncurses on exit and on SIGTERM and SIGHUP, so the shell is never left raw.
    private static func restoreOnExit() {
        atexit { endwin() }
        for signalNumber in [SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                endwin()
                _exit(128 + received)
            }
        }
    }
}
