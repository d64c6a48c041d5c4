import App
import Foundation
import TerminalKit
import Testing

/// Walking down any list with j, the selected row stays on screen, at the smallest terminal.
@Suite struct ListScrollingTests {
    /// Presses j `steps` times after `keys`, and says at which step the selection was off
    /// screen; the first screen's rows must have scrolled away by the end.
    private func walk(_ keys: [Key], steps: Int) throws -> Int? {
        let desk = try Desk()
        for key in keys { desk.press(key) }
        let first = desk.screen
        for step in 1...steps {
            desk.press(.character("j"))
            guard (2...21).contains(where: { desk.canvas[0, $0].role == .selected }) else { return step }
        }
        return desk.screen[4] == first[4] ? 0 : nil
    }

    @Test("a township's cadres, the review queue")
    func lists() throws {
        #expect(try walk([.character("2"), .enter], steps: 40) == nil)
        #expect(try walk([.character("3")], steps: 40) == nil)
    }
}
