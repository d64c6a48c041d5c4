import Foundation
import Testing
import TestSupport

/// The man pages are made from the program's own help (`make man`, scripts/manual.py); this
/// holds them equal to it, and the Chinese help whole.
@Suite struct ManualTests {
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The page without its date, which is the last commit's.
    private func undated(_ page: String) -> [Substring] { page.split(separator: "\n").filter { !$0.hasPrefix(".Dd ") } }

    @Test("man/circledesk.1 and man/zh_CN/circledesk.1 are what the program's help makes now", arguments: [("en", "man/circledesk.1"), ("zh", "man/zh_CN/circledesk.1")])
    func equalToHelp(language: String, page: String) throws {
        let made = try Shell.run(checkout.appendingPathComponent("scripts/manual.py").path, [Circledesk.binary.path, language], in: checkout)
        #expect(made.status == 0, "\(made.error)")
        let committed = try String(contentsOf: checkout.appendingPathComponent(page), encoding: .utf8)
        #expect(undated(made.output) == undated(committed), "\(page) is not the program's help; run make man")
        for command in ["serve", "migrate", "restore", "sla", "backup", "request", "list"] {
            #expect(committed.contains(".It Em \(command)\n"))
        }
    }

    @Test("every command's and option's help has its Chinese, and the Chinese page speaks it")
    func chineseHelp() throws {
        func help(_ language: String) throws -> [String: Any] {
            let dump = try Circledesk.run(["--experimental-dump-help"], environment: ["CIRCLEDESK_LANG": language])
            return try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        }
        var untranslated: [String] = []
        // The two dumps have the same shape: walk them side by side.
        func compare(_ english: Any?, _ chinese: Any?) {
            if let english = english as? [String: Any], let chinese = chinese as? [String: Any] {
                for key in ["abstract", "discussion"] {
                    if let text = english[key] as? String, text == chinese[key] as? String, !text.hasPrefix("Show ") { untranslated.append(text) }
                }
                for (key, value) in english where key != "abstract" && key != "discussion" { compare(value, chinese[key]) }
            } else if let english = english as? [Any], let chinese = chinese as? [Any] {
                for (english, chinese) in zip(english, chinese) { compare(english, chinese) }
            }
        }
        compare(try help("en"), try help("zh"))
        #expect(untranslated.isEmpty, "no Chinese in HelpWords for: \(untranslated)")
        let backup = try Circledesk.run(["backup", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(backup.output.hasPrefix("概述：在别人写入的同时安全地复制数据库"))
        #expect(try Circledesk.run(["backup", "--help", "--lang", "en"]).output.hasPrefix("OVERVIEW: Copy the database safely"))
    }
}
