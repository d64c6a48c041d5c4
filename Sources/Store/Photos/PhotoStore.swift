import Foundation
import GRDB
import LeagueCore
import Photos
import Workflow

/// The kept photos: taking them in from outside, attaching them to requests, reading them.
public struct PhotoStore: FeatureStore {
    let database: AppDatabase
}

extension AppDatabase {
    public var photos: PhotoStore { PhotoStore(database: self) }
}

/// A photo as a request or a diary shows it.
public struct KeptPhoto: Codable, Equatable, Sendable {
    public var id: Int64
    public var sha256: String
    /// The file's name as it came (`生姜地.jpg`), or the diary's reference to it.
    public var name: String
    public var width: Int
    public var height: Int
    public var bytes: Int
    /// When the camera says it was taken, if it says.
    public var takenAt: Int64?

    init(row: Row) throws {
        id = try row.value("id")
        sha256 = try row.value("sha256")
        name = try row.value("name")
        width = try row.value("width")
        height = try row.value("height")
        bytes = try row.value("bytes")
        takenAt = try row.value("taken_at")
    }
}

/// A file given as a photo that was not kept, and why.
public struct RefusedPhoto: Equatable, Sendable {
    public let name: String
    public let problem: PhotoProblem
}

/// What attaching did.
public struct Attached: Sendable {
    public let version: Int
    public let kept: [KeptPhoto]
    public let refused: [RefusedPhoto]
}

extension PhotoStore {
    static let keepLocationKey = "photos.keep_location"

    /// Whether photos keep the position their phone wrote in them (off unless an admin turns
    /// it on: young people's, minors' among them, whereabouts).
    public func keepsLocation() throws -> Bool { try database.setting(Self.keepLocationKey) == "1" }

    public func setKeepsLocation(_ keep: Bool, by admin: Operator) throws {
        guard admin.role == .admin else { throw OperatorError.notAnAdmin(login: admin.login) }
        try writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [Self.keepLocationKey, keep ? "1" : "0"])
        }
    }

    /// Reads each file as a photo and keeps those that are (files in the folder first, then
    /// the rows): each kept with the name it came by, or why not.
    func keep(_ files: [(name: String, bytes: [UInt8])]) throws -> [(name: String, outcome: Result<(String, PreparedPhoto), PhotoProblem>)] {
        let keepLocation = try keepsLocation()
        return try files.map { file in
            switch PreparedPhoto.prepare(file.bytes, keepLocation: keepLocation) {
            case let .success(photo): return (file.name, .success((try database.photoFolder.put(photo), photo)))
            case let .failure(problem): return (file.name, .failure(problem))
            }
        }
    }

    /// The photo's row, added if new; its id.
    static func row(_ sha256: String, _ photo: PreparedPhoto, at now: Date, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO photo (sha256, bytes, width, height, taken_at, added_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [sha256, photo.photo.count, photo.width, photo.height, photo.takenAt?.unixSeconds, now.unixSeconds])
        return try Int64.fetchOne(db, sql: "SELECT id FROM photo WHERE sha256 = ?", arguments: [sha256]) ?? 0
    }

    /// Keeps `files` and attaches the photos among them to request `id` (at `version`, as
    /// the person saw it), as one `attach` event of its history. Files that are not photos
    /// are said, not attached; with none left nothing is recorded.
    public func attach(_ files: [(name: String, bytes: [UInt8])], toRequest id: Int64, version: Int, by actor: Operator, at now: Date) throws -> Attached {
        let outcomes = try keep(files)
        let refused = outcomes.compactMap { item in
            if case let .failure(problem) = item.outcome { RefusedPhoto(name: item.name, problem: problem) } else { nil }
        }
        let good = outcomes.compactMap { item in
            if case let .success((sha256, photo)) = item.outcome { (item.name, sha256, photo) } else { nil }
        }
        guard !good.isEmpty else { return Attached(version: version, kept: [], refused: refused) }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                for (name, sha256, photo) in good {
                    let photoId = try Self.row(sha256, photo, at: now, db)
                    try db.execute(sql: "INSERT INTO request_photo (request_id, photo_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                   arguments: [id, photoId, Self.name(name)])
                }
                var input = ActionInput()
                input.photos = good.map(\.1)
                let next = try RequestStore.act(RequestAction.attach.rawValue, on: id, version: version, by: actor, input: input, at: now, db)
                return Attached(version: next, kept: try Self.photos(ofRequest: id, db).filter { input.photos.contains($0.sha256) }, refused: refused)
            }
        }
    }

    /// A file's name as kept: its last component, at most 200 characters, nothing that is not
    /// text (it is shown on screens and printed).
    static func name(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return String(String.UnicodeScalarView(last.unicodeScalars.filter { ![.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) }).prefix(200))
    }

    /// The photos of request `id`, in the order they were attached.
    public func photos(ofRequest id: Int64) throws -> [KeptPhoto] {
        try StoreError.translating(path: path) { try writer.read { db in try Self.photos(ofRequest: id, db) } }
    }

    static func photos(ofRequest id: Int64, _ db: Database) throws -> [KeptPhoto] {
        try Row.fetchAll(db, sql: """
            SELECT p.*, l.name FROM request_photo l JOIN photo p ON p.id = l.photo_id WHERE l.request_id = ? ORDER BY l.rowid
            """, arguments: [id]).map(KeptPhoto.init(row:))
    }

    /// The photos of diary `id`, in the diary's order.
    static func photos(ofDiary id: Int64, _ db: Database) throws -> [KeptPhoto] {
        try Row.fetchAll(db, sql: """
            SELECT p.*, l.name FROM diary_photo l JOIN photo p ON p.id = l.photo_id WHERE l.diary_id = ? ORDER BY l.position
            """, arguments: [id]).map(KeptPhoto.init(row:))
    }

    /// Photo `id` as kept, when `reader` may see it (a township secretary, her township's
    /// requests' and cadres' photos); else nil, as if there were none.
    public func photo(id: Int64, for reader: Operator) throws -> KeptPhoto? {
        try StoreError.translating(path: path) {
            try writer.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT p.*, coalesce((SELECT name FROM request_photo WHERE photo_id = p.id),
                                         (SELECT name FROM diary_photo WHERE photo_id = p.id), '') AS name
                    FROM photo p WHERE p.id = ?1 AND (?2 IS NULL
                      OR EXISTS (SELECT 1 FROM request_photo l JOIN help_request r ON r.id = l.request_id WHERE l.photo_id = p.id AND r.township_id = ?2)
                      OR EXISTS (SELECT 1 FROM diary_photo l JOIN diary d ON d.id = l.diary_id JOIN cadre c ON c.id = d.cadre_id
                                 WHERE l.photo_id = p.id AND c.township_id = ?2))
                    """, arguments: [id, reader.ownTownship]).map(KeptPhoto.init(row:))
            }
        }
    }

    /// The bytes of a kept photo (or its thumbnail); nil when its file is missing.
    public func bytes(of photo: KeptPhoto, thumbnail: Bool = false) -> [UInt8]? {
        database.photoFolder.read(photo.sha256, thumbnail: thumbnail)
    }
}
