import Foundation

/// What the first bytes of a SQLite file say, read as plain bytes — no connection, so no
/// schema read. (A connection's first statement parses every table, index and trigger: at
/// this version several milliseconds.)
struct FileHeader {
    /// SQLite's application id (offset 68), which names the program the file belongs to.
    let applicationID: Int32
    /// Whether the file is in WAL mode (file format versions 2 at offsets 18 and 19).
    let isWAL: Bool

    /// The header of the file at `path`, or nil when it cannot be read or is not SQLite's.
    init?(path: String) {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let bytes = try? file.read(upToCount: 100), bytes.count == 100,
              bytes.prefix(16).elementsEqual("SQLite format 3\0".utf8) else { return nil }
        let header = [UInt8](bytes)
        applicationID = Int32(bitPattern: header[68..<72].reduce(0) { $0 << 8 | UInt32($1) })
        isWAL = header[18] == 2 && header[19] == 2
    }
}
