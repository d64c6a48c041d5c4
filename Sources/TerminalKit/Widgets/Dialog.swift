/// A box over the screen with a title; returns the rectangle inside its border. The border
/// is ASCII: box-drawing characters are two cells wide in some Chinese terminals.
public enum Dialog {
    @discardableResult
    public static func draw(into canvas: inout Canvas, rect: Rect, title: String) -> Rect {
        guard rect.width >= 4, rect.height >= 3 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        canvas.fill(rect, role: .dialog)
        let horizontal = "+" + String(repeating: "-", count: rect.width - 2) + "+"
        canvas.put(horizontal, x: rect.x, y: rect.y, role: .dialog)
        canvas.put(horizontal, x: rect.x, y: rect.maxY - 1, role: .dialog)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas.put("|", x: rect.x, y: y, role: .dialog)
            canvas.put("|", x: rect.maxX - 1, y: y, role: .dialog)
        }
        canvas.put(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, role: .dialog)
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
