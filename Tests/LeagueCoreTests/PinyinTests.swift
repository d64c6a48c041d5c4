import Foundation
import LeagueCore
import Testing

/// Names whose characters have more than one reading, as a person would look them up: the
/// usual reading (surname reading first, then how the given name is read in ordinary words)
/// and other initials that must find the name too.
let polyphonicNames: [(name: String, usual: String, alsoFoundBy: [String])] = [
    ("王解放", "wangjiefang", ["wjf", "wxf"]),
    ("张乐乐", "zhanglele", ["zll", "zyy", "zhangyueyue"]),
    ("李可乐", "likele", ["lkl", "lky"]),
    ("黄查理", "huangchali", ["hcl", "hzl"]),
    ("周单", "zhoudan", ["zd", "zs"]),
    ("朴成", "piaocheng", ["pc", "puc"]),
    ("缪思", "miaosi", ["ms", "mous"]),
    ("万俟雪", "moqixue", ["mqx", "wanqixue"]),
    ("长孙无忌", "zhangsunwuji", ["zswj", "changsun"]),
    ("曾敏", "zengmin", ["zm", "cm"]),
    ("单明", "shanming", ["sm", "dm"]),
    ("解晓", "xiexiao", ["xx", "jx"]),
    ("查文", "zhawen", ["zw", "cw"]),
    ("仇红", "qiuhong", ["qh", "ch"]),
    ("区志", "ouzhi", ["oz", "qz"]),
    ("乐平", "yueping", ["yp", "lp"]),
    ("尉迟恭", "yuchigong", ["ycg", "wcg"]),
    ("令狐冲", "linghuchong", ["lhc"]),
    ("澹台明", "tantaiming", ["ttm", "dtm"]),
    ("覃斌", "qinbin", ["qb", "tb"]),
    ("翟军", "zhaijun", ["zj", "dj"]),
    ("盖丽", "geli", ["gl"]),
    ("种师道", "chongshidao", ["csd", "zsd"]),
    ("任重", "renzhong", ["rz", "rc"]),
    ("华晨", "huachen", ["hc"]),
    ("沈和平", "shenheping", ["shp"]),
    ("吕长春", "lvchangchun", ["lcc", "lzc", "luchangchun"]),
    ("张传相", "zhangchuanxiang", ["zcx"]),
    ("钟晨欣", "zhongchenxin", ["zcx"]),
]

@Suite struct PinyinTests {
    @Test("a name with polyphonic characters is found by its usual reading and by every other")
    func polyphonic() {
        for (name, usual, others) in polyphonicNames {
            let keys = Pinyin.searchKeys(name)
            #expect(keys.hasPrefix(usual + " "), "\(name): \(keys)")
            for query in [usual, String(usual.prefix(4))] + others {
                #expect(Pinyin.matches(keys: keys, query: query), "\(name) by \(query): \(keys)")
            }
        }
        #expect(!Pinyin.matches(keys: Pinyin.searchKeys("王解放"), query: "wjg"))
    }

    @Test("the usual readings of the given names are an independent dictionary's (pypinyin)")
    func againstPypinyin() throws {
        let names = polyphonicNames.map(\.name)
        let script = """
            import sys
            from pypinyin import lazy_pinyin, Style
            for name in sys.argv[1:]:
                print(" ".join(lazy_pinyin(name, style=Style.NORMAL)).replace("ü", "v"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script] + names
        process.environment = ["PYTHONPATH": ".build/test-python", "PYTHONIOENCODING": "utf-8"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let read = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pypinyin is installed by make test (scripts/deps.sh)")
        let theirs = read.split(separator: "\n").map(String.init)
        try #require(theirs.count == names.count)
        for ((name, usual, _), their) in zip(polyphonicNames, theirs) {
            // pypinyin reads every character the ordinary way; the surname is ours to read.
            let surname = ["万俟", "长孙", "令狐", "澹台", "尉迟"].contains(String(name.prefix(2))) ? 2 : 1
            let given = their.split(separator: " ").dropFirst(surname).joined()
            #expect(!given.isEmpty && usual.hasSuffix(given), "\(name): pypinyin \(their), ours \(usual)")
        }
    }

    @Test("the table is what Unihan and CLDR say (scripts/pinyin-table.py run again)")
    func tableIsGenerated() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["scripts/pinyin-table.py"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let made = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "needs unicode-data and unicode-cldr-core (scripts/deps.sh)")
        let committed = try Data(contentsOf: URL(fileURLWithPath: "Sources/LeagueCore/PinyinTable.swift"))
        #expect(made == committed)
    }
}
