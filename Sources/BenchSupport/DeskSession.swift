import Foundation
import TerminalKit

/// What the benchmarks share: a clock in milliseconds, percentiles by nearest rank, and the
/// scripted desk session they replay.
public func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

public func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

/// The session a desk worker might have: move, page, filter, search, open, come back.
public let script: [Key] = {
    var keys: [Key] = Array(repeating: .character("j"), count: 40)
    keys += Array(repeating: .pageDown, count: 5) + Array(repeating: .pageUp, count: 3)
    keys += [.character("G"), .character("g"), .character("s"), .character("s"), .character("s")]
    keys += [.character("f"), .enter] + "罗阳".map { .character($0) } + [.enter]
    keys += Array(repeating: .character("j"), count: 20) + [.pageDown, .character("x")]
    keys += [.character(":")] + "cat 健康".map { .character($0) } + [.enter, .character("x")]
    keys += [.character("/")] + "生姜".map { .character($0) } + [.enter]
    keys += [.enter] + Array(repeating: .character("j"), count: 5) + [.escape, .character("x")]
    keys += [.character("/")] + "台风过后".map { .character($0) } + [.enter, .enter, .escape, .character("x")]
    keys += [.character("f"), .enter, .enter, .enter]
    // The roster: the township table, a township's cadres, a card, a search by initials.
    keys += [.character("2"), .character("j"), .character("j"), .enter] + Array(repeating: .character("j"), count: 5)
    keys += [.character("s"), .enter, .escape, .escape, .character("/")] + "zcx".map { .character($0) } + [.enter, .enter]
    keys += [.escape, .escape]
    // Diary review: the queue, a diary opened (taken) and let go again.
    keys += [.character("3"), .character("j"), .character("j"), .character("j"), .enter, .pageDown, .escape]
    // Satisfaction, the weekly summary and the week before, pane 6's four tabs, back to the queue.
    keys += [.character("4"), .character("5"), .character("<"), .character("6")] + Array(repeating: .character("t"), count: 4)
    keys += [.character("j"), .character("1")]
    return keys
}()
