/// Taishun County's 19 townships (real names; everything below them in the demo is
/// sample data), with a weight for how many people and requests each has.
struct TownshipEntry {
    let name: String
    let nameEn: String
    /// `town` (镇) or `township` (乡).
    let kind: String
    let weight: Double
    /// Villages, communities and schools named in the county's own stories.
    let knownPlaces: [String]
}

enum Gazetteer {
    static let townships: [TownshipEntry] = [
        TownshipEntry(name: "罗阳镇", nameEn: "Luoyang", kind: "town", weight: 6, knownPlaces: ["东门社区", "城北社区", "罗阳中学"]),
        TownshipEntry(name: "司前畲族镇", nameEn: "Siqian", kind: "town", weight: 2, knownPlaces: []),
        TownshipEntry(name: "百丈镇", nameEn: "Baizhang", kind: "town", weight: 1.5, knownPlaces: []),
        TownshipEntry(name: "筱村镇", nameEn: "Xiaocun", kind: "town", weight: 2.5, knownPlaces: []),
        TownshipEntry(name: "泗溪镇", nameEn: "Sixi", kind: "town", weight: 3, knownPlaces: ["下洪村"]),
        TownshipEntry(name: "彭溪镇", nameEn: "Pengxi", kind: "town", weight: 2, knownPlaces: []),
        TownshipEntry(name: "雅阳镇", nameEn: "Yayang", kind: "town", weight: 3, knownPlaces: []),
        TownshipEntry(name: "仕阳镇", nameEn: "Shiyang", kind: "town", weight: 2, knownPlaces: []),
        TownshipEntry(name: "三魁镇", nameEn: "Sankui", kind: "town", weight: 2.5, knownPlaces: ["庵前村"]),
        TownshipEntry(name: "南浦溪镇", nameEn: "Nanpuxi", kind: "town", weight: 1.5, knownPlaces: []),
        TownshipEntry(name: "龟湖镇", nameEn: "Guihu", kind: "town", weight: 1.5, knownPlaces: []),
        TownshipEntry(name: "西旸镇", nameEn: "Xiyang", kind: "town", weight: 1.5, knownPlaces: []),
        TownshipEntry(name: "包垟乡", nameEn: "Baoyang", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "竹里畲族乡", nameEn: "Zhuli", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "凤垟乡", nameEn: "Fengyang", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "柳峰乡", nameEn: "Liufeng", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "雪溪乡", nameEn: "Xuexi", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "大安乡", nameEn: "Da'an", kind: "township", weight: 1, knownPlaces: []),
        TownshipEntry(name: "东溪乡", nameEn: "Dongxi", kind: "township", weight: 1, knownPlaces: []),
    ]

    private static let placeFirst = Array("上下东西南北前后大小新中高岭溪坑垟洋坪竹桥石岩枫桃")
    private static let placeSecond = Array("溪坑垟岭洋坪头口山湾源坳垄田寮底坞岙")

    /// A plausible village name, e.g. 岭头村.
    static func villageName(_ random: inout SeededRandom) -> String {
        "\(random.pick(placeFirst))\(random.pick(placeSecond))村"
    }

    /// The name without 镇/乡 and ethnic marks, e.g. 司前 for 司前畲族镇.
    static func shortName(_ township: String) -> String {
        var name = township
        for suffix in ["畲族镇", "畲族乡", "镇", "乡"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name
    }
}
