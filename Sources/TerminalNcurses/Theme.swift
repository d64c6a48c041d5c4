import CNcursesw
import Foundation
import TerminalKit

/// Roles as colours: one colour pair per role, the terminal's own background for most, and
/// attributes (bold, reverse, dim) that carry the meaning where there are no colours.
struct Theme {
    private var styles: [Role: (attr_t, Int16)] = [:]
    /// How many colours are in use: the terminal's, or 0 without colours.
    private(set) var colors = 0

    func style(_ role: Role) -> (attr_t, Int16) { styles[role] ?? (cd_a_normal(), 0) }

    /// Starts colours if the terminal has them and `NO_COLOR` is not set (no-color.org);
    /// 8 colours are enough.
    static func start() -> Theme {
        var theme = Theme()
        let colours = has_colors() && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if colours {
            start_color()
            use_default_colors()
            theme.colors = Int(cd_colors())
        }
        let bold = cd_a_bold(), reverse = cd_a_reverse(), dim = cd_a_dim(), underline = cd_a_underline()
        // (role, foreground, background, attributes); -1 is the terminal's default.
        let table: [(Role, Int16, Int16, attr_t)] = [
            (.normal, -1, -1, 0),
            (.title, Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold),
            (.header, -1, -1, bold | underline),
            (.selected, -1, -1, reverse),
            (.overdue, Int16(COLOR_RED), -1, bold),
            (.urgent, Int16(COLOR_MAGENTA), -1, 0),
            (.muted, -1, -1, dim),
            (.accent, Int16(COLOR_CYAN), -1, 0),
            (.tabActive, Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
            (.tabInactive, -1, -1, 0),
            (.statusBar, -1, -1, reverse),
            (.keyBar, -1, -1, 0),
            (.keyName, Int16(COLOR_CYAN), -1, bold),
            (.dialog, Int16(COLOR_WHITE), Int16(COLOR_BLUE), 0),
            (.error, Int16(COLOR_WHITE), Int16(COLOR_RED), bold),
            (.input, -1, -1, 0),
        ]
        for (index, entry) in table.enumerated() {
            let (role, foreground, background, attributes) = entry
            if colours, foreground != -1 || background != -1 {
                let pair = Int16(index + 1)
                init_pair(pair, foreground, background)
                theme.styles[role] = (attributes, pair)
            } else {
                // Without colours, coloured roles fall back to reverse or bold.
                let fallback: attr_t = colours ? 0 : (background != -1 ? reverse : (foreground != -1 ? bold : 0))
                theme.styles[role] = (attributes | fallback, 0)
            }
        }
        return theme
    }
}
