/// A row of block characters, one per value, as tall as the value in `range`; a gap for
/// no value. The blocks are ambiguous-width in some Chinese terminals: draw a sparkline
/// last on its line, never before a column.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func text(_ values: [Double?], range: ClosedRange<Double>) -> String {
        let span = range.upperBound - range.lowerBound
        return String(values.map { value -> Character in
            guard let value, span > 0 else { return " " }
            let share = min(1, max(0, (value - range.lowerBound) / span))
            return levels[Int((share * Double(levels.count - 1)).rounded())]
        })
    }
}
