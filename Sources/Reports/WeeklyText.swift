import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as plain text for a printer: no line wider than 80 cells (Chinese
/// measured two), ASCII bars, and a form feed before a section that would cross an A4 page
/// (60 lines). Sensitive categories appear as counts only.
public enum WeeklyText {
    public static let width = 80
    public static let pageLines = 60

    public static func text(_ summary: WeeklySummary, language: Language) -> String {
        let zh = language == .zh
        var sections: [[String]] = []
        let (monday, sunday) = summary.week.days
        let h = summary.headline
        func duration(_ seconds: Int64?) -> String {
            guard let seconds else { return "-" }
            let hours = Double(seconds) / 3600
            return hours < 48 ? String(format: zh ? "%.1f 小时" : "%.1f h", hours) : String(format: zh ? "%.1f 天" : "%.1f d", hours / 24)
        }
        let share = h.contactDue > 0 ? String(format: "%.0f%%", Double(h.contactedInTime) / Double(h.contactDue) * 100) : "-"
        sections.append([
            zh ? "朋友圈计划 · 周报 \(summary.week)(\(monday) 至 \(sunday))" : "Friend Circle Plan · week \(summary.week) (\(monday) to \(sunday))",
            String(repeating: "=", count: 60),
            "",
            zh ? "一、本周概况" : "1. The week",
            zh ? "  收到求助 \(h.received) 件,发布 \(h.published) 件,解决 \(h.resolved) 件,办结 \(h.closed) 件"
                : "  received \(h.received), published \(h.published), resolved \(h.resolved), closed \(h.closed)",
            zh ? "  周末未办结 \(h.openAtEnd) 件,其中超时 \(h.overdueAtEnd) 件" : "  open at the end of the week \(h.openAtEnd), of which overdue \(h.overdueAtEnd)",
            zh ? "  首次联系用时:中位 \(duration(h.firstContactMedian)),90% 在 \(duration(h.firstContactP90)) 内"
                : "  time to first contact: median \(duration(h.firstContactMedian)), 90% within \(duration(h.firstContactP90))",
            zh ? "  办结用时:中位 \(duration(h.resolutionMedian)),90% 在 \(duration(h.resolutionP90)) 内"
                : "  time to resolution: median \(duration(h.resolutionMedian)), 90% within \(duration(h.resolutionP90))",
            zh ? "  按时首次联系(件件有回应):\(h.contactedInTime) / \(h.contactDue) = \(share)"
                : "  contacted within the deadline: \(h.contactedInTime) / \(h.contactDue) = \(share)",
        ])
        sections.append(breakdown(zh ? "二、按类别" : "2. By category", summary.categories, zh))
        sections.append(breakdown(zh ? "三、按乡镇" : "3. By township", summary.townships, zh))
        var attention = [zh ? "四、需要关注(超时或已升级)" : "4. Needs attention (overdue or escalated)"]
        if summary.attention.isEmpty { attention.append(zh ? "  无" : "  none") }
        for item in summary.attention {
            let title = item.title.map { SafeText.line($0) } ?? (zh ? "(\(item.category),不列标题)" : "(\(item.category): title withheld)")
            let late = item.daysOverdue > 0 ? (zh ? "超时 \(item.daysOverdue) 天" : "\(item.daysOverdue)d late") : (zh ? "已升级" : "escalated")
            let line = "  \(item.ref) \(item.township.padded(toCells: 10)) \(late.padded(toCells: 10)) \(SafeText.line(item.assignee ?? "-").padded(toCells: 12)) "
            attention.append(line + title.truncated(toCells: max(10, width - CellWidth.of(line))))
        }
        sections.append(attention)
        let d = summary.diaries
        var change = "-"
        if let now = d.meanScore, let before = d.meanScoreLastWeek { change = String(format: "%+.1f", now - before) }
        var diaries = [
            zh ? "五、工作日记" : "5. Diaries",
            zh ? "  提交 \(d.submitted) 篇,点评 \(d.reviewed) 篇,等待超过 7 天 \(d.waitingOverAWeek) 篇"
                : "  submitted \(d.submitted), reviewed \(d.reviewed), waiting over 7 days \(d.waitingOverAWeek)",
            zh ? "  平均得分 \(d.meanScore.map { String(format: "%.1f", $0) } ?? "-")(比上周 \(change))"
                : "  mean score \(d.meanScore.map { String(format: "%.1f", $0) } ?? "-") (\(change) on last week)",
            zh ? "  30 天没有日记的团干部 \(d.silentCadres.count) 人" : "  cadres with no diary in 30 days: \(d.silentCadres.count)",
        ]
        diaries += wrapped(d.silentCadres.map(SafeText.line).joined(separator: "、"), indent: 4)
        sections.append(diaries)
        var satisfaction = [zh ? "六、满意度" : "6. Satisfaction", "  " + SatisfactionText.summary(summary.satisfaction, zh)]
        if !summary.lowestTownships.isEmpty {
            satisfaction.append((zh ? "  最低的乡镇(答卷不少于 5 份):" : "  lowest townships (5+ answers): ")
                + summary.lowestTownships.map { "\($0.name) \(SatisfactionText.percent($0.figure.rate))(n=\($0.figure.answers))" }.joined(separator: "  "))
        }
        sections.append(satisfaction)
        let s = summary.suggestions
        sections.append([
            zh ? "七、意见建议" : "7. Suggestions",
            zh ? "  本周收到 \(s.received) 条,答复 \(s.answered) 条" : "  received \(s.received), answered \(s.answered)",
            "",
            zh ? "自计划启动以来:解决求助 \(summary.solvedSinceLaunch) 件,收集意见建议 \(summary.suggestionsSinceLaunch) 条。"
                : "Since the plan began: \(summary.solvedSinceLaunch) requests solved, \(summary.suggestionsSinceLaunch) suggestions collected.",
        ])
        return paged(sections)
    }

    static func breakdown(_ title: String, _ lines: [WeeklySummary.Breakdown], _ zh: Bool) -> [String] {
        let most = max(1, lines.map(\.received).max() ?? 1)
        var out = [title, "  " + [zh ? "名称" : "name", zh ? "收到" : "recv", zh ? "上周" : "last", zh ? "变化" : "chg", zh ? "解决" : "solved"]
            .enumerated().map { $0.element.padded(toCells: $0.offset == 0 ? 12 : 6, alignRight: $0.offset > 0) }.joined(separator: " ")]
        for line in lines {
            let bar = String(repeating: "#", count: line.received * 30 / most)
            let delta = line.received - line.receivedLastWeek
            out.append("  " + [SafeText.line(line.name).truncated(toCells: 12).padded(toCells: 12), String(line.received).padded(toCells: 6, alignRight: true),
                               String(line.receivedLastWeek).padded(toCells: 6, alignRight: true),
                               (delta > 0 ? "+\(delta)" : String(delta)).padded(toCells: 6, alignRight: true),
                               String(line.resolved).padded(toCells: 6, alignRight: true)].joined(separator: " ") + " " + bar)
        }
        return out
    }

    static func wrapped(_ text: String, indent: Int) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.wrapped(toCells: width - indent).map { String(repeating: " ", count: indent) + $0 }
    }

    /// Sections joined by a blank line, a form feed before any that would cross a page.
    static func paged(_ sections: [[String]]) -> String {
        var out: [String] = []
        var onPage = 0
        for section in sections {
            if onPage > 0, onPage + section.count + 1 > pageLines {
                out.append("\u{0C}")
                onPage = 0
            } else if onPage > 0 {
                out.append("")
                onPage += 1
            }
            out += section
            onPage += section.count
        }
        return out.joined(separator: "\n") + "\n"
    }
}
