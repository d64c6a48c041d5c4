/// A workflow drawn as text, from its data: what docs/workflows.md shows (a test keeps the
/// document equal to it).
extension Workflow {
    public var text: String {
        var lines = ["\(name): starts \(initial.rawValue); ends \(states.filter(terminal.contains).map(\.rawValue).joined(separator: ", "))", ""]
        let actionWidth = transitions.map(\.action.count).max() ?? 0
        for transition in transitions {
            let from = states.filter(transition.from.contains).map(\.rawValue).joined(separator: " | ")
            let to = transition.to?.rawValue ?? "(stays)"
            var line = transition.action.padding(toLength: actionWidth, withPad: " ", startingAt: 0) + "  \(from) -> \(to)"
            let roles = transition.roles.map(\.rawValue).sorted().joined(separator: ",")
            line += "  [\(roles)]"
            if !transition.requires.isEmpty { line += " needs " + transition.requires.sorted().map(\.rawValue).joined(separator: ",") }
            if transition.clock != .none { line += " clock:\(transition.clock.rawValue)" }
            lines.append(line)
        }
        if !undoable.isEmpty {
            lines.append("")
            lines.append("undoable within \(Self.undoWindow / 60) minutes: " + transitions.map(\.action).filter(undoable.contains).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
