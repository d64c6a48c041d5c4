/// A column of a table: a header and a width in cells. One column may be flexible and
/// take whatever the others leave.
public struct TableColumn: Equatable, Sendable {
    public var title: String
    /// Cells; `nil` for the flexible column.
    public var width: Int?
    public var alignRight: Bool

    public init(_ title: String, width: Int?, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }
}

/// A table with a header row: every cell cut or padded to its column by cells, so columns
/// line up whatever mix of Chinese, Latin and emoji is in them.
public enum Table {
    public static let gap = 1

    /// Each column's width in `totalWidth` cells: fixed ones as asked, the flexible one
    /// the rest (at least 4). Columns that do not fit at all get 0.
    public static func layout(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + gap * max(0, columns.count - 1)
        let flexible = max(4, totalWidth - fixed)
        var remaining = totalWidth
        return columns.map { column in
            let wanted = column.width ?? flexible
            let given = max(0, min(wanted, remaining))
            remaining -= given + gap
            return given
        }
    }

    /// Draws the header in the first row of `rect` and `rows` below it. `roles[i]` styles
    /// row i; the row at `selected` is drawn selected.
    public static func draw(
        into canvas: inout Canvas, rect: Rect, columns: [TableColumn], rows: [[String]],
        roles: [Role] = [], selected: Int? = nil
    ) {
        let widths = layout(columns, totalWidth: rect.width)
        canvas.fill(rect.rows(from: 0, count: 1), role: .header)
        drawRow(into: &canvas, y: rect.y, x: rect.x, widths: widths, columns: columns,
                fields: columns.map(\.title), role: .header)
        for (index, row) in rows.prefix(max(0, rect.height - 1)).enumerated() {
            let y = rect.y + 1 + index
            let role = index == selected ? .selected : (index < roles.count ? roles[index] : .normal)
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role)
            drawRow(into: &canvas, y: y, x: rect.x, widths: widths, columns: columns, fields: row, role: role)
        }
    }

    /// One line of `fields` under `columns` at row `y` of `rect`'s width, such as a total
    /// below the rows.
    public static func drawLine(into canvas: inout Canvas, rect: Rect, columns: [TableColumn], fields: [String], role: Role) {
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        drawRow(into: &canvas, y: rect.y, x: rect.x, widths: layout(columns, totalWidth: rect.width), columns: columns,
                fields: fields, role: role)
    }

    /// The display column where column `index` starts, for tests and mouse clicks.
    public static func columnStart(_ index: Int, columns: [TableColumn], totalWidth: Int) -> Int {
        layout(columns, totalWidth: totalWidth).prefix(index).reduce(0) { $0 + $1 + gap }
    }

    private static func drawRow(
        into canvas: inout Canvas, y: Int, x: Int, widths: [Int], columns: [TableColumn], fields: [String], role: Role
    ) {
        var column = x
        for (index, width) in widths.enumerated() where width > 0 {
            let field = index < fields.count ? fields[index] : ""
            canvas.put(field.padded(toCells: width, alignRight: columns[index].alignRight), x: column, y: y, width: width, role: role)
            column += width + gap
        }
    }
}
