/// The fonts of everything printed. WenQuanYi Micro Hei: a TrueType zh-CN face that weasyprint
/// subsets in about a second, where the Noto CJK collection's CFF outlines took 10–14 s for
/// one weekly summary (docs/benchmarks.md). One weight only — a bold face is a second font to
/// subset — so headings stand out by size and colour; and no SVG, whose text would bring a
/// font of its own. Browsers on Windows and macOS, which have neither, fall to their own
/// Chinese fonts.
enum PrintFonts {
    /// Only families that exist here or elsewhere: pango takes an unknown first family for a
    /// default (DejaVu, Noto Serif) rather than passing on to the next.
    static let family = "\"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif"
    /// For a stylesheet: the family on everything — the page's margins (its number) are set in
    /// the page's font, not the body's — and no bold anywhere.
    static let css = "body { font-family: \(family); } @page { font-family: \(family); } h1, h2, h3, th, b, strong, footer { font-weight: normal; }"
}
