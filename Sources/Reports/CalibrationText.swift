import Foundation
import LeagueCore
import Store
import TerminalKit

/// `circledesk review calibration` as text: a line per reviewer, names last so that the
/// numbers line up whatever the width of the Chinese before them.
public enum CalibrationText {
    public static func render(_ rubric: StoredRubric, _ reviewers: [ReviewerCalibration], language: Language) -> String {
        let codes = rubric.rubric.criteria.map(\.code)
        var lines = [language.report(.calibrationIntro), language.report(.calibrationRubric, rubric.name), ""]
        let headers = [language.report(.calibrationScored), language.report(.calibrationShared)] + codes
            + ["kappa", language.report(.calibrationFlag)]
        let widths = headers.map { max(7, CellWidth.of($0)) }
        func line(_ cells: [String], _ name: String) -> String {
            zip(cells, widths).map { $0.padded(toCells: $1, alignRight: true) }.joined(separator: " ") + "  " + name
        }
        lines.append(line(headers, language.report(.calibrationReviewer)))
        for reviewer in reviewers {
            let f = reviewer.figures
            let cells = [String(reviewer.reviews), String(f.sharedDiaries)] + f.offsets.map { String(format: "%+.2f", $0) }
                + [f.kappa.map { String(format: "%.2f", $0) } ?? "-", f.flagged ? language.report(.calibrationDrift) : ""]
            lines.append(line(cells, SafeText.line(reviewer.reviewer)))
        }
        if reviewers.isEmpty { lines.append(language.report(.calibrationNoneShared)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
