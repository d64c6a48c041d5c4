/// The line of pane names at the top: the current one stands out.
public enum TabBar {
    public static func draw(into canvas: inout Canvas, y: Int, titles: [String], selected: Int) {
        canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), role: .tabInactive)
        var x = 1
        for (index, title) in titles.enumerated() {
            let label = " \(index + 1) \(title) "
            guard x + CellWidth.of(label) <= canvas.size.width else { break }
            x = canvas.put(label, x: x, y: y, role: index == selected ? .tabActive : .tabInactive) + 1
        }
    }
}

/// A full-width line with text on the left and on the right (the right side wins space).
public enum StatusLine {
    public static func draw(into canvas: inout Canvas, y: Int, left: String, right: String = "", role: Role = .statusBar) {
        let width = canvas.size.width
        canvas.fill(Rect(x: 0, y: y, width: width, height: 1), role: role)
        let rightWidth = min(CellWidth.of(right), max(0, width - 2))
        let rightText = right.truncated(toCells: rightWidth)
        canvas.put(left, x: 1, y: y, width: max(0, width - rightWidth - 3), role: role)
        canvas.put(rightText, x: width - CellWidth.of(rightText) - 1, y: y, role: role)
    }
}

/// The keys that work now, at the bottom: "/搜索 f筛选 …". Items that do not fit are left out
/// whole rather than cut.
public enum KeyBar {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public static func draw(into canvas: inout Canvas, y: Int, items: [Item]) {
        canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), role: .keyBar)
        var x = 1
        for item in items {
            // "f筛选" reads well; "ffilter" does not.
            let label = item.label.first?.isASCII == true ? " " + item.label : item.label
            let width = CellWidth.of(item.key) + CellWidth.of(label)
            guard x + width <= canvas.size.width else { break }
            x = canvas.put(item.key, x: x, y: y, role: .keyName)
            x = canvas.put(label, x: x, y: y, role: .keyBar) + 1
        }
    }
}
