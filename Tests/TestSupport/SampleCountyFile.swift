import DemoCounty
import Foundation
import LeagueCore
import Store

extension TemporaryFolder {
    /// The sample county at scale 1 in a file of this folder, seen at `now`, opened for use:
    /// for tests that change it or open it twice.
    public func sampleCounty(now: Date, creator: String = "tester") throws -> AppDatabase {
        let path = file("league.sqlite")
        try DemoCounty.build(at: path, options: DemoOptions(now: now, creatorLogin: creator))
        return try AppDatabase.open(path: path, mode: .existing)
    }
}
