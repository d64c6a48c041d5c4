@testable import App
import Foundation
import LeagueCore
import Testing
import Workflow

@Suite struct LabelsTests {
    @Test("every label of the desk exists in Chinese and in English, with the same holes")
    func booksComplete() {
        let problems = Labels.states.problems + Labels.urgencyMarks.problems + Labels.urgencyNames.problems
            + Labels.sources.problems + Labels.requirements.problems + Labels.cadreFields.problems
            + Labels.diaryStates.problems + Labels.squadPlans.problems + Labels.historySteps.problems
            + Labels.squadActions.problems + Labels.cadreChanges.problems + Labels.words.problems
        #expect(problems == [])
    }

    @Test("every action of the request workflow has a name in the history, and an unknown one shows as stored, made safe")
    func historyNamesEveryAction() {
        for action in RequestAction.allCases { #expect(HistoryStep(rawValue: action.rawValue) != nil, "\(action)") }
        let labels = Labels(language: .en)
        #expect(labels.action("return") == "sent back for information")
        #expect(labels.action("reopen") == "reopened")
        let unknown = labels.action("bulk_fix\u{1B}[2J")
        #expect(unknown.hasPrefix("bulk_fix") && !unknown.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("weekdays and half years read in each language")
    func datesInWords() {
        let day = Date(unixSeconds: 1_764_291_600)  // 2025-11-28 09:00 in the county
        #expect(Labels(language: .zh).clock(day) == "2025-11-28 周五 09:00")
        #expect(Labels(language: .en).clock(day) == "2025-11-28 Fri 09:00")
        #expect(Labels(language: .zh).halfYear("2026-07-01") == "2026下半年")
        #expect(Labels(language: .en).halfYear("2026-01-01") == "2026 H1")
    }
}
