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

/// What the store keeps of a photo besides its files.
struct PhotoFacts: Equatable, Sendable {
    var sha256: String
    var bytes: Int
    var width: Int
    var height: Int
    var takenAt: Int64?
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

    /// Reads `bytes` as a photo and keeps it in the folder (unless `write` is false: a dry
    /// run only checks), or says why not. Its row is added with the record that shows it.
    func keep(_ bytes: [UInt8], keepLocation: Bool, write: Bool = true) throws -> Result<PhotoFacts, PhotoProblem> {
        switch PreparedPhoto.prepare(bytes, keepLocation: keepLocation) {
        case let .success(photo):
            let sha256 = write ? try database.photoFolder.put(photo) : PhotoFolder.address(of: photo)
            return .success(PhotoFacts(sha256: sha256, bytes: photo.photo.count, width: photo.width, height: photo.height,
                                       takenAt: photo.takenAt?.unixSeconds))
        case let .failure(problem):
            return .failure(problem)
        }
    }

    /// The photo's row, added if new; its id.
    static func row(_ photo: PhotoFacts, at now: Date, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO photo (sha256, bytes, width, height, taken_at, added_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [photo.sha256, photo.bytes, photo.width, photo.height, photo.takenAt, now.unixSeconds])
        return try Int64.fetchOne(db, sql: "SELECT id FROM photo WHERE sha256 = ?", arguments: [photo.sha256]) ?? 0
    }

    /// Keeps `files` and attaches the photos among them to request `id` (at `version`, as
    /// the person saw it), as one `attach` event of its history. Files that are not photos
    /// are said, not attached; with none left nothing is recorded.
    public func attach(_ files: [(name: String, bytes: [UInt8])], toRequest id: Int64, version: Int, by actor: Operator, at now: Date) throws -> Attached {
        let keepLocation = try keepsLocation()
        var good: [(name: String, photo: PhotoFacts)] = [], refused: [RefusedPhoto] = []
        for file in files {
            switch try keep(file.bytes, keepLocation: keepLocation) {
            case let .success(photo): good.append((file.name, photo))
            case let .failure(problem): refused.append(RefusedPhoto(name: file.name, problem: problem))
            }
        }
        guard !good.isEmpty else { return Attached(version: version, kept: [], refused: refused) }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                // A photo the request shows already is not attached again.
                var added: [String] = []
                for (name, photo) in good where !added.contains(photo.sha256) {
                    let photoId = try Self.row(photo, at: now, db)
                    try db.execute(sql: "INSERT INTO request_photo (request_id, photo_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                   arguments: [id, photoId, Self.name(name)])
                    if db.changesCount > 0 { added.append(photo.sha256) }
                }
                guard !added.isEmpty else { return Attached(version: version, kept: [], refused: refused) }
                var input = ActionInput()
                input.photos = added
                let next = try RequestStore.act(RequestAction.attach.rawValue, on: id, version: version, by: actor, input: input, at: now, db)
                return Attached(version: next, kept: try Self.photos(ofRequest: id, db).filter { input.photos.contains($0.sha256) }, refused: refused)
            }
        }
    }

    /// Keeps `files` (each under the name the diary's list gives it) and shows them with
    /// diary `id`, in that order; how many were photos. For the sample county's diaries.
    @discardableResult
    public func keep(_ files: [(name: String, bytes: [UInt8])], forDiary id: Int64, at now: Date) throws -> Int {
        let keepLocation = try keepsLocation()
        let kept = try files.compactMap { file in
            if case let .success(photo) = try keep(file.bytes, keepLocation: keepLocation) { (file.name, photo) } else { nil }
        }
        try StoreError.translating(path: path) { try writer.write { db in try Self.link(kept, toDiary: id, at: now, db) } }
        return kept.count
    }

    /// Diary `id` shows `photos` (name as its list writes it, photo), in that order, and no
    /// others.
    static func link(_ photos: [(String, PhotoFacts)], toDiary id: Int64, at now: Date, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM diary_photo WHERE diary_id = ?", arguments: [id])
        for (position, (name, photo)) in photos.enumerated() {
            let photoId = try row(photo, at: now, db)
            try db.execute(sql: "INSERT INTO diary_photo (diary_id, position, photo_id, name) VALUES (?, ?, ?, ?)",
                           arguments: [id, position, photoId, Self.printable(name)])
        }
    }

    /// The SHA-256 of the photos diary `id` shows, in its order.
    static func linked(toDiary id: Int64, _ db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT p.sha256 FROM diary_photo l JOIN photo p ON p.id = l.photo_id WHERE l.diary_id = ? ORDER BY l.position
            """), arguments: [id])
    }

    /// A file's name as kept: its last component, nothing that is not text (it is shown on
    /// screens and printed).
    static func name(_ path: String) -> String {
        printable(path.split(separator: "/").last.map(String.init) ?? path)
    }

    /// `text` without control or format characters, at most 500 of them.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ![.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
        }).prefix(500))
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

    /// The thumbnails of `photos` by SHA-256, for printing; those whose files are missing are
    /// not in it.
    public func thumbnails(of photos: [KeptPhoto]) -> [String: [UInt8]] {
        photos.reduce(into: [:]) { found, photo in found[photo.sha256] = bytes(of: photo, thumbnail: true) }
    }

    /// The bytes of a kept photo (or its thumbnail); nil when its file is missing.
    public func bytes(of photo: KeptPhoto, thumbnail: Bool = false) -> [UInt8]? {
        database.photoFolder.read(photo.sha256, thumbnail: thumbnail)
    }
}
