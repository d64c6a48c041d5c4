import Foundation
@testable import Store
import Testing

@Suite struct BackupRotationTests {
    /// A backup every six hours for 400 days, newest first.
    private let entries: [BackupFolder.Entry] = {
        let newest = Date(timeIntervalSince1970: 1_795_827_600)  // 2026-11-28 09:00 in the county
        return (0..<(400 * 4)).map { step in
            let moment = newest.addingTimeInterval(-Double(step) * 6 * 3600)
            return BackupFolder.Entry(path: "/b/\(step)", takenAt: moment, bytes: 1)
        }
    }()

    @Test("the newest of each of the last 7 days, 4 weeks and 12 months is kept, and nothing else")
    func rotation() {
        let kept = BackupFolder.kept(entries)
        #expect(kept.contains("/b/0"), "the newest is always kept")
        #expect(kept.count <= 7 + 4 + 12 && kept.count >= 12)
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let keptEntries = entries.filter { kept.contains($0.path) }
        let days = Set(keptEntries.map { calendar.dateComponents([.year, .month, .day], from: $0.takenAt) })
        let months = Set(keptEntries.map { calendar.dateComponents([.year, .month], from: $0.takenAt) })
        #expect(days.count == keptEntries.count, "never two of one day")
        #expect(months.count == 12)
        let oldest = keptEntries.map(\.takenAt).min()!
        #expect(entries.first!.takenAt.timeIntervalSince(oldest) < 366 * 86_400)
        // Each of the last seven days keeps exactly its newest backup.
        for day in 0..<7 {
            let newestOfDay = entries.first { calendar.dateComponents([.year, .month, .day], from: $0.takenAt)
                == calendar.dateComponents([.year, .month, .day], from: entries[0].takenAt.addingTimeInterval(-Double(day) * 86_400)) }!
            #expect(kept.contains(newestOfDay.path))
        }
        #expect(BackupFolder.kept(Array(entries.prefix(2))) == ["/b/0"], "two backups of one morning: the newest")
    }
}
