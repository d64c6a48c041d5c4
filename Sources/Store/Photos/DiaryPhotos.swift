import Foundation
import LeagueCore
import Photos

/// A photo a diary lists that was not kept, where and why. The diary is imported without it.
public struct PhotoNote: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// No such file beside the imported one.
        case missing
        /// A web link (the phone form's server): links expire and are not fetched.
        case link
        /// A path that leaves the imported file's folder.
        case outsideFolder
        /// The file is there but not a photo that can be kept.
        case refused(PhotoProblem)
    }

    /// The line (a workbook's row, a JSON list's record) of the diary that lists it.
    public var line: Int
    public var name: String
    public var reason: Reason

    public func reason(_ language: Language) -> String {
        switch (reason, language) {
        case (.missing, .zh): "找不到这个文件（应放在导入文件旁边）"
        case (.missing, .en): "no such file beside the imported one"
        case (.link, .zh): "是网址，不会去下载（网址会失效，不能作佐证）：请把图片文件放在导入文件旁边"
        case (.link, .en): "a web link, not fetched (links expire and are no evidence): put the photo files beside the imported file"
        case (.outsideFolder, .zh): "不在导入文件所在的文件夹里"
        case (.outsideFolder, .en): "not in the imported file's folder"
        case let (.refused(problem), _): problem.reason(language)
        }
    }
}

extension ImportTable {
    /// A diary's photo list as written: one per line, or separated by 、 ; |.
    static func photoList(_ cell: String?) -> [String] {
        (cell ?? "").split(whereSeparator: { $0 == "\n" || $0 == "、" || IMEText.reads($0, as: ";") || IMEText.reads($0, as: "|") })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}

extension PhotoStore {
    /// The photos a diary file lists, read with `read` (a name relative to the file's folder
    /// → its bytes or why they are not read, nil when there is none) and kept, before the
    /// import's transaction: a thousand photos take minutes to read and must not hold the
    /// database. Each name kept, and the notes of those that were not.
    func keepListed(in sheet: Sheet, dryRun: Bool, read: (String) -> Result<[UInt8], PhotoProblem>?) throws -> ([String: PhotoFacts], [PhotoNote]) {
        let keepLocation = try keepsLocation()
        var kept: [String: PhotoFacts] = [:], notes: [PhotoNote] = [], seen: Set<String> = []
        for row in sheet.rows {
            for name in ImportTable.photoList(row[.photos]) where seen.insert(name).inserted {
                let note = { (reason: PhotoNote.Reason) in notes.append(PhotoNote(line: row.line, name: name, reason: reason)) }
                if name.contains("://") { note(.link); continue }
                let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
                guard !name.hasPrefix("/"), !parts.contains("..") else { note(.outsideFolder); continue }
                guard let found = read(parts.joined(separator: "/")) else { note(.missing); continue }
                guard case let .success(bytes) = found else {
                    if case let .failure(problem) = found { note(.refused(problem)) }
                    continue
                }
                switch try keep(bytes, keepLocation: keepLocation, write: !dryRun) {
                case let .success(photo): kept[name] = photo
                case let .failure(problem): note(.refused(problem))
                }
            }
        }
        return (kept, notes)
    }
}
