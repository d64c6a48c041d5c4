import GRDB

/// Pinyin keys from a dictionary: every reading of a polyphonic character and the surname
/// readings (王解放 is found by `wjf` and `wxf`, 万俟 by `mq`), remade for the cadres there.
enum Pinyin_v8 {
    static let identifier = "v8 pinyin from a dictionary"

    static func migrate(_ db: Database) throws {
        try Roster_v3.fillPinyinKeys(db)
    }
}
