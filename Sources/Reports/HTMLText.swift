/// Text put into an HTML page (the weekly summary, a pairing card) with its markup characters
/// written as entities, so nothing a user typed becomes a tag.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// The fonts of everything printed. WenQuanYi Micro Hei first: a TrueType zh-CN face that
/// weasyprint subsets in under a second, where the Noto CJK collection's CFF outlines took
/// 10–14 s for one weekly summary (measured in docs/benchmarks.md). One weight only — a bold
/// face is a second font to subset — so headings stand out by size and colour. Browsers on
/// Windows and macOS, which have neither, fall to their own Chinese fonts.
enum PrintFonts {
    static let family = "\"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif"
    /// For a stylesheet: the family on everything, and no bold anywhere.
    static let css = "body, svg { font-family: \(family); } h1, h2, h3, th, b, strong, footer { font-weight: normal; }"
}
