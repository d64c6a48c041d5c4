import DemoCounty
import Foundation
import LeagueCore
import Store

/// The sample county, built once per test run for each moment and creator, and copied for
/// every test that wants one of its own: building it takes seconds, copying it milliseconds.
/// The demo's own tests build it themselves; every other test starts from a copy.
public enum SampleCountyTemplate {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var files: [String: String] = [:]
    /// One folder for the run's templates, removed when the test process ends.
    private static let folder: String = {
        let path = NSTemporaryDirectory() + "circledesk-templates-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: SampleCountyTemplate.folder) }
        return path
    }()

    /// The template's file for `now` and `creator`, built the first time it is asked for.
    /// `build` makes the file at the path it is given (the library, or the program).
    static func file(_ key: String, build: (String) throws -> Void) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let path = files[key] { return path }
        let path = folder + "/template-\(files.count).sqlite"
        try build(path)
        files[key] = path
        return path
    }

    /// The file built by the library at `now`, its creator mapped to an admin.
    static func file(now: Date, creator: String) throws -> String {
        try file("\(now.timeIntervalSince1970) \(creator)") { path in
            try DemoCounty.build(at: path, options: DemoOptions(now: now, creatorLogin: creator))
        }
    }

    /// A copy of the sample county in a file at `path`, its photos beside it.
    public static func copy(now: Date, creator: String, to path: String) throws {
        try copy(file: try file(now: now, creator: creator), to: path)
    }

    /// The database `file` and its photo folder copied to `path`.
    static func copy(file: String, to path: String) throws {
        try FileManager.default.copyItem(atPath: file, toPath: path)
        let photos = PhotoFolder(beside: file).path
        if FileManager.default.fileExists(atPath: photos) { try FileManager.default.copyItem(atPath: photos, toPath: PhotoFolder(beside: path).path) }
    }

    /// A copy of the sample county in memory, for a test that changes it.
    public static func inMemory(now: Date, creator: String) throws -> AppDatabase {
        try AppDatabase.inMemory(copyOf: try file(now: now, creator: creator))
    }
}
