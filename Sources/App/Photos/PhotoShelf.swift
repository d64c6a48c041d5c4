import Foundation
import Store

/// The photos fetched for the screen: the thumbnails the strips show, by SHA-256. A photo
/// never changes (its name is its content), so what came once stays while the desk is open.
public struct PhotoShelf: Equatable, Sendable {
    public var thumbnails: [String: [UInt8]] = [:]
    /// Asked for: come, on its way, or with its file missing; not asked again.
    public var asked: Set<String> = []

    /// The effect that fetches the thumbnails of `photos` not asked for yet; marks them asked.
    mutating func fetch(_ photos: [KeptPhoto]) -> [Effect] {
        let wanted = photos.filter { !asked.contains($0.sha256) }
        guard !wanted.isEmpty else { return [] }
        asked.formUnion(wanted.map(\.sha256))
        return [.photo(.loadThumbnails(wanted.map(\.id)))]
    }
}
