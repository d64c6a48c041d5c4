import ArgumentParser
import Foundation
import LeagueCore
import Store
import TerminalKit

extension CircleDesk {
    struct ServiceDayCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serviceday",
            abstract: Help.line("Volunteer service days (the last Sunday of each month): townships' plans and sign-ups."),
            subcommands: [List.self, Plan.self, SignUp.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("The next service days and holidays, with the plans made for them."))
            @Option(help: .line("How many months ahead.")) var months = 3
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let now = try global.instant()
                let (database, _) = try global.openAsOperator(needing: .read)
                let calendar = CountyTime.calendar
                let start = calendar.startOfDay(for: now), end = calendar.date(byAdding: .month, value: max(1, months), to: start)!
                var days = Holiday.between(start, end).map { (CountyTime.dayString($0.date), $0.holiday.name(language)) }
                var month = start
                while month < end {
                    let sunday = ServiceDay.lastSunday(ofMonthOf: month)
                    if sunday >= start { days.append((CountyTime.dayString(sunday), language.say(.serviceDay))) }
                    month = calendar.date(byAdding: .month, value: 1, to: month)!
                }
                let plans = try database.service.serviceDayPlans(from: CountyTime.dayString(start), to: CountyTime.dayString(end))
                for (day, name) in days.sorted(by: { $0.0 < $1.0 }) {
                    print("\(day)  \(name)")
                    for plan in plans where plan.day == day {
                        print(SafeText.line("    \(plan.id)  \(plan.township):\(plan.plan)  "
                            + language.say(.signedUp, plan.signups.count)))
                    }
                }
            }
        }

        struct Plan: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "plan", abstract: Help.line("What a township plans for a day; prints the plan's number."))
            @Argument(help: .line("The day, e.g. 2026-12-27.")) var day: String
            @Option(help: .line("The township.")) var town: String
            @Option(parsing: .unconditional, help: .line("What is planned.")) var plan: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, account, _) = try acting.open(global, needing: .organiseService)
                print(try database.service.planServiceDay(day, township: try NamedArgument.townshipName(town, database: database) ?? town, plan: plan, by: account))
            }
        }

        struct SignUp: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "signup", abstract: Help.line("Someone signs up for a plan."))
            @Argument(help: .line("The plan's number.")) var plan: Int64
            @Option(parsing: .unconditional, help: .line("Their name.")) var name: String
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let (database, _) = try global.openAsOperator(needing: .organiseService)
                try database.service.signUp(forServiceDayPlan: plan, name: name)
            }
        }
    }
}

extension ServiceDayError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.notADay(text), .zh): "“\(text)”不是日期（写作 2026-12-27）。"
        case let (.notADay(text), .en): "\"\(text)\" is not a day (2026-12-27)"
        case (.blankPlan, .zh): "请写明安排。"
        case (.blankPlan, .en): "say what is planned"
        case let (.unknownTownship(name), .zh): "没有乡镇“\(name)”。"
        case let (.unknownTownship(name), .en): "no township called \(name)"
        case let (.noSuchPlan(id), .zh): "没有编号为 \(id) 的安排。"
        case let (.noSuchPlan(id), .en): "no plan \(id)"
        case (.blankName, .zh): "请写上报名人的名字。"
        case (.blankName, .en): "give the name of who signs up"
        case (.notAllowed, .zh): "你的账号不能为这个乡镇安排活动。"
        case (.notAllowed, .en): "your account may not plan for this township"
        }
    }
}
