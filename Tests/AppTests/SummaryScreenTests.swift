import App
import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit
import Testing

@Suite struct SummaryScreenTests {
    @Test("pane 5 shows this week's summary as it prints, in both languages; < goes to the week before",
          arguments: [Language.zh, .en])
    func summary(language: Language) throws {
        let desk = try Desk(language: language)
        desk.press(.character("5"))
        let printed = WeeklyText.text(try Desk.county.summary.weeklySummary(CountyWeek("2026-W48")!, now: Desk.now), language: language)
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in printed.prefix(19).enumerated() {
            #expect(desk.screen[2 + index] == (line.isEmpty ? "" : " " + line), "line \(index)")
        }
        #expect(desk.screen[22].hasPrefix(" 2026-W48 · 2026-11-23~2026-11-29"))
        desk.press(.character("<"))
        #expect(desk.screen[22].hasPrefix(" 2026-W47 · 2026-11-16~2026-11-22"))
        #expect(desk.screen.allSatisfy { CellWidth.of($0) <= 80 })
        // > comes back to this week, and goes no further: the next has not begun.
        desk.press(.character(">"))
        desk.press(.character(">"))
        #expect(desk.screen[22].hasPrefix(" 2026-W48 · 2026-11-23~2026-11-29"))
        #expect(desk.screen.contains { $0.contains(language == .zh ? "这已是本周：以后的周还没有开始。" : "this is the current week: later weeks have not begun") },
                "\(desk.screen)")
    }

    @Test("a week not over yet counts open and overdue requests as of now, as the queue does, and says so")
    func weekSoFar() throws {
        let counts = try Desk.county.requests.queueCounts(filter: QueueFilter(), now: Desk.now)
        let week = try Desk.county.summary.weeklySummary(CountyWeek("2026-W48")!, now: Desk.now)
        #expect(week.headline.openAtEnd == counts.total && week.headline.overdueAtEnd == counts.overdue)
        let text = WeeklyText.text(week, language: .zh)
        #expect(text.contains("一、本周概况（截至 2026-11-28 09:00）"))
        #expect(text.contains("目前未办结 \(counts.total) 件，其中超时 \(counts.overdue) 件"))
        // A week that is over keeps the week's end, whenever it is read.
        let ended = try Desk.county.summary.weeklySummary(CountyWeek("2026-W47")!, now: Desk.now)
        #expect(ended.asOf == nil && WeeklyText.text(ended, language: .en).contains("open at the end of the week"))
        var later = try Desk.county.summary.weeklySummary(CountyWeek("2026-W47")!, now: Desk.now.addingTimeInterval(86400 * 30))
        #expect(later.madeAt == ended.madeAt + 86400 * 30)
        later.madeAt = ended.madeAt
        #expect(later == ended)
    }

    @Test("in English the summary names categories and townships in English, as the queue does; JSON keeps the Chinese")
    func englishNames() throws {
        let summary = try Desk.county.summary.weeklySummary(CountyWeek("2026-W47")!, now: Desk.now)
        let english = WeeklyText.text(summary, language: .en)
        let vocabulary = try Desk.county.vocabulary()
        for entry in vocabulary.categories + vocabulary.townships {
            #expect(english.contains("  \(entry.nameEn) ") && !english.contains("  \(entry.nameZh) "), "\(entry.nameZh)")
        }
        #expect(WeeklyText.text(summary, language: .zh).contains("  健康 "))
        #expect(try WeeklyData.json(summary).contains("\"name\" : \"健康\""))
    }

    @Test("the printed summary's service lines name the townships planning the next service day, in both languages")
    func serviceLines() throws {
        let summary = try Desk.county.summary.weeklySummary(CountyWeek("2026-W48")!, now: Desk.now)
        let plans = try Desk.county.service.serviceDayPlans(from: "2026-11-29", to: "2026-11-29")
        let signups = plans.map(\.signups.count).reduce(0, +)
        #expect(plans.count == 4)
        #expect(WeeklyText.text(summary, language: .zh).contains(
            "  4 个乡镇有安排（\(plans.map(\.township).joined(separator: "、"))），报名 \(signups) 人"))
        let vocabulary = try Desk.county.vocabulary()
        let english = plans.map { plan in vocabulary.townships.first { $0.nameZh == plan.township }!.nameEn }
        #expect(WeeklyText.text(summary, language: .en).contains("  4 townships have plans (\(english.joined(separator: ", "))), \(signups) signed up"))
    }
}
