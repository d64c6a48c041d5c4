import App
import Foundation
import LeagueCore
import Store
import TerminalKit
import Testing
import TestSupport

/// `e` in the queue: the list on screen, whole and in its order, to a file the person names.
@Suite struct QueueExportTests {
    /// The references in a file, in the order written.
    private func refs(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.components(separatedBy: "\r\n").compactMap { line in line.prefixMatch(of: /QZ-\d{4}-\d{5}/).map { String($0.output) } }
    }

    @Test("e writes every request of the filtered list in the queue's order, phones masked, and says how many and where")
    func exportsWhatIsShown() throws {
        let folder = TemporaryFolder()
        let desk = try Desk()
        desk.prompt(":", "town 罗阳")
        let total = desk.runtime.state.queue.counts.total
        let shown = desk.runtime.state.queue.rows.map(\.ref)
        desk.press(.character("e"))
        #expect(desk.text.contains("把这张列表导出到：求助-2026-11-28-0900.csv"), "\(desk.text)")
        desk.press(.control("u"))
        desk.type(folder.file("罗阳"))
        desk.press(.enter)
        let path = folder.file("罗阳.csv")
        #expect(desk.screen[23].hasPrefix(" 已导出 \(total) 条求助（电话已遮盖）：/"), "\(desk.screen[23])")
        #expect(desk.runtime.state.flash?.hasSuffix("：" + path) == true)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the writer's alone: it names young people")
        let written = try refs(path)
        #expect(total > 0 && written.count == total && Set(written).count == total)
        #expect(Array(written.prefix(shown.count)) == shown, "the file follows the order on screen")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) && String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("编号,状态,紧急程度,"),
                "a byte-order mark for Excel, then the header")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains(/1[3-9]\d{9}/) && text.contains(/1[3-9]\d\*\*\*\*\d{4}/), "phones are masked")
        #expect(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("QZ") }.allSatisfy { $0.contains(",罗阳镇,") })
    }

    @Test("an existing file is never replaced: the desk says so and the file keeps what it held")
    func existingFileKept() throws {
        let folder = TemporaryFolder()
        let path = folder.file("已有.csv")
        try "别人的表格\n".write(toFile: path, atomically: true, encoding: .utf8)
        let desk = try Desk(language: .en)
        desk.press(.character("e"))
        #expect(desk.text.contains("export this list to: requests-2026-11-28-0900.csv"), "\(desk.text)")
        desk.press(.control("u"))
        desk.type(path)
        desk.press(.enter)
        #expect(desk.runtime.state.flash?.contains("exists") == true && desk.runtime.state.flash?.contains("已有.csv") == true, "\(desk.screen[23])")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "别人的表格\n")
        #expect(folder.contents == ["已有.csv"], "nothing half-written is left beside it")
    }

    @Test("after a search of every state e exports the closed requests it found too; Esc exports nothing")
    func searchEverywhere() throws {
        let folder = TemporaryFolder()
        let desk = try Desk()
        desk.press(.character("e"), .escape)
        #expect(folder.contents.isEmpty && !desk.text.contains("已导出"))
        desk.press(.character("/"))
        desk.type("台风")
        desk.press(.enter)
        let total = desk.runtime.state.queue.counts.total
        desk.press(.character("e"), .control("u"))
        desk.type(folder.file("台风.csv"))
        desk.press(.enter)
        let written = try refs(folder.file("台风.csv"))
        #expect(written.count == total && total > 0)
        let states = try written.map { ref in
            let handle = try #require(try Desk.county.requests.requestHandle(ref: ref))
            return try #require(try Desk.county.requests.requestDetail(id: handle.id, now: Desk.now)).row.state
        }
        #expect(states.contains { !$0.isOpen }, "the search reached closed requests")
    }

    @Test("a name ending in .xlsx exports a workbook that reads in another program")
    func workbook() throws {
        let folder = TemporaryFolder()
        let desk = try Desk()
        desk.press(.character("e"), .control("u"))
        desk.type(folder.file("队列.xlsx"))
        desk.press(.enter)
        #expect(desk.runtime.state.flash?.hasPrefix("已导出 124 条求助（电话已遮盖）：") == true, "\(desk.screen[23])")
        let read = try Shell.python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(ws.max_row - 1, ws["A2"].value, ws["A1"].font.b)
            """, [folder.file("队列.xlsx")])
        #expect(read.output.trimmingCharacters(in: .whitespacesAndNewlines) == "124 \(desk.runtime.state.queue.rows[0].ref) True", "\(read)")
    }
}
