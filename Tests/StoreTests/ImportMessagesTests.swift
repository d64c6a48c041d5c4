import Foundation
import LeagueCore
@testable import Store
import Testing
import TestSupport

/// What an import says about a bad file: where, and no more of it than a person can read.
@Suite struct ImportMessagesTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!
    static let text = "姓名,手机,乡镇\n林小雨,13900001001,三魁镇\n欧阳明,13900001002,罗阳镇"

    private func run(_ data: Data) throws -> ImportReport {
        let folder = TemporaryFolder()
        let (database, desk) = try folder.sampleCountyAndDesk(now: Self.now)
        return try database.tables.importTable(.cadres, data: data, encoding: nil, dryRun: true, by: desk, at: Self.now)
    }

    @Test("a UTF-8 file cut inside its last character, or with a stray byte, is said at its line and byte; a GB18030 file is still read")
    func badBytes() throws {
        let whole = Data(Self.text.utf8)
        // Every cut inside the last character (镇, three bytes) is found at line 3.
        for cut in 1...2 {
            let report = try run(whole.dropLast(cut))
            #expect(report.problems == [ImportProblem(line: 3, .notText(tried: [.utf8], byte: 29))], "\(report.problems)")
        }
        var stray = Data(Self.text.utf8)
        stray.insert(0xFF, at: Data("姓名,手机,乡镇\n林".utf8).count)
        #expect(try run(stray).problems == [ImportProblem(line: 2, .notText(tried: [.utf8], byte: 4))])
        #expect(ImportProblem(line: 2, .notText(tried: [.utf8], byte: 4)).reason(.en).hasPrefix("not utf-8 text from byte 4 of the line"))
        let gb = try #require(Self.text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let read = try run(gb)
        #expect(read.problems.isEmpty && read.encoding == .gb18030 && read.added == 2)
    }

    @Test("a million bad lines are told in 50 and one line for each column and kind of problem among the rest")
    func digest() {
        let problems = (2...100_001).flatMap { line in
            [ImportProblem(line: line, column: "手机", .field(.notMobile)), ImportProblem(line: line, column: "姓名", .duplicate(firstLine: line - 1))]
        }
        let digest = ProblemDigest(problems, language: .zh)
        #expect(digest.shown == Array(problems.prefix(50)))
        #expect(digest.groups.count == 2)
        #expect(digest.groups[0].first.line == 27 && digest.groups[0].count == 99_975 && digest.groups[0].more(.zh) == "（另有 99974 行同样的问题，第 27 行起）")
        #expect(digest.groups[1].count == 99_975 && digest.groups[1].more(.en) == " (and 99974 more lines of this kind, from line 27)")
    }

    @Test("townships: controls, markup and over-long names are refused like the forms refuse them; a file without 拼音 leaves the names on file")
    func townships() throws {
        let folder = TemporaryFolder()
        let database = try folder.sampleCounty(now: Self.now)
        let admin = try #require(try database.operatorAccount(login: "tester"))
        func run(_ text: String) throws -> ImportReport {
            try database.tables.importTable(.townships, data: Data(text.utf8), encoding: nil, dryRun: false, by: admin, at: Self.now)
        }
        let hostile = try run("名称,拼音\n坏\u{0}镇,\n\u{1b}[31m红镇,\n<script>x</script>,\n\(String(repeating: "长", count: 350_000))镇,\n")
        #expect(hostile.problems.map(\.line) == [2, 3, 4, 5] && !hostile.applied)
        #expect(hostile.problems[2].reason == .field(.notTownshipName))
        #expect(try run("名称,拼音\n罗阳镇,Da'an\n").updated == 1)
        let kept = try run("名称\n罗阳镇\n")
        #expect((kept.unchanged, kept.updated) == (1, 0))
        #expect(try database.writer.read { try String.fetchOne($0, sql: "SELECT name_en FROM township WHERE name = '罗阳镇'") } == "Da'an")
    }
}
