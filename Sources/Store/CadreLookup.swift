import GRDB

extension AppDatabase {
    /// The cadre called `name`, or the only one whose name starts with it; nil when there is
    /// none or the prefix is not enough to tell.
    public func findCadre(named name: String) throws -> (id: Int64, name: String)? {
        try StoreError.translating(path: path) {
            try writer.read { db in
                if let exact = try Row.fetchOne(db, sql: "SELECT id, name FROM cadre WHERE name = ? ORDER BY active DESC, id LIMIT 1", arguments: [name]) {
                    return (exact["id"], exact["name"])
                }
                let starting = try Row.fetchAll(db, sql: "SELECT id, name FROM cadre WHERE substr(name, 1, ?) = ? LIMIT 2",
                                                arguments: [name.count, name])
                return starting.count == 1 ? (starting[0]["id"], starting[0]["name"]) : nil
            }
        }
    }

    /// A setting's text, or nil.
    public func setting(_ key: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }
}
