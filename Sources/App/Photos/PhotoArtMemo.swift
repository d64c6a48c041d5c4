import Foundation
import Photos
import TerminalKit

/// Art made from a photo's bytes, remembered for the frames that show it again: decoding a
/// JPEG and choosing symbols takes milliseconds, a frame is drawn at every key. The art is a
/// pure function of its key, so remembering it changes nothing but the time.
enum PhotoArtMemo {
    enum Art: Sendable {
        case cells([[PhotoArt.Cell]])
        case image([UInt8])
        case unreadable
    }

    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var art: [String: Art] = [:]
    }

    private static let store = Store()
    /// A screen shows a strip of a few and one large photo; more than this are forgotten.
    private static let capacity = 48

    static func art(_ key: String, make: () -> Art) -> Art {
        store.lock.lock()
        if let known = store.art[key] {
            store.lock.unlock()
            return known
        }
        store.lock.unlock()
        let made = make()
        store.lock.lock()
        if store.art.count >= capacity { store.art.removeAll(keepingCapacity: true) }
        store.art[key] = made
        store.lock.unlock()
        return made
    }

    /// The photo `sha256` (whose bytes are `bytes`) as art in `rect`, drawn on `canvas`: block
    /// symbols in palette colours, or a picture in the terminal's own protocol. Why it was
    /// not drawn, if it was not: its file cannot be read, or photos cannot be drawn here.
    static func draw(_ bytes: [UInt8], sha256: String, in rect: Rect, support: PictureSupport, graphics: Graphics?,
                     into canvas: inout Canvas) -> PhotoProblem? {
        if let problem = PhotoArt.unavailable { return problem }
        guard rect.width > 0, rect.height > 0 else { return nil }
        if let graphics {
            let key = "\(sha256)|\(rect.width)x\(rect.height)|\(graphics.rawValue)|\(support.cellWidth)x\(support.cellHeight)"
            let art = art(key) {
                PhotoArt.image(of: bytes, columns: rect.width, rows: rect.height, cellWidth: support.cellWidth, cellHeight: support.cellHeight,
                               graphics: graphics == .kitty ? .kitty : .sixel).map(Art.image) ?? .unreadable
            }
            guard case let .image(image) = art else { return .unreadable }
            canvas.fill(rect, role: .normal)
            canvas.picture = Picture(rect: rect, key: key, bytes: image, graphics: graphics)
            return nil
        }
        let colors = PhotoArt.Colors(rawValue: support.colors) ?? .none
        let key = "\(sha256)|\(rect.width)x\(rect.height)|\(colors.rawValue)|\(support.narrowOnly)"
        let art = art(key) {
            PhotoArt.cells(of: bytes, columns: rect.width, rows: rect.height, colors: colors, narrowOnly: support.narrowOnly).map(Art.cells) ?? .unreadable
        }
        guard case let .cells(cells) = art else { return .unreadable }
        for (row, line) in cells.enumerated() {
            for (column, cell) in line.enumerated() {
                canvas.paint(Character(cell.symbol), x: rect.x + column, y: rect.y + row,
                             Paint(foreground: cell.foreground, background: cell.background))
            }
        }
        return nil
    }

    /// The largest rect of `width` × `height` pixels' shape that fits in `area`, centred.
    static func fitted(width: Int, height: Int, in area: Rect, support: PictureSupport) -> Rect {
        guard width > 0, height > 0, area.width > 0, area.height > 0 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let scale = min(Double(area.width * support.cellWidth) / Double(width), Double(area.height * support.cellHeight) / Double(height))
        let columns = max(1, min(area.width, Int((Double(width) * scale / Double(support.cellWidth)).rounded())))
        let rows = max(1, min(area.height, Int((Double(height) * scale / Double(support.cellHeight)).rounded())))
        return Rect(x: area.x + (area.width - columns) / 2, y: area.y + (area.height - rows) / 2, width: columns, height: rows)
    }
}
