import ArgumentParser
import Foundation
import LeagueCore
import Reports
import Store

extension CircleDesk {
    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: Help.line("Diary review for admins: calibration of reviewers, double-review samples, the rubric."),
            subcommands: [CalibrationReport.self, Sample.self, RubricShow.self, RubricSet.self])

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        struct CalibrationReport: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "calibration",
                abstract: Help.line("Each reviewer's mean offset against colleagues per criterion, and weighted kappa."))
            @Option(help: .line("text or json.")) var format: Format = .text
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, _, _) = try acting.open(global, needing: .administer)
                let (rubric, reviewers) = try database.diaries.calibration()
                switch format {
                case .text: print(CalibrationText.render(rubric, reviewers, language: language), terminator: "")
                case .json:
                    let rows: [[String: Any]] = reviewers.map { reviewer in
                        let f = reviewer.figures
                        return ["reviewer": reviewer.reviewer, "reviews": reviewer.reviews, "shared_diaries": f.sharedDiaries,
                                "offsets": Dictionary(uniqueKeysWithValues: zip(rubric.rubric.criteria.map(\.code), f.offsets)),
                                "kappa": f.kappa as Any, "flagged": f.flagged]
                    }
                    let data = try JSONSerialization.data(withJSONObject: ["rubric": rubric.name, "reviewers": rows],
                                                          options: [.prettyPrinted, .sortedKeys])
                    print(String(decoding: data, as: UTF8.self))
                }
            }
        }

        struct Sample: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "sample",
                abstract: Help.line("Ask for two independent reviews of about PERCENT% of the diaries no one has begun to review."))
            @Option(help: .line("The share of waiting diaries, 1 to 100.")) var percent: Int
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, _) = try acting.open(global, needing: .administer)
                let chosen = try database.diaries.sampleForDoubleReview(percent: percent, by: account)
                print(language.say(.doubleReviews, chosen))
            }
        }

        struct RubricShow: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "rubric", abstract: Help.line("The rubric new reviews use, as JSON."))
            @OptionGroup var global: GlobalOptions

            func run() throws {
                _ = try global.language()
                let (database, _) = try global.openAsOperator(needing: .read)
                print(try RubricFile.json(database.diaries.activeRubric()))
            }
        }

        struct RubricSet: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set-rubric",
                abstract: Help.line("Make the rubric in FILE (JSON, as `review rubric` prints it) the one new reviews use (admins only)."),
                discussion: Help.line("Weights must add up to 100. Reviews already begun keep the rubric they were begun with."))
            @Argument(help: .line("The rubric as JSON.")) var file: String
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let data = try ClientFiles.read(file)
                let (name, rubric) = try RubricFile.read(data, path: file)
                let (database, account, now) = try acting.open(global, needing: .administer, recording: true)
                try database.diaries.setRubric(rubric, name: name, by: account, at: now)
                print(language.say(.rubricInUse, name))
            }
        }
    }
}

/// The rubric as a file people can edit: {"name": …, "criteria": [{"code", "name_zh", "name_en", "weight"}]}.
enum RubricFile {
    struct Contents: Codable {
        var name: String
        var criteria: [RubricCriterion]
    }

    static func json(_ stored: StoredRubric) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Contents(name: stored.name, criteria: stored.rubric.criteria)), as: UTF8.self)
    }

    static func read(_ data: Data, path: String) throws -> (String, Rubric) {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            let contents = try decoder.decode(Contents.self, from: data)
            return (contents.name, Rubric(criteria: contents.criteria))
        } catch {
            throw CLIError.badRubricFile(path: path, detail: "\(error)")
        }
    }
}

extension RubricError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notAnAdmin, .zh): "只有管理员能修改评分标准。"
        case (.notAnAdmin, .en): "only admins change the rubric"
        case (.noCriteria, .zh): "评分标准至少要有一项。"
        case (.noCriteria, .en): "a rubric needs at least one criterion"
        case let (.weightsDoNotAddUp(total), .zh): "各项权重之和应为 100，现为 \(total)。"
        case let (.weightsDoNotAddUp(total), .en): "the weights should add up to 100, not \(total)"
        case let (.repeatedCode(code), .zh): "代码 \(code) 出现了两次。"
        case let (.repeatedCode(code), .en): "the code \(code) appears twice"
        case let (.blank(code), .zh): "\(code) 的代码或名称为空。"
        case let (.blank(code), .en): "\(code) has an empty code or name"
        }
    }
}
