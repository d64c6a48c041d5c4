/// What a cell means, not how it looks: the terminal's theme turns roles into colours, so
/// the same screen works on dark and light terminals and with 8 colours.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal
    /// The title line at the very top.
    case title
    case header
    case selected
    /// Past a deadline; always said in words too, never by colour alone.
    case overdue
    case urgent
    case muted
    case accent
    case tabActive
    case tabInactive
    case statusBar
    case keyBar
    /// The key in the key bar, before its label.
    case keyName
    case dialog
    case error
    case input
}
