import Foundation
import Photos
import Served
import Store

/// What `import` reads: the file named; for diaries also a phone form's export — a zip of the
/// list and its photos, or a folder holding one list — with the photos the list names.
struct ImportSource {
    let data: Data
    /// The list as messages name it: the file, or `export.zip:diaries.csv`.
    let name: String
    /// A photo the list names (relative to it) as its bytes, nil when there is none.
    let photo: (String) -> Result<[UInt8], PhotoProblem>?

    static func open(_ file: String, table: ImportTable) throws -> ImportSource {
        var isFolder: ObjCBool = false
        if table == .diaries, CommandChannel.inherited == nil, FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: file)) ?? []).filter {
                ["csv", "json", "xlsx"].contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".")
            }.sorted()
            guard names.count == 1 else {
                throw CLIError.badArchive((names.isEmpty ? DiaryArchive.Problem.noList : .severalLists(names)), path: file)
            }
            return try beside(file + "/" + names[0])
        }
        let data = try ClientFiles.read(file)
        guard table == .diaries, DiaryArchive.isArchive(data) else { return try beside(file, data) }
        do throws(DiaryArchive.Problem) {
            let archive = try DiaryArchive(data)
            return ImportSource(data: archive.list, name: "\(file):\(archive.listPath)", photo: archive.photo)
        } catch {
            throw CLIError.badArchive(error, path: file)
        }
    }

    /// The file and the photos beside it, read as the caller.
    private static func beside(_ file: String, _ data: Data? = nil) throws -> ImportSource {
        ImportSource(data: try data ?? ClientFiles.read(file), name: file) { name in
            (try? ClientFiles.read(ClientFiles.beside(file, name))).map { .success(Array($0)) }
        }
    }
}
