import Foundation
import LeagueCore
import Photos
import Store
import TerminalKit

/// `t` → 添加图片: the files named at the prompt are read by the desk's own process — as the
/// person, from their folders, wherever the database is — made small there (a photo of a few
/// megabytes becomes a few hundred kilobytes to send), and attached by the store, which reads
/// each again as a photo from outside.
enum PhotoAttaching {
    /// The most a desk sends at once, made small: about twenty photos (as base64 in a served
    /// desk's message, under its 8 MB).
    static let batchLimit = 4 << 20

    /// The prompt for the files' names.
    static func ask(_ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        guard request.also.isEmpty else {
            state.overlay = nil
            state.flash = state.catalog[.photosOneRequest]
            return []
        }
        state.overlay = .prompt(PromptState(kind: .photo(.attachFiles(request)), editor: LineEditor()))
        return []
    }

    static func entered(_ text: String, _ request: ActionRequest, _ state: inout AppState) -> [Effect] {
        state.overlay = nil
        let paths = names(in: text)
        guard !paths.isEmpty else { return [] }
        state.flash = state.catalog[.working]
        return [.photo(.readHere(request, paths: paths))]
    }

    /// File names as typed: separated by spaces, a name with spaces in quotes ("a b.jpg").
    static func names(in text: String) -> [String] {
        var names: [String] = [], current = "", quoted = false
        for character in text {
            if character == "\"" || character == "“" || character == "”" { quoted.toggle(); continue }
            if character.isWhitespace, !quoted {
                if !current.isEmpty { names.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { names.append(current) }
        return names
    }

    /// Reads and makes small the files at `paths`, here, as the person: the answer the
    /// reducer turns into the effect that attaches them.
    static func read(_ request: ActionRequest, _ paths: [String], language: Language) -> Answer {
        var files: [PhotoFile] = [], refused: [String] = [], total = 0
        let catalog = Catalog(language: language)
        for path in paths {
            let full = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
            let name = (full as NSString).lastPathComponent
            let size = ((try? FileManager.default.attributesOfItem(atPath: full))?[.size] as? Int) ?? -1
            guard size >= 0, size <= PhotoLimits.bytes, let data = FileManager.default.contents(atPath: full) else {
                let why = size > PhotoLimits.bytes ? PhotoProblem.tooManyBytes(size).reason(language) : catalog[.photoNoFile]
                refused.append(catalog.format(.photosRefused, SafeText.line(path), why))
                continue
            }
            // Made small with its position kept: the store drops it unless the county keeps them.
            switch PreparedPhoto.prepare(Array(data), keepLocation: true) {
            case let .success(photo):
                total += photo.photo.count
                guard total <= batchLimit else {
                    refused.append(catalog.format(.photosRefused, SafeText.line(name), catalog[.photosTooMany]))
                    continue
                }
                files.append(PhotoFile(name: name, data: Data(photo.photo)))
            case let .failure(problem):
                refused.append(catalog.format(.photosRefused, SafeText.line(name), problem.reason(language)))
            }
        }
        return .photo(.filesRead(request, files, refused: refused))
    }

    static func reduce(_ answer: PhotoAnswer, _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        switch answer {
        case let .filesRead(request, files, refused):
            state.flash = refused.isEmpty ? nil : refused.joined(separator: "；")
            guard !files.isEmpty else { return [] }
            return [.photo(.attach(request, files, refused: refused))]
        case let .attached(request, kept, refused):
            let done = kept > 0 ? c.format(.photosAttached, request.ref, kept) : c.format(.photosThere, request.ref)
            state.flash = ([done] + refused).joined(separator: "；")
            state.queue.followRef = request.ref
            var effects = QueuePane.reread(state)
            if state.queue.detail?.id == request.requestId { effects.append(.queue(.loadDetail(request.requestId))) }
            return effects
        default:
            return []
        }
    }
}
