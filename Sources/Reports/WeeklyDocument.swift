import Foundation
import LeagueCore
import Store
import TerminalKit

/// The weekly summary as words and tables, once: every writer (text, Markdown, HTML and the
/// PDF made from it) lays out this same document, so every format shows the same numbers.
/// Text from the database is made safe here. Sensitive categories appear as counts only.
public struct WeeklyDocument: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var headers: [String]
        public var rows: [[String]]
        /// Cells for text, per column.
        public var widths: [Int]
        /// Per row, the number its bar shows, when the table has a chart.
        public var bars: [Int]?
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var lines: [String]
        public var table: Table?
        /// Lines after the table.
        public var after: [String] = []
    }

    public var title: String
    public var sections: [Section]
    public var footer: String

    public init(_ summary: WeeklySummary, language: Language) {
        let zh = language == .zh
        let (monday, sunday) = summary.week.days
        // A week not over yet says when its figures stand.
        let asOf = summary.asOf.map { CountyTime.instantString(Date(unixSeconds: $0)) }
        title = zh ? "朋友圈计划 · 周报 \(summary.week)(\(monday) 至 \(sunday))"
            : "Friend Circle Plan · week \(summary.week) (\(monday) to \(sunday))"
        let h = summary.headline
        func duration(_ seconds: Int64?) -> String {
            guard let seconds else { return "-" }
            let hours = Double(seconds) / 3600
            return hours < 48 ? String(format: zh ? "%.1f 小时" : "%.1f h", hours) : String(format: zh ? "%.1f 天" : "%.1f d", hours / 24)
        }
        let share = h.contactDue > 0 ? String(format: "%.0f%%", Double(h.contactedInTime) / Double(h.contactDue) * 100) : "-"
        var sections = [Section(title: zh ? "一、本周概况\(asOf.map { "(截至 \($0))" } ?? "")" : "1. The week\(asOf.map { " (as of \($0))" } ?? "")", lines: [
            zh ? "收到求助 \(h.received) 件,发布 \(h.published) 件,解决 \(h.resolved) 件,办结 \(h.closed) 件"
                : "received \(h.received), published \(h.published), resolved \(h.resolved), closed \(h.closed)",
            asOf == nil ? (zh ? "周末未办结 \(h.openAtEnd) 件,其中超时 \(h.overdueAtEnd) 件" : "open at the end of the week \(h.openAtEnd), of which overdue \(h.overdueAtEnd)")
                : (zh ? "目前未办结 \(h.openAtEnd) 件,其中超时 \(h.overdueAtEnd) 件" : "open now \(h.openAtEnd), of which overdue \(h.overdueAtEnd)"),
            zh ? "首次联系用时:中位 \(duration(h.firstContactMedian)),90% 在 \(duration(h.firstContactP90)) 内"
                : "time to first contact: median \(duration(h.firstContactMedian)), 90% within \(duration(h.firstContactP90))",
            zh ? "办结用时:中位 \(duration(h.resolutionMedian)),90% 在 \(duration(h.resolutionP90)) 内"
                : "time to resolution: median \(duration(h.resolutionMedian)), 90% within \(duration(h.resolutionP90))",
            zh ? "按时首次联系(件件有回应):\(h.contactedInTime) / \(h.contactDue) = \(share)"
                : "contacted within the deadline: \(h.contactedInTime) / \(h.contactDue) = \(share)",
        ])]
        func breakdown(_ title: String, _ lines: [WeeklySummary.Breakdown]) -> Section {
            let headers = zh ? ["名称", "收到", "上周", "变化", "解决"] : ["name", "recv", "last", "chg", "solved"]
            let rows = lines.map { line -> [String] in
                let delta = line.received - line.receivedLastWeek
                return [SafeText.line(line.name(language)), String(line.received), String(line.receivedLastWeek), delta > 0 ? "+\(delta)" : String(delta),
                        String(line.resolved)]
            }
            return Section(title: title, lines: [], table: Table(headers: headers, rows: rows, widths: [12, 6, 6, 6, 6], bars: lines.map(\.received)))
        }
        sections.append(breakdown(zh ? "二、按类别" : "2. By category", summary.categories))
        sections.append(breakdown(zh ? "三、按乡镇" : "3. By township", summary.townships))
        let attentionRows = summary.attention.map { item -> [String] in
            let category = SafeText.line(item.category(language))
            let title = item.title.map { SafeText.line($0) } ?? (zh ? "(\(category),不列标题)" : "(\(category): title withheld)")
            let late = item.daysOverdue > 0 ? (zh ? "超时 \(item.daysOverdue) 天" : "\(item.daysOverdue)d late") : (zh ? "已升级" : "escalated")
            return [item.ref, SafeText.line(item.township(language)), late, SafeText.line(item.assignee ?? "-"), title]
        }
        sections.append(Section(
            title: zh ? "四、需要关注(超时或已升级)" : "4. Needs attention (overdue or escalated)",
            lines: attentionRows.isEmpty ? [zh ? "无" : "none"] : [],
            table: attentionRows.isEmpty ? nil : Table(
                headers: zh ? ["编号", "乡镇", "超时", "承办", "标题"] : ["ref", "township", "late", "assignee", "title"],
                rows: attentionRows, widths: [13, 10, 10, 12, 24], bars: nil)))
        let d = summary.diaries
        var change = "-"
        if let now = d.meanScore, let before = d.meanScoreLastWeek { change = String(format: "%+.1f", now - before) }
        let mean = d.meanScore.map { String(format: "%.1f", $0) } ?? "-"
        sections.append(Section(title: zh ? "五、工作日记" : "5. Diaries", lines: [
            zh ? "提交 \(d.submitted) 篇,点评 \(d.reviewed) 篇,等待超过 7 天 \(d.waitingOverAWeek) 篇"
                : "submitted \(d.submitted), reviewed \(d.reviewed), waiting over 7 days \(d.waitingOverAWeek)",
            zh ? "平均得分 \(mean)(比上周 \(change))" : "mean score \(mean) (\(change) on last week)",
            (zh ? "30天没有日记的团干部(\(d.silentCadres.count)人)" : "cadres with no diary in 30 days (\(d.silentCadres.count))")
                + (d.silentCadres.isEmpty ? "" : (zh ? ":" : ": ") + d.silentCadres.map(SafeText.line).joined(separator: zh ? "、" : ", ")),
        ]))
        var satisfaction = [SatisfactionText.summary(summary.satisfaction, zh)]
        if !summary.lowestTownships.isEmpty {
            satisfaction.append((zh ? "最低的乡镇(答卷不少于 5 份):" : "lowest townships (5+ answers): ")
                + summary.lowestTownships.map { "\(SafeText.line($0.name(language))) \(SatisfactionText.percent($0.figure.rate))(n=\($0.figure.answers))" }
                    .joined(separator: "  "))
        }
        sections.append(Section(title: zh ? "六、满意度" : "6. Satisfaction", lines: satisfaction))
        let s = summary.suggestions, service = summary.service, planned = service.plannedTownships.map { SafeText.line($0(language)) }
        sections.append(Section(title: zh ? "七、意见建议与志愿服务" : "7. Suggestions and service", lines: [
            zh ? "本周收到意见建议 \(s.received) 条,答复 \(s.answered) 条;超过一周未答复 \(s.overdue) 条"
                : "suggestions received \(s.received), answered \(s.answered); unanswered over a week \(s.overdue)",
            zh ? "下一个志愿服务日(每月最后一个星期日):\(summary.nextServiceDay)" : "next volunteer service day (last Sunday of the month): \(summary.nextServiceDay)",
            planned.isEmpty ? (zh ? "  尚无乡镇报来安排" : "  no township has sent its plan yet")
                : zh ? "  \(planned.count) 个乡镇有安排(\(planned.joined(separator: "、"))),报名 \(service.signups) 人"
                : "  \(planned.count) townships have plans (\(planned.joined(separator: ", "))), \(service.signups) signed up",
            zh ? "帮帮团计划:本周提交备案 \(service.squadPlansSubmitted) 份,备案 \(service.squadPlansFiled) 份,退回 \(service.squadPlansReturned) 份"
                : "help squads' plans: \(service.squadPlansSubmitted) submitted, \(service.squadPlansFiled) filed, \(service.squadPlansReturned) returned",
            (zh ? "下周的节日:" : "holidays next week: ")
                + (summary.holidaysNextWeek.isEmpty ? (zh ? "无" : "none")
                    : summary.holidaysNextWeek.map { "\($0.holiday.name(language)) \($0.day)" }.joined(separator: zh ? "、" : ", ")),
        ]))
        self.sections = sections
        footer = zh ? "自计划启动以来:解决求助 \(summary.solvedSinceLaunch) 件,收集意见建议 \(summary.suggestionsSinceLaunch) 条。"
            : "Since the plan began: \(summary.solvedSinceLaunch) requests solved, \(summary.suggestionsSinceLaunch) suggestions collected."
    }
}
