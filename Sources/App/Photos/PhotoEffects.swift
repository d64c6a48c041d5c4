import Foundation
import LeagueCore
import Store
import TerminalKit

/// Photos' work outside the reducer: each photo by its number, so that the store checks the
/// reader may see it (a township secretary, her township's).
public enum PhotoEffect: Codable, Equatable, Sendable {
    /// The thumbnails of a strip.
    case loadThumbnails([Int64])
    /// A whole photo, for the viewer.
    case loadPhoto(Int64)
    /// The photo's bytes, for the file the person named.
    case save(Int64)
    /// Read the files named for `request`'s photos: done by the desk's own process, as the
    /// person, never sent to a server (`PhotoGathering`).
    case readHere(ActionRequest, paths: [String])
    /// Keep the photos (made small where they were read) and attach them to the request;
    /// the files already found not to be photos, said with the outcome.
    case attach(ActionRequest, [PhotoFile], refused: [String])
}

/// A photo on its way from the person's files to the store.
public struct PhotoFile: Codable, Equatable, Sendable {
    public var name: String
    public var data: Data
}

public enum PhotoAnswer: Codable, Equatable, Sendable {
    /// Thumbnails by SHA-256; the numbers asked for whose files are missing are absent.
    case thumbnailsLoaded([String: Data], asked: [String])
    /// A whole photo; nil when its file is missing.
    case photoLoaded(sha256: String, Data?)
    /// The files named for a request's photos, read and made small; what was wrong with the
    /// others (said in the person's language).
    case filesRead(ActionRequest, [PhotoFile], refused: [String])
    /// Photos attached: how many, and the files that were not photos.
    case attached(ActionRequest, kept: Int, refused: [String])
}

extension PhotoEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        let photos = context.database.photos
        func visible(_ id: Int64) throws -> KeptPhoto? { try photos.photo(id: id, for: context.account) }
        switch self {
        case let .loadThumbnails(ids):
            let kept = try ids.compactMap(visible)
            let loaded = kept.reduce(into: [String: Data]()) { found, photo in
                if let bytes = photos.bytes(of: photo, thumbnail: true) { found[photo.sha256] = Data(bytes) }
            }
            return .photo(.thumbnailsLoaded(loaded, asked: kept.map(\.sha256)))
        case let .loadPhoto(id):
            guard let photo = try visible(id) else { return .failed(context.catalog[.photoMissing]) }
            return .photo(.photoLoaded(sha256: photo.sha256, photos.bytes(of: photo).map { Data($0) }))
        case let .save(id):
            guard let photo = try visible(id), let bytes = photos.bytes(of: photo) else { return .failed(context.catalog[.photoMissing]) }
            return .handOver(.picture(Data(bytes)))
        case .readHere:
            // Never performed here: the runtime reads the files where the person is.
            return nil
        case let .attach(request, files, refusedBefore):
            // Adding photos changes nothing a colleague could have changed meanwhile: it goes
            // on the request as it is now, if its state still takes photos.
            guard let current = try context.database.requests.requestHandle(ref: request.ref) else { return .failed(context.catalog[.detailMissing]) }
            do {
                let attached = try photos.attach(files.map { ($0.name, Array($0.data)) }, toRequest: current.id, version: current.version,
                                                 by: context.account, at: context.now)
                return .photo(.attached(request, kept: attached.kept.count, refused: refusedBefore + attached.refused.map {
                    context.catalog.format(.photosRefused, SafeText.line($0.name), $0.problem.reason(context.language))
                }))
            } catch let error as TransitionError {
                return .queue(.actionFailed(request, QueueEffect.failure(error, context)))
            }
        }
    }
}
