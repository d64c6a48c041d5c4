import GRDB

/// A search's overdue requests and today's arrivals were looked for among every request the
/// word matches, or by walking every open request: the open requests' words get indexes of
/// their own (`OpenRequestWords`), filled here from the open requests.
enum OpenWords_v24 {
    static let identifier = "v24 open requests' words"

    static func migrate(_ db: Database) throws {
        try OpenRequestWords.install(db)
    }
}
