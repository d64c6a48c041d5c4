import Foundation
import LeagueCore
import Store

/// What `circledesk demo` builds.
public struct DemoOptions: Sendable {
    /// 1 is the county as it published itself; N > 1 makes about N × 20,000 requests and
    /// N × 30,000 diaries for benchmarks.
    public var scale: Int
    public var seed: UInt64
    /// The moment the county is seen at: open requests are young, overdue ones late, at it.
    public var now: Date
    /// The OS login that builds the database; it becomes an admin.
    public var creatorLogin: String
    /// Stop with "disk full" past this many pages (to test a full disk).
    public var pageLimit: Int?

    public init(scale: Int = 1, seed: UInt64 = 2016, now: Date, creatorLogin: String, pageLimit: Int? = nil) {
        self.scale = scale
        self.seed = seed
        self.now = now
        self.creatorLogin = creatorLogin
        self.pageLimit = pageLimit
    }
}

public enum DemoError: Error, Equatable, Sendable {
    case scaleOutOfRange(Int)
    case nowBeforeLaunch

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.scaleOutOfRange(scale), .zh): "--scale 须在 1 到 1000 之间（收到 \(scale)）。"
        case let (.scaleOutOfRange(scale), .en): "--scale must be between 1 and 1000 (got \(scale))"
        case (.nowBeforeLaunch, .zh): "--now 须晚于 2017-01-01：示例县的历史从 2016 年 7 月计划启动开始。"
        case (.nowBeforeLaunch, .en): "--now must be after 2017-01-01: the sample county's history starts when the plan began in July 2016"
        }
    }
}

public enum DemoCounty {
    /// Builds the sample county into a new file at `path`. The file is written beside
    /// `path` and moved into place only when whole: a failed build (a full disk, say)
    /// leaves nothing behind, and an existing file is never replaced.
    public static func build(at path: String, options: DemoOptions) throws {
        try validate(options)
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError.alreadyExists(path: path)
        }
        let partial = PartialFile(for: path)
        defer { partial.discard() }
        do {
            // Its photos go beside the file it becomes.
            let database = try AppDatabase.createForBulkLoad(path: partial.path, pageLimit: options.pageLimit).withPhotos(beside: path)
            try fill(database, options: options)
            try database.finishBulkLoad()
        } catch let error as StoreError {
            throw error.naming(path)
        }
        try partial.place()
    }

    private static func validate(_ options: DemoOptions) throws {
        guard (1...1000).contains(options.scale) else { throw DemoError.scaleOutOfRange(options.scale) }
        guard options.now >= CountyTime.parseInstant("2017-01-01")! else { throw DemoError.nowBeforeLaunch }
    }

    /// Writes the sample county into `database`, which must be new and empty (an
    /// in-memory one, for tests), in one transaction; then its photos.
    public static func fill(_ database: AppDatabase, options: DemoOptions) throws {
        try validate(options)
        var photos = SamplePhotos.Plan()
        try database.bulkLoad { db in
            try CountyBuilder(db: db, options: options).build()
            photos = try SamplePhotos.plan(db)
        }
        try SamplePhotos.add(photos, to: database, options: options)
    }
}
