import Foundation
import LeagueCore
import Store

/// Photos' work outside the reducer: each photo by its number, so that the store checks the
/// reader may see it (a township secretary, her township's).
public enum PhotoEffect: Codable, Equatable, Sendable {
    /// The thumbnails of a strip.
    case loadThumbnails([Int64])
    /// A whole photo, for the viewer.
    case loadPhoto(Int64)
    /// The photo's bytes, for the file the person named.
    case save(Int64)
}

public enum PhotoAnswer: Codable, Equatable, Sendable {
    /// Thumbnails by SHA-256; the numbers asked for whose files are missing are absent.
    case thumbnailsLoaded([String: Data], asked: [String])
    /// A whole photo; nil when its file is missing.
    case photoLoaded(sha256: String, Data?)
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
        }
    }
}
