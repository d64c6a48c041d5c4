import Foundation
import LeagueCore
import Store
import TerminalKit

/// The next six months of volunteer service days (the last Sunday of each month) and the
/// holidays served on, with what each township plans and how many signed up.
enum CalendarTab {
    static func load(_ state: AppState) -> Effect {
        let (first, last) = span(state)
        return .service(.loadServiceDayPlans(from: CountyTime.dayString(first), to: CountyTime.dayString(last)))
    }

    /// Today and six months on.
    static func span(_ state: AppState) -> (Date, Date) {
        let start = CountyTime.calendar.startOfDay(for: state.now)
        return (start, CountyTime.calendar.date(byAdding: .month, value: 6, to: start)!)
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .planServiceDay: state.overlay = .prompt(PromptState(kind: .service(.serviceDayPlan), editor: LineEditor()))
        case .signUpForServiceDay: state.overlay = .prompt(PromptState(kind: .service(.serviceDaySignUp), editor: LineEditor()))
        default:
            guard let move = Detail.scrollMove(command) else { return [] }
            state.service.scroll = ScrolledLines.scrolled(state.service.scroll, by: move, lineCount: lines(state).count,
                                                          visible: state.textRowCount - 1)
        }
        return []
    }

    /// "[2026-12-27] 三魁镇 帮独居老人换冬衣" plans a day (the next service day when no date
    /// is given); "[day] 三魁镇 小周 小郑" signs people up for the township's plan that day.
    static func entered(_ words: String, _ kind: ServicePrompt, _ state: inout AppState) -> [Effect] {
        let c = state.catalog
        var rest = Substring(words)
        var day = CountyTime.dayString(ServiceDay.next(onOrAfter: state.now))
        if let first = rest.split(separator: " ").first, CountyTime.isDay(String(first)) {
            day = String(first)
            rest = rest.dropFirst(first.count)
        }
        let (named, text) = ServicePane.leadingTownship(String(rest).trimmed, state)
        let own = state.account.townshipId.flatMap { state.vocabulary.township($0)?.nameZh }
        guard let township = named ?? own else {
            state.flash = c[.townshipFirst]
            return []
        }
        guard !text.isEmpty else {
            state.flash = c[.suggestionEmpty]
            return []
        }
        switch kind {
        case .serviceDayPlan:
            return [.service(.planServiceDay(day, township: township, plan: text))]
        case .serviceDaySignUp:
            guard let plan = state.service.plans.first(where: { $0.day == day && $0.township == township }) else {
                state.flash = c.format(.noPlanThatDay, SafeText.line(township), day)
                return []
            }
            let names = text.split(whereSeparator: { IMEText.reads($0, as: " ") || IMEText.reads($0, as: ",") }).map(String.init)
            return [.service(.signUpForServiceDay(plan.id, names: names))]
        default: return []
        }
    }

    static func lines(_ state: AppState) -> [(String, Role)] {
        let c = state.catalog, labels = state.labels, calendar = CountyTime.calendar
        let (start, end) = span(state)
        var days: [(Date, String, Role)] = Holiday.between(start, end).map { ($0.date, $0.holiday.name(state.language), .accent) }
        var month = start
        while month < end {
            let sunday = ServiceDay.lastSunday(ofMonthOf: month)
            if sunday >= start { days.append((sunday, c[.serviceDay], .normal)) }
            month = calendar.date(byAdding: .month, value: 1, to: month)!
        }
        // A day a township planned off the calendar shows too.
        let listed = Set(days.map { CountyTime.dayString($0.0) })
        for day in Set(state.service.plans.map(\.day)).subtracting(listed) {
            if let date = CountyTime.parseInstant(day) { days.append((date, c[.otherServiceDay], .normal)) }
        }
        var lines: [(String, Role)] = [(c[.calendarTitle], .header), ("", .normal)]
        for (day, name, role) in days.sorted(by: { $0.0 < $1.0 }) {
            lines.append(("\(String(labels.clock(day).dropLast(6)))  \(name)", role))
            for plan in state.service.plans where plan.day == CountyTime.dayString(day) {
                lines.append(("    " + c.labelled(state.labels.township(named: plan.township, in: state.vocabulary), SafeText.line(plan.plan))
                              + "  \(c.format(.signedUp, plan.signups.count))", .muted))
            }
        }
        return lines
    }
}
