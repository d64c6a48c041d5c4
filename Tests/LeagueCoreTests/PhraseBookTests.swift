@testable import LeagueCore
import Testing

@Suite struct PhraseBookTests {
    enum Key: CaseIterable, Sendable { case saved, counts, percent, lonely, columns }

    @Test("holes are filled in order, and a value holding a hole stays as it was given")
    func format() {
        let book = PhraseBook<Key>(zh: [.saved: "已保存:%@", .counts: "共 %d 条 · 超时 %d"], en: [.saved: "saved: %@", .counts: "%d in all · %d overdue"])
        #expect(book.format(.counts, in: .zh, [12, 3]) == "共 12 条 · 超时 3")
        #expect(book.format(.counts, in: .en, [12, 3]) == "12 in all · 3 overdue")
        #expect(book.format(.saved, in: .zh, ["100%d 的 %@"]) == "已保存:100%d 的 %@")
        #expect(book.format(.saved, in: .en, []) == "saved: %@")
    }

    @Test("%% is a per cent sign, not a hole, and a phrase of columns splits on |")
    func percentAndColumns() {
        let book = PhraseBook<Key>(zh: [.percent: "%d%% 在 %@ 内", .columns: "名称|收到"], en: [.percent: "%d%% within %@", .columns: "name|received"])
        #expect(book.format(.percent, in: .zh, [90, "3 天"]) == "90% 在 3 天 内")
        #expect(book.columns(.columns, in: .en) == ["name", "received"])
        #expect(book.problems.filter { $0.hasPrefix("percent") || $0.hasPrefix("columns") } == [])
        let uneven = PhraseBook<Key>(zh: [.columns: "名称|收到|解决"], en: [.columns: "name|received"])
        #expect(uneven.problems.contains("columns: columns differ between the languages"))
    }

    @Test("a phrase missing in a language, holes that differ, and a stray % are all named")
    func problems() {
        let book = PhraseBook<Key>(
            zh: [.saved: "已保存:%@", .counts: "共 %d 条", .percent: "满意 90% 以上", .columns: "名称"],
            en: [.saved: "saved: %@", .counts: "%@ in all", .percent: "90% satisfied", .lonely: "only English", .columns: "name"])
        #expect(book.problems.sorted() == [
            "counts: holes [\"%d\"] in Chinese, [\"%@\"] in English",
            "lonely: missing in zh",
            "percent: a % that is no hole",
        ])
        #expect(book.phrase(.lonely, in: .zh) == "lonely")
    }

    @Test("the names of the county's closed sets exist in both languages")
    func namesComplete() {
        let problems = CadreRole.names.problems + ContactPointKind.names.problems + PairingKind.names.problems
            + Holiday.names.problems + Satisfaction.Answer.names.problems
            + OperatorRole.names.problems + Permission.names.problems
        #expect(problems == [])
        #expect(PairingKind.mentoring.name(.zh) == "成长结对" && Holiday.springFestival.name(.en) == "Spring Festival")
    }
}
