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
public let script: [Key] = session.keys

/// The keys of `script` a person waits on, by their place in it: what each one does.
public let namedKeys: [(step: Int, name: String)] = session.names

private let session: (keys: [Key], names: [(step: Int, name: String)]) = {
    var keys: [Key] = [], names: [(step: Int, name: String)] = []
    func type(_ text: String) { keys += text.map { .character($0) } }
    /// `key`, named: its time is reported on its own.
    func named(_ name: String, _ key: Key) {
        names.append((keys.count, name))
        keys.append(key)
    }
    keys += Array(repeating: .character("j"), count: 40)
    keys += Array(repeating: .pageDown, count: 5) + Array(repeating: .pageUp, count: 3)
    named("G last row", .character("G"))
    keys += [.character("g"), .character("s"), .character("s"), .character("s"), .character("f"), .enter]
    type("罗阳")
    named("f township chosen", .enter)
    keys += Array(repeating: .character("j"), count: 20) + [.pageDown]
    named("x clear", .character("x"))
    keys += [.character(":")]
    type("cat 健康")
    named(":cat 健康", .enter)
    keys += [.character("x"), .character("/")]
    type("生姜")
    named("/生姜", .enter)
    named("open a request", .enter)
    keys += Array(repeating: .character("j"), count: 5) + [.escape]
    named("x clear a search", .character("x"))
    keys += [.character("/")]
    type("台风过后")
    named("/台风过后", .enter)
    keys += [.enter, .escape, .character("x"), .character("/")]
    type("蜂蜜")
    named("/蜂蜜", .enter)
    keys += [.character("x")]
    keys += [.character("f"), .enter, .enter, .enter]
    // The roster: the township table, a township's cadres, a card, a search by initials.
    named("2 township table", .character("2"))
    keys += [.character("j"), .character("j")]
    named("a township's cadres", .enter)
    keys += Array(repeating: .character("j"), count: 5)
    keys += [.character("s"), .enter, .escape, .escape, .character("/")]
    type("zcx")
    named("/zcx", .enter)
    keys += [.enter, .escape, .escape]
    // Diary review: the queue, a diary opened (taken) and let go again.
    named("3 review queue", .character("3"))
    keys += [.character("j"), .character("j"), .character("j")]
    named("take a diary", .enter)
    keys += [.pageDown, .escape]
    // Satisfaction, the weekly summary and the week before, pane 6's four tabs, back to the queue.
    named("4 satisfaction", .character("4"))
    named("5 weekly summary", .character("5"))
    named("< week before", .character("<"))
    named("6 service", .character("6"))
    keys += Array(repeating: .character("t"), count: 4) + [.character("j")]
    named("1 queue", .character("1"))
    return (keys, names)
}()
