import GRDB
import LeagueCore

/// What can go wrong with a database file that its user can understand and fix.
/// Every case names the file; the CLI prints the message and exits 1.
public enum StoreError: Error, Equatable, Sendable {
    /// Nothing at the path, and this command does not create databases.
    case noDatabase(path: String)
    /// Written by an older version: `circledesk migrate` (or the server) brings it up to
    /// date after a backup; nothing else changes its schema.
    case needsMigration(path: String, pending: [String])
    /// A backup of another county's database.
    case otherCounty(path: String, county: String)
    /// The file is there, but this login may not read it: in an office, it is the server's.
    case permissionDenied(path: String)
    /// The path cannot be created or written (a missing folder that cannot be made, a
    /// folder that is a file, no permission).
    case cannotOpen(path: String, reason: String)
    case notSQLite(path: String)
    /// A SQLite file of some other program.
    case notCircleDesk(path: String)
    /// Written by a newer CircleDesk, with migrations this one does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    case corrupt(path: String, detail: String)
    /// Marked damaged (see `DamageMark`): read, never written, until a restore.
    case damaged(path: String)
    case diskFull(path: String)
    /// The disk would not read or write (SQLite's I/O error): nearly full, or failing.
    case diskFault(path: String)
    /// A device, a pipe or another file that is not a plain file (`--db /dev/null`).
    case notARegularFile(path: String)
    /// A file of no bytes: not a database; `init` makes one.
    case emptyFile(path: String)
    case readOnly(path: String)
    /// A file this login may only read, in a folder it cannot write: SQLite cannot make the
    /// -shm file that reading needs.
    case readOnlyFolder(path: String)
    /// The command would replace an existing file.
    case alreadyExists(path: String)
    /// Another process held the file for writing longer than the busy timeout; who, where the
    /// system tells (`sqlite3, pid 4242, wangmin`).
    case busy(path: String, holder: String?)
    /// A backup did not fit in its folder (`needed` bytes, `free` there); nothing of it was
    /// left there and the older backups are as they were.
    case backupFolderFull(folder: String, needed: Int64, free: Int64)
    /// A backup's folder cannot be made or written (read-only, not ours, a file in the way).
    case backupFolderUnwritable(folder: String)

    /// The same error about the file the user named rather than the partial file made for it.
    public func naming(_ path: String) -> StoreError {
        switch self {
        case .diskFull: .diskFull(path: path)
        case .diskFault: .diskFault(path: path)
        case .readOnly: .readOnly(path: path)
        case let .cannotOpen(_, reason): .cannotOpen(path: path, reason: reason)
        default: self
        }
    }

    /// `error` as a person can act on it when SQLite says it of the file, the disk or a
    /// lock (the database at `path`); any other error unchanged.
    public static func translated(_ error: Error, path: String) -> Error {
        (error as? DatabaseError).flatMap { StoreError(fault: $0, path: path) } ?? error
    }

    /// What SQLite says of the file or the disk, as a person can act on it; nil for an
    /// error in the program (a constraint, a misuse), which stays an internal error.
    init?(fault error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .notSQLite(path: path)
        case .SQLITE_CORRUPT: self = .corrupt(path: path, detail: error.message ?? "")
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_IOERR: self = .diskFault(path: path)
        case .SQLITE_READONLY: self = DamageMark.isSet(for: path) ? .damaged(path: path) : .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, holder: LockHolder.describe(path))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: self = .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        default: return nil
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.noDatabase(path), .zh):
            "没有数据库：\(path)。用 circledesk init 新建，或用 circledesk demo 生成示例县。"
        case let (.noDatabase(path), .en):
            "no database at \(path): create one with `circledesk init`, or a sample county with `circledesk demo`"
        case let (.needsMigration(path, pending), .zh):
            "\(path) 由较旧版本写入，需要升级(\(pending.joined(separator: "、")))。请运行 circledesk migrate（会先备份），或重启服务。"
        case let (.needsMigration(path, pending), .en):
            "\(path) was written by an older version and needs upgrading (\(pending.joined(separator: ", "))): run circledesk migrate (it backs up first), or restart the service"
        case let (.otherCounty(path, county), .zh):
            "\(path) 是\(county)的数据库，不是本县的；未做任何改动。"
        case let (.otherCounty(path, county), .en):
            "\(path) holds another county's database (\(county)); nothing was changed"
        case let (.permissionDenied(path), .zh):
            "无权读取 \(path)：数据库只归服务账号所有。请通过服务使用（circledesk --server，或 /etc/circledesk/circledesk.conf 的 server =），或请管理员检查权限。"
        case let (.permissionDenied(path), .en):
            "permission denied on \(path): the database belongs to the service account; work through the server (circledesk --server, or server = in /etc/circledesk/circledesk.conf), or ask an admin to check its permissions"
        case let (.cannotOpen(path, reason), .zh):
            "无法打开或创建 \(path)：\(reason)"
        case let (.cannotOpen(path, reason), .en):
            "cannot open or create \(path): \(reason)"
        case let (.notSQLite(path), .zh):
            "\(path) 不是 SQLite 数据库文件，未做任何改动。"
        case let (.notSQLite(path), .en):
            "\(path) is not a SQLite database; it was left untouched"
        case let (.notCircleDesk(path), .zh):
            "\(path) 是其他程序的数据库，不是 CircleDesk 数据库，未做任何改动。"
        case let (.notCircleDesk(path), .en):
            "\(path) is another program's database, not a CircleDesk one; it was left untouched"
        case let (.newerVersion(path, unknown), .zh):
            "\(path) 由更新版本的 CircleDesk 写入(未知迁移：\(unknown.joined(separator: "、")))，请升级本程序。"
        case let (.newerVersion(path, unknown), .en):
            "\(path) was written by a newer CircleDesk (unknown migrations: \(unknown.joined(separator: ", "))); upgrade this program"
        case let (.corrupt(path, detail), .zh):
            "\(path) 已损坏：\(detail)。请从备份恢复。"
        case let (.corrupt(path, detail), .en):
            "\(path) is damaged: \(detail); restore it from a backup"
        case let (.diskFull(path), .zh):
            "写入 \(path) 时磁盘已满，本次写入已撤销，原有数据未受影响。"
        case let (.diskFull(path), .en):
            "the disk filled up while writing \(path); the write was rolled back and existing data is untouched"
        case let (.damaged(path), .zh):
            "\(path) 已被发现损坏（详见 \(DamageMark.file(for: path))），为免损坏扩大，只能查看、不能写入。请用 circledesk restore 从备份恢复，恢复后自动解除。"
        case let (.damaged(path), .en):
            "\(path) was found damaged (see \(DamageMark.file(for: path))) and is only read, so that no write spreads the damage; restore it from a backup with circledesk restore, which lifts this"
        case let (.diskFault(path), .zh):
            "读写 \(path) 时磁盘出错（可能已满或有故障）；本次操作已撤销，原有数据未受影响。请腾出空间或检查磁盘后再试。"
        case let (.diskFault(path), .en):
            "the disk failed reading or writing \(path) (full, or failing); nothing was changed; free some space or check the disk, then try again"
        case let (.notARegularFile(path), .zh):
            "\(path) 不是普通文件（设备、管道之类），不能当数据库使用。"
        case let (.notARegularFile(path), .en):
            "\(path) is not a plain file (a device, a pipe…) and cannot be a database"
        case let (.emptyFile(path), .zh):
            "\(path) 是空文件，不是数据库；新建数据库请用 circledesk init（先移走这个空文件）。"
        case let (.emptyFile(path), .en):
            "\(path) is empty, not a database; make one with circledesk init (after moving the empty file away)"
        case let (.readOnlyFolder(path), .zh):
            "\(path) 只能读，而它所在的目录不可写，SQLite 无法在旁边建立读取所需的 -shm 文件。请把它复制到可写的目录再打开。"
        case let (.readOnlyFolder(path), .en):
            "\(path) may only be read, and its folder cannot be written, so SQLite cannot make the -shm file reading needs; copy it to a folder you can write and open the copy"
        case let (.readOnly(path), .zh):
            "\(path) 是只读的，无法写入。"
        case let (.readOnly(path), .en):
            "\(path) is read-only and cannot be written"
        case let (.alreadyExists(path), .zh):
            "\(path) 已存在，未覆盖。请换一个路径或先移走该文件。"
        case let (.alreadyExists(path), .en):
            "\(path) already exists and was not replaced; choose another path or move it away first"
        case let (.busy(path, holder), .zh):
            "\(path) 正由另一个程序写入(\(holder ?? "例如一次导入"))，等了 10 秒仍未完成；什么也没有改动，请稍后再试。"
        case let (.busy(path, holder), .en):
            "\(path) is being written by another program (\(holder ?? "an import, say")) and was not free after 10 seconds; nothing was changed; try again shortly"
        case let (.backupFolderFull(folder, needed, free), .zh):
            "备份目录 \(folder) 空间不足：备份约需 \(BackupFolder.sizeText(needed))，只剩 \(BackupFolder.sizeText(free))。没有留下未完成的文件，原有备份未动；请腾出空间或换一个备份目录（设置中的 backups）。"
        case let (.backupFolderFull(folder, needed, free), .en):
            "the backup folder \(folder) is full: the backup needs about \(BackupFolder.sizeText(needed)) and \(BackupFolder.sizeText(free)) is free; nothing unfinished was left and the older backups are untouched; free some space or choose another folder (backups in the settings)"
        case let (.backupFolderUnwritable(folder), .zh):
            "无法在 \(folder) 写入备份（只读、无权限或不是目录）。没有留下任何文件；请换一个可写的备份目录（设置中的 backups）。"
        case let (.backupFolderUnwritable(folder), .en):
            "cannot write a backup in \(folder) (read-only, not permitted or not a folder); nothing was left there; choose a folder that can be written (backups in the settings)"
        }
    }
}
