import Foundation
import LeagueCore
import Store
import TerminalKit

/// A request's or a diary's photos one at a time, as large as the terminal allows (`v`):
/// ← → to go through them, `o` to save one as a file, Esc back.
public struct PhotoViewer: Equatable, Sendable {
    public var photos: [KeptPhoto]
    public var index = 0
    /// Whose photos: a request's reference or a diary's cadre and day.
    public var owner: String
    /// The photo shown, once come; `loaded` with no bytes: its file is missing.
    public var bytes: [UInt8]?
    public var loaded = false

    public var photo: KeptPhoto { photos[index] }
}

extension Keymap {
    /// Keys of the photo viewer.
    public static let photoViewer: [KeyBinding] = [
        KeyBinding([.right, .character("l"), .character(" "), .pageDown], "→", .nextPhoto, .keyNextPhoto, inBar: true),
        KeyBinding([.left, .character("h"), .pageUp], "←", .previousPhoto, .keyPreviousPhoto, inBar: true),
        KeyBinding([.character("o")], "o", .savePhoto, .keySavePhoto, inBar: true),
        KeyBinding([.escape, .character("q"), .enter], "Esc", .back, .keyBack, inBar: true),
    ]

    /// `v` where a request's or a diary's photos may be seen.
    static let viewPhotos = KeyBinding([.character("v")], "v", .viewPhotos, .keyViewPhotos)
}

enum PhotoViewing {
    /// Opens the viewer on `photos`, or says there are none.
    /// `none`: what to say when there are none (how they come).
    static func open(_ photos: [KeptPhoto], owner: String, none: Phrase = .noPhotos, _ state: inout AppState) -> [Effect] {
        guard let first = photos.first else {
            state.flash = state.catalog[none]
            return []
        }
        state.overlay = .photo(PhotoViewer(photos: photos, owner: owner))
        return [.photo(.loadPhoto(first.id))]
    }

    static func handle(_ key: Key, _ viewer: inout PhotoViewer, _ state: inout AppState) -> [Effect] {
        let command = Keymap.command(for: key, in: Keymap.photoViewer)
        switch command {
        case .nextPhoto?, .previousPhoto?:
            let next = viewer.index + (command == .nextPhoto ? 1 : -1)
            guard viewer.photos.indices.contains(next) else { return [] }
            viewer.index = next
            viewer.bytes = nil
            viewer.loaded = false
            state.overlay = .photo(viewer)
            return [.photo(.loadPhoto(viewer.photo.id))]
        case .savePhoto?:
            let name = state.catalog.format(.photoFileName, viewer.photo.id)
            state.overlay = .prompt(PromptState(kind: .photo(.saveAs(viewer)), editor: LineEditor(name)))
            return []
        case .back?:
            state.overlay = nil
            return []
        default:
            return []
        }
    }

    static func reduce(_ answer: PhotoAnswer, _ state: inout AppState) -> [Effect] {
        switch answer {
        case let .thumbnailsLoaded(thumbnails, _):
            for (sha256, data) in thumbnails { state.photos.thumbnails[sha256] = Array(data) }
        case let .photoLoaded(sha256, data):
            guard case var .photo(viewer) = state.overlay, viewer.photo.sha256 == sha256 else { return [] }
            viewer.bytes = data.map(Array.init)
            viewer.loaded = true
            state.overlay = .photo(viewer)
        case .filesRead, .attached:
            return PhotoAttaching.reduce(answer, &state)
        }
        return []
    }

    /// The file name typed for `o`: the viewer comes back, and the photo is written there.
    static func entered(_ text: String, _ prompt: PhotoPrompt, _ state: inout AppState) -> [Effect] {
        switch prompt {
        case let .saveAs(viewer):
            state.overlay = .photo(viewer)
            let name = text.trimmed
            guard !name.isEmpty else { return [] }
            state.namedFile = name
            return [.photo(.save(viewer.photo.id))]
        case let .attachFiles(request):
            return PhotoAttaching.entered(text, request, &state)
        }
    }

    // MARK: - Drawing

    static func draw(_ viewer: PhotoViewer, _ state: AppState, into canvas: inout Canvas) {
        let c = state.catalog, photo = viewer.photo
        let area = Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height - 2)
        canvas.fill(area, role: .normal)
        let taken = photo.takenAt.map { state.labels.shortTimestamp($0) }
        let title = "\(viewer.owner) · \(c.format(.photoPosition, viewer.index + 1, viewer.photos.count)) · "
            + state.labels.photoLine(id: photo.id, name: SafeText.line(photo.name), width: photo.width, height: photo.height, taken: taken)
        StatusLine.draw(into: &canvas, y: 0, left: title, role: .title)
        let room = Rect(x: 0, y: 1, width: area.width, height: area.height - 1)
        if let bytes = viewer.bytes {
            let rect = PhotoArtMemo.fitted(width: photo.width, height: photo.height, in: room, support: state.pictures)
            if let problem = PhotoArtMemo.draw(bytes, sha256: photo.sha256, in: rect, support: state.pictures, graphics: state.pictures.graphics,
                                               into: &canvas) {
                // A damaged file is the viewer's own words; anything else says what to do, and
                // which files and why, wrapped: at 80 columns the paths would be cut off.
                let said = problem == .unreadable ? c[.photoUnreadable] : SafeText.line(problem.reason(state.language))
                let lines = said.wrapped(toCells: max(1, room.width - 4)).prefix(max(1, room.height))
                for (row, line) in lines.enumerated() {
                    canvas.put(line, x: 2, y: room.y + max(0, room.height / 2 - lines.count / 2) + row, width: room.width - 4, role: .error)
                }
            }
        } else {
            canvas.put(viewer.loaded ? c[.photoFileMissing] : c[.loading], x: 2, y: room.y + room.height / 2, width: room.width - 4, role: .muted)
        }
    }
}

/// What the photo viewer asks to be typed.
public enum PhotoPrompt: Equatable, Sendable {
    /// The file to save the photo shown as (`o`).
    case saveAs(PhotoViewer)
    /// The photo files to attach to a request (`t` → 添加图片).
    case attachFiles(ActionRequest)
}
