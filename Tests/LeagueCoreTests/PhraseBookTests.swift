import LeagueCore
import Testing

@Suite struct PhraseBookTests {
    enum Key: CaseIterable, Sendable { case saved, counts, percent, lonely }

    @Test("holes are filled in order, and a value holding a hole stays as it was given")
    func format() {
        let book = PhraseBook<Key>(zh: [.saved: "已保存:%@", .counts: "共 %d 条 · 超时 %d"], en: [.saved: "saved: %@", .counts: "%d in all · %d overdue"])
        #expect(book.format(.counts, in: .zh, [12, 3]) == "共 12 条 · 超时 3")
        #expect(book.format(.counts, in: .en, [12, 3]) == "12 in all · 3 overdue")
        #expect(book.format(.saved, in: .zh, ["100%d 的 %@"]) == "已保存:100%d 的 %@")
        #expect(book.format(.saved, in: .en, []) == "saved: %@")
    }

    @Test("a phrase missing in a language, holes that differ, and a stray % are all named")
    func problems() {
        let book = PhraseBook<Key>(
            zh: [.saved: "已保存:%@", .counts: "共 %d 条", .percent: "满意 90% 以上"],
            en: [.saved: "saved: %@", .counts: "%@ in all", .percent: "90% satisfied", .lonely: "only English"])
        #expect(book.problems.sorted() == [
            "counts: holes [\"%d\"] in Chinese, [\"%@\"] in English",
            "lonely: missing in zh",
            "percent: a % that is no hole",
        ])
        #expect(book.phrase(.lonely, in: .zh) == "lonely")
    }
}
