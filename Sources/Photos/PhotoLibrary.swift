import CPhotoAPI
import Foundation

/// The photo functions, in the plugin `libcircledesk-photo.so` (libvips and libchafa and the
/// libraries they bring), loaded the first time a photo is read, drawn or made: starting the
/// program, and a desk that shows no photo, do not wait for the dynamic linker to map them.
enum PhotoLibrary {
    static let fileName = "libcircledesk-photo.so"

    /// The plugin's table, or why there is none. Loaded once; the table lives as long as the
    /// process (the plugin is never closed).
    static let loaded: Result<Table, PhotoProblem> = load()

    struct Table: @unchecked Sendable {
        let api: UnsafePointer<cd_photo_api>
    }

    /// Where the plugin is looked for: beside the program (a build folder, the tests), then
    /// in `../lib/circledesk` from it (an installed program, /usr/bin beside /usr/lib).
    static func places(program: URL) -> [URL] {
        let folder = program.deletingLastPathComponent()
        return [folder.appendingPathComponent(fileName),
                folder.deletingLastPathComponent().appendingPathComponent("lib/circledesk").appendingPathComponent(fileName)]
    }

    private static func load() -> Result<Table, PhotoProblem> {
        guard let program = realpath("/proc/self/exe", nil) else { return .failure(.unavailable("the program cannot find itself in /proc/self/exe")) }
        defer { free(program) }
        let places = places(program: URL(fileURLWithPath: String(cString: program)))
        guard let plugin = places.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            return .failure(.unavailable("no " + places.map(\.path).joined(separator: ", no ")))
        }
        var why = [CChar](repeating: 0, count: 512)
        guard let api = cd_photo_load(plugin.path, &why, why.count) else {
            return .failure(.unavailable(String(decoding: why.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
        }
        return .success(Table(api: api))
    }

    /// The table, when the plugin is there.
    static var api: cd_photo_api? { try? loaded.get().api.pointee }
}
