import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The fonts of everything printed. WenQuanYi Micro Hei: a TrueType zh-CN face that weasyprint
/// subsets in about a second, where the Noto CJK collection's CFF outlines took 10–14 s for
/// one weekly summary (docs/benchmarks.md). One weight only — a bold face is a second font to
/// subset — so headings stand out by size and colour. Browsers on Windows and macOS, which
/// have neither, fall to their own Chinese fonts.
enum PrintFonts {
    /// The face cut down to the characters documents use, when it has been made (`cutFace`).
    static let cutFamily = "CircleDesk Hei"
    /// Only families that exist or are declared: pango takes an unknown first family for a
    /// default (DejaVu, Noto Serif) rather than passing on to the next.
    static let family = "\"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif"
    /// For a stylesheet: the family on everything, and no bold anywhere.
    /// The page's margins (its number) are set in the page's font, not the body's.
    static let css = "body { font-family: \(family); } @page { font-family: \(family); } h1, h2, h3, th, b, strong, footer { font-weight: normal; }"

    /// What the cut face keeps: Latin, punctuation, arrows and boxes, CJK symbols, the CJK
    /// ideographs with extension A, full-width forms. Characters past these (extension B
    /// names, say) come from the whole font, as before.
    static let kept = "U+0020-007E,U+00A0-00FF,U+2000-206F,U+2100-21FF,U+2460-25FF,U+3000-303F,U+3400-4DBF,U+4E00-9FFF,U+FF00-FFEF"

    /// `html` with the cut face declared and first in the family, for weasyprint: it holds a
    /// third of the whole font's glyphs, and weasyprint's subsetting costs in proportion. Made once, by fontTools (weasyprint's own), into the cache; where it
    /// cannot be made, `html` as it is and the whole font.
    static func withCutFace(_ html: String) -> String {
        guard let face = cutFace() else { return html }
        let declaration = "<style>@font-face { font-family: \"\(cutFamily)\"; src: url(\"\(face.absoluteString)\"); } "
            + "body { font-family: \"\(cutFamily)\", \(family); } @page { font-family: \"\(cutFamily)\", \(family); }</style>"
        guard let head = html.range(of: "</head>") else { return html }
        return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: declaration)
    }

    /// The cut face in the cache, made now if it is not there yet; nil when it cannot be.
    static func cutFace() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        guard let cache = environment["XDG_CACHE_HOME"].map({ URL(fileURLWithPath: $0) })
                ?? environment["HOME"].map({ URL(fileURLWithPath: $0).appendingPathComponent(".cache") }) else { return nil }
        let folder = cache.appendingPathComponent("circledesk/fonts"), face = folder.appendingPathComponent("wqy-microhei-cjk-1.ttf")
        if FileManager.default.fileExists(atPath: face.path) { return face }
        // fontTools is weasyprint's: run by the Python weasyprint itself runs with.
        guard let weasyprint = Printing.tool("weasyprint"), let shebang = try? String(contentsOfFile: weasyprint, encoding: .utf8)
                .split(separator: "\n").first, shebang.hasPrefix("#!/"), let python = shebang.dropFirst(2).split(separator: " ").first.map(String.init),
              let fcMatch = Printing.tool("fc-match"),
              let whole = try? Printing.run(fcMatch, ["-f", "%{file}", "WenQuanYi Micro Hei"]), whole.contains("wqy-microhei"),
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let partial = folder.appendingPathComponent("wqy-microhei-cjk-1.ttf.partial-\(getpid())")
        defer { try? FileManager.default.removeItem(at: partial) }
        guard (try? Printing.run(python, ["-m", "fontTools.subset", whole, "--font-number=0", "--unicodes=\(kept)", "--layout-features=*",
                                         "--output-file=\(partial.path)"])) != nil,
              rename(partial.path, face.path) == 0 else { return nil }
        return face
    }
}
