/// A kind of help request. Categories are rows in the database; these are the ones every
/// new database starts with, in the order the county lists them.
public struct CategorySeed: Sendable, Equatable {
    public let code: String
    public let nameZh: String
    public let nameEn: String
    /// Shown only as counts on paper: no names, no phone numbers.
    public let sensitive: Bool

    public static let defaults: [CategorySeed] = [
        CategorySeed(code: "volunteer", nameZh: "志愿", nameEn: "Volunteering", sensitive: false),
        CategorySeed(code: "entrepreneurship", nameZh: "创业", nameEn: "Business", sensitive: false),
        CategorySeed(code: "dating", nameZh: "婚恋", nameEn: "Dating", sensitive: true),
        CategorySeed(code: "health", nameZh: "健康", nameEn: "Health", sensitive: true),
        CategorySeed(code: "psychology", nameZh: "心理", nameEn: "Psychology", sensitive: true),
        CategorySeed(code: "assistance", nameZh: "帮扶", nameEn: "Relief", sensitive: false),
        CategorySeed(code: "employment", nameZh: "就业", nameEn: "Jobs", sensitive: false),
        CategorySeed(code: "other", nameZh: "其他", nameEn: "Other", sensitive: false),
    ]
}
