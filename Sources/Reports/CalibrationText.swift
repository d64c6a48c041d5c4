import Foundation
import LeagueCore
import Store
import TerminalKit

/// `circledesk review calibration` as text: a line per reviewer, names last so that the
/// numbers line up whatever the width of the Chinese before them.
public enum CalibrationText {
    public static func render(_ rubric: StoredRubric, _ reviewers: [ReviewerCalibration], language: Language) -> String {
        let zh = language == .zh
        let codes = rubric.rubric.criteria.map(\.code)
        var lines = [zh ? "评分校准(与同事对同一篇日记的评分相比;偏差 = 本人得分 − 同事得分的平均,超过 ±1 分标记)"
                        : "Calibration (against colleagues on the same diaries; offset = own score − colleague's, mean; over ±1 flagged)"]
        lines.append(zh ? "评分标准:\(rubric.name)" : "Rubric: \(rubric.name)")
        lines.append("")
        let headers = [zh ? "点评数" : "scored", zh ? "共评" : "shared"] + codes + ["kappa", zh ? "标记" : "flag"]
        let widths = headers.map { max(7, CellWidth.of($0)) }
        func line(_ cells: [String], _ name: String) -> String {
            zip(cells, widths).map { $0.padded(toCells: $1, alignRight: true) }.joined(separator: " ") + "  " + name
        }
        lines.append(line(headers, zh ? "点评人" : "reviewer"))
        for reviewer in reviewers {
            let f = reviewer.figures
            let cells = [String(reviewer.reviews), String(f.sharedDiaries)] + f.offsets.map { String(format: "%+.2f", $0) }
                + [f.kappa.map { String(format: "%.2f", $0) } ?? "-", f.flagged ? (zh ? "偏差" : "drift") : ""]
            lines.append(line(cells, SafeText.line(reviewer.reviewer)))
        }
        if reviewers.isEmpty { lines.append(zh ? "还没有两位点评人都评过的日记。" : "No diary has been scored by two reviewers yet.") }
        return lines.joined(separator: "\n") + "\n"
    }
}
