/// Plausible, fictional Chinese names and mainland mobile numbers.
enum PersonNames {
    private static let surnames = Array("陈林张王李吴周黄胡刘毛包叶潘钟雷蓝季董赖夏翁曾谢徐郑杨金朱蔡")
    private static let surnameWeights: [Double] = [
        9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]
    private static let givenCharacters = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚建华文斌晓宇欣怡浩然婷雪俊凯鹏琳颖博思雨佳子梦嘉诗慧晨阳海鑫传相铭瑶")

    static func name(_ random: inout SeededRandom) -> String {
        var name = String(surnames[random.weightedIndex(surnameWeights)])
        name.append(random.pick(givenCharacters))
        if random.chance(0.75) { name.append(random.pick(givenCharacters)) }
        return name
    }

    private static let mobilePrefixes = ["134", "135", "138", "139", "150", "152", "157", "158", "159", "177", "181", "187", "188", "198"]

    static func mobile(_ random: inout SeededRandom) -> String {
        random.pick(mobilePrefixes) + String(random.int(10_000_000...99_999_999))
    }
}
