import ArgumentParser
import Foundation
import LeagueCore
import Store

extension CircleDesk {
    struct SurveyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "survey", abstract: Help.line("Satisfaction surveys: list them, or file a new one from JSON."),
            subcommands: [List.self, Create.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("Every survey: number, period, kind, questions, answers."))
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _) = try global.openAsOperator(needing: .read)
                for survey in try database.surveys.surveys() {
                    let kind = language.say(survey.kind == .periodic ? .surveyPeriodic : .surveyFollowUp)
                    let invited = survey.invited.map { language.say(.invited, $0) } ?? ""
                    print("\(survey.id)\t\(survey.periodStart)…\(survey.periodEnd)\t\(kind)\t\(survey.questions)\t\(survey.responses)\(invited)\t\(survey.title)")
                }
            }
        }

        struct Create: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "create",
                abstract: Help.line("File a survey written as JSON: title, kind (periodic | follow_up), period, target, questions."),
                discussion: Help.line("""
                    {"title": "2027年上半年团干部满意度测评", "kind": "periodic", "period": "2027H1",
                     "target": {"townships": ["罗阳镇"], "invited": 300},
                     "questions": [{"kind": "satisfaction", "text": "您对这位团干部的工作满意吗?"},
                                   {"kind": "scale", "text": "联系服务是否及时(1-5)"}, {"kind": "text", "text": "意见和建议"}]}
                    Question kinds: satisfaction (满意/基本满意/不满意), scale (1-5), yes_no, text.
                    """))
            @Argument(help: .line("The survey as JSON.")) var file: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let data = try ClientFiles.read(file)
                let definition: SurveyDefinition
                do {
                    definition = try JSONDecoder().decode(SurveyDefinition.self, from: data)
                } catch {
                    throw CLIError.badSurveyFile(path: file, detail: "\(error)")
                }
                let (database, account, now) = try acting.open(global, needing: .fileSurveys, recording: true)
                let id = try database.surveys.createSurvey(definition, by: account, at: now)
                print(language.say(.surveyFiled, id, definition.title))
            }
        }
    }
}

extension SurveyError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notAllowed, .zh): "只有管理员和受理人员能建测评。"
        case (.notAllowed, .en): "only admins and desk staff file surveys"
        case (.blankTitle, .zh): "测评要有标题。"
        case (.blankTitle, .en): "a survey needs a title"
        case let (.badPeriod(text), .zh): "期间“\(text)”应写作 2026H2、2026、2026Q4 或 2026-11。"
        case let (.badPeriod(text), .en): "period \"\(text)\" should be 2026H2, 2026, 2026Q4 or 2026-11"
        case (.noQuestions, .zh): "测评至少要有一个问题。"
        case (.noQuestions, .en): "a survey needs at least one question"
        case let (.blankQuestion(number), .zh): "第 \(number) 个问题没有文字。"
        case let (.blankQuestion(number), .en): "question \(number) has no text"
        case (.noSatisfactionQuestion, .zh): "团干部测评需要一个满意度问题（kind: satisfaction）。"
        case (.noSatisfactionQuestion, .en): "a periodic survey needs a satisfaction question"
        case let (.unknownTownship(name), .zh): "没有乡镇“\(name)”。"
        case let (.unknownTownship(name), .en): "no township called \(name)"
        case let (.noSuchSurvey(id), .zh): "没有编号为 \(id) 的测评。"
        case let (.noSuchSurvey(id), .en): "no survey \(id)"
        case (.noSuchCadre, .zh): "没有这位团干部。"
        case (.noSuchCadre, .en): "no such cadre"
        }
    }
}
