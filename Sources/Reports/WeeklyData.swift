import Foundation
import LeagueCore
import Store

/// The weekly summary's numbers for scripts (JSON) and spreadsheets (CSV).
public enum WeeklyData {
    public static func json(_ summary: WeeklySummary) throws -> String {
        let h = summary.headline, d = summary.diaries
        func breakdown(_ lines: [WeeklySummary.Breakdown]) -> [[String: Any]] {
            lines.map { ["name": $0.name.zh, "received": $0.received, "received_last_week": $0.receivedLastWeek, "resolved": $0.resolved] }
        }
        let object: [String: Any] = [
            "week": summary.week.description, "monday": summary.week.days.monday, "sunday": summary.week.days.sunday,
            "as_of": summary.asOf.map { CountyTime.instantString(Date(unixSeconds: $0)) } as Any,
            "headline": [
                "received": h.received, "published": h.published, "resolved": h.resolved, "closed": h.closed,
                "open_at_end": h.openAtEnd, "overdue_at_end": h.overdueAtEnd,
                "first_contact_median_seconds": h.firstContactMedian as Any, "first_contact_p90_seconds": h.firstContactP90 as Any,
                "resolution_median_seconds": h.resolutionMedian as Any, "resolution_p90_seconds": h.resolutionP90 as Any,
                "contact_due": h.contactDue, "contacted_in_time": h.contactedInTime,
            ],
            "categories": breakdown(summary.categories), "townships": breakdown(summary.townships),
            // Sensitive categories: counts only, no titles.
            "attention": summary.attention.map {
                ["ref": $0.ref, "township": $0.township.zh, "category": $0.category.zh, "overdue": $0.overdue, "days_overdue": $0.daysOverdue,
                 "escalated": $0.escalated, "title": $0.title as Any, "assignee": $0.assignee as Any]
            },
            "diaries": ["submitted": d.submitted, "reviewed": d.reviewed, "waiting_over_a_week": d.waitingOverAWeek,
                        "mean_score": d.meanScore as Any, "mean_score_last_week": d.meanScoreLastWeek as Any,
                        "silent_cadres": d.silentCadres],
            "satisfaction": ["satisfied": summary.satisfaction.satisfied, "answers": summary.satisfaction.answers],
            "suggestions": ["received": summary.suggestions.received, "answered": summary.suggestions.answered,
                            "unanswered_over_a_week": summary.suggestions.overdue],
            "next_service_day": summary.nextServiceDay,
            "service": ["townships_planning_next_service_day": summary.service.plannedTownships.map(\.zh), "signups": summary.service.signups,
                        "squad_plans_submitted": summary.service.squadPlansSubmitted, "squad_plans_filed": summary.service.squadPlansFiled,
                        "squad_plans_returned": summary.service.squadPlansReturned],
            "holidays_next_week": summary.holidaysNextWeek.map { ["holiday": $0.holiday.rawValue, "day": $0.day] },
            "solved_since_launch": summary.solvedSinceLaunch, "suggestions_since_launch": summary.suggestionsSinceLaunch,
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    /// One row per category and township: received, last week, resolved.
    public static func csv(_ summary: WeeklySummary, language: Language) -> Data {
        var rows = [language.weeklyColumns(.csvColumns)]
        for (group, lines) in [(WeeklyWords.groupCategory, summary.categories), (.groupTownship, summary.townships)] {
            let group = WeeklyWords.book.phrase(group, in: language)
            rows += lines.map { [summary.week.description, group, $0.name(language), String($0.received), String($0.receivedLastWeek), String($0.resolved)] }
        }
        return CSVFile.data(rows)
    }
}
