import Foundation
import Store
import TerminalKit

/// A row of thumbnails under a diary's or a request's text, numbered as the viewer (`v`)
/// shows them: the reviewer sees at a glance that the photos show a visit.
enum PhotoStrip {
    /// Rows a strip takes: the thumbnails and the line under them.
    static let height = 6
    /// Cells a thumbnail takes (a 4:3 photo at a cell of 1:2).
    static let thumbnailWidth = 13

    /// Whether a strip fits in a text area of `height` rows and leaves it room to read.
    static func fits(_ photos: [KeptPhoto], height: Int) -> Bool { !photos.isEmpty && height >= 14 }

    /// The rows left for text above a strip, when there is one.
    static func textRows(_ photos: [KeptPhoto], of rows: Int) -> Int { fits(photos, height: rows) ? rows - height : rows }

    static func draw(_ photos: [KeptPhoto], _ state: AppState, into canvas: inout Canvas, rect: Rect) {
        let c = state.catalog
        canvas.put(c.format(.photoStripTitle, photos.count), x: rect.x, y: rect.y, width: rect.width, role: .accent)
        let art = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: height - 2)
        // As many as fit, and room after them to say how many more there are.
        let slot = thumbnailWidth + 1
        var count = min(photos.count, (art.width + 1) / slot)
        while count > 0, count < photos.count, count * slot + CellWidth.of(c.format(.morePhotos, photos.count - count)) > art.width { count -= 1 }
        if count < photos.count {
            canvas.put(c.format(.morePhotos, photos.count - count), x: art.x + count * slot, y: art.y + art.height / 2,
                       width: art.width - count * slot, role: .muted)
        }
        var x = art.x
        for (index, photo) in photos.prefix(count).enumerated() {
            let slot = Rect(x: x, y: art.y, width: thumbnailWidth, height: art.height)
            if let bytes = state.photos.thumbnails[photo.sha256] {
                // Not drawn: the big viewer (v) says why.
                if PhotoArtMemo.draw(bytes, sha256: photo.sha256 + ".thumb",
                                     in: PhotoArtMemo.fitted(width: photo.width, height: photo.height, in: slot, support: state.pictures),
                                     support: state.pictures, graphics: nil, into: &canvas) != nil {
                    canvas.put(c[.photoNotShown], x: x + 1, y: art.y + art.height / 2, width: thumbnailWidth - 1, role: .muted)
                }
            } else {
                let missing = state.photos.asked.contains(photo.sha256)
                canvas.put(missing ? c[.photoFileMissing] : c[.loading], x: x + 1, y: art.y + art.height / 2, width: thumbnailWidth - 1, role: .muted)
            }
            canvas.put(String(index + 1), x: x + thumbnailWidth / 2, y: art.maxY, role: .muted)
            x += thumbnailWidth + 1
        }
    }
}
