import Foundation
@testable import Store
import Testing

@Suite struct CSVTests {
    @Test("Excel's Unicode text (tabs, CRLF) stays tab-separated when a cell holds a comma")
    func tabsWithCommas() throws {
        let records = try CSV.records("名称\t乡镇\t地址\r\n三魁青年公社二部\t三魁镇\t新街 8 号，近菜场, 二楼\r\n")
        #expect(records.map(\.fields) == [["名称", "乡镇", "地址"], ["三魁青年公社二部", "三魁镇", "新街 8 号，近菜场, 二楼"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test("a cell reads back as it was written, guards and apostrophes included", arguments: [
        "=SUM(A1)", "'=SUM(A1)", "''=x", "@home", "-3", "+86 139", "'plain", "'", "it's", "\tindented", "普通文字", "",
    ])
    func cellRoundTrip(text: String) throws {
        let written = CSV.cell(text)
        #expect(!"=+-@\t\r".contains(written.first ?? " ") || written.first == "\"", "inert in a spreadsheet: \(written)")
        let read = try CSV.records("a,b\r\n\(written),x\r\n")
        #expect(CSV.uncell(read.last!.fields[0]) == text, "\(written)")
    }
}
