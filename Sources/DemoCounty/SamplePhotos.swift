import Foundation
import GRDB
import LeagueCore
import Photos
import Store

/// Photos for the sample county, so that its desk shows them: the diaries waiting for
/// review get the pictures their lists name, and a few requests being worked on one each —
/// a sky over fields, a house, two people, and the village and day written in, as phones'
/// watermark apps do. Few and small (about 90 of 15 KB), whatever the scale.
enum SamplePhotos {
    /// The waiting diaries that get their photos, newest first.
    static let diaries = 30
    static let requests = 6

    /// Which diaries and requests get photos: read as the county is built.
    struct Plan {
        /// Diary, its visit's day, the names its list gives its photos, its township and village.
        var diaries: [(id: Int64, day: String, names: [String], place: String)] = []
        /// Request, its version, its township and village.
        var requests: [(id: Int64, version: Int, place: String)] = []
    }

    static func plan(_ db: Database) throws -> Plan {
        var plan = Plan()
        plan.diaries = try Row.fetchAll(db, sql: """
            SELECT d.id, d.visit_on, d.photo_refs, t.name || p.name AS place
            FROM diary d JOIN contact_point p ON p.id = d.contact_point_id JOIN township t ON t.id = p.township_id
            WHERE d.state IN ('submitted', 'in_review') AND d.photo_refs != '[]'
            ORDER BY d.submitted_at DESC LIMIT ?
            """, arguments: [diaries]).map { row in
            let list: String = row["photo_refs"]
            let names = (try? JSONSerialization.jsonObject(with: Data(list.utf8))) as? [String] ?? []
            return (row["id"], row["visit_on"], names, row["place"])
        }
        plan.requests = try Row.fetchAll(db, sql: """
            SELECT r.id, r.version, t.name || coalesce(p.name, '') AS place FROM help_request r
            JOIN township t ON t.id = r.township_id LEFT JOIN contact_point p ON p.id = r.contact_point_id
            WHERE r.state = 'in_progress' ORDER BY r.id LIMIT ?
            """, arguments: [requests]).map { ($0["id"], $0["version"], $0["place"]) }
        return plan
    }

    /// Makes the pictures and keeps them: the diaries' under their lists' names, the
    /// requests' attached by the desk (王敏) as of the county's moment.
    static func add(_ plan: Plan, to database: AppDatabase, options: DemoOptions) throws {
        var random = SeededRandom(seed: options.seed ^ 0x5054_4F54)
        for diary in plan.diaries {
            let files = diary.names.compactMap { name in picture("\(diary.place) \(diary.day)", &random).map { (name: name, bytes: $0) } }
            try database.photos.keep(files, forDiary: diary.id, at: options.now)
        }
        guard let desk = try database.operatorAccount(login: "wangmin") else { return }
        let today = CountyTime.dayString(options.now)
        for request in plan.requests {
            guard let bytes = picture("\(request.place) \(today)", &random) else { continue }
            _ = try database.photos.attach([(name: "现场.jpg", bytes: bytes)], toRequest: request.id, version: request.version, by: desk, at: options.now)
        }
    }

    /// A 320×240 picture captioned `caption`, in colours of its own.
    private static func picture(_ caption: String, _ random: inout SeededRandom) -> [UInt8]? {
        let skies: [UInt32] = [0x9CC9E8, 0xB7D3E6, 0xC9D6DF, 0x8FB8DE]
        let fields: [UInt32] = [0x5B8C3A, 0x6E9B45, 0x8A9A3B, 0x4F7F52, 0xA08A4A]
        return SamplePicture.jpeg(width: 320, height: 240, sky: random.pick(skies), field: random.pick(fields), caption: caption)
    }
}
