import Foundation
import LeagueCore
import Store
import TerminalKit

/// One cadre on a card: who and where, how to reach them, whom they are paired with, what
/// they have open, their diary scores and satisfaction over time, and every change made.
enum CadreCardView {
    static func lines(_ card: CadreCard, _ state: AppState, width: Int) -> [(String, Role)] {
        let c = state.catalog, labels = state.labels, language = state.language
        let cadre = card.cadre
        var lines: [(String, Role)] = []
        func add(_ text: String, _ role: Role = .normal) {
            for line in text.wrapped(toCells: width) { lines.append((line, role)) }
        }
        func blank() { lines.append(("", .normal)) }

        let status = cadre.active ? c[.active] : c.format(.inactiveSince, card.leftOn ?? "?")
        add("\(SafeText.line(cadre.name))  \(cadre.role.name(language)) · \(state.labels.township(named: card.township, in: state.vocabulary))"
            + (cadre.commune.map { " · \(SafeText.line($0))" } ?? "") + " · \(status)", cadre.active ? .header : .muted)
        // In full only for those who keep this township's roster.
        let phone = cadre.phone.map { state.account.mayReadPhones(townshipId: cadre.townshipId) ? $0 : PhoneMask.mask($0) } ?? c[.detailNone]
        add("\(c[.columnPhone]) \(phone) · \(c[.columnYouth]) \(cadre.youthInContact) · \(c[.joined]) \(card.joinedOn ?? c[.detailNone])", .accent)
        let points = card.contactPoints.map { SafeText.line($0.name) }.joined(separator: "、")
        add("\(c[.contactPoints]) \(points.isEmpty ? c[.detailNone] : points)")
        blank()

        add(c[.diaryScores], .header)
        let scored = card.monthlyScores.compactMap { $0 }
        let mean = scored.isEmpty ? "-" : String(format: "%.1f", scored.reduce(0, +) / Double(scored.count))
        add("\(c.format(.scoreMean, mean))  \(Sparkline.text(card.monthlyScores, range: 40...100))")
        if let diary = card.lastDiary {
            add("\(c[.lastDiary]) \(diary.visitOn)", .muted)
            add(SafeText.line(diary.workLog), .muted)
        } else {
            add("\(c[.lastDiary]) \(c[.never])", .muted)
        }
        blank()

        add(c[.satisfactionOverTime], .header)
        if card.satisfaction.isEmpty { add(c[.noAnswers], .muted) }
        for period in card.satisfaction {
            let rate = period.share.shown ? RosterView.percent(period.share.rate) : c[.tooFewAnswers]
            add("\(labels.halfYear(period.period))  \(rate)  (n=\(period.share.answers))")
        }
        blank()

        add(c.format(.pairings, card.pairings.count), .header)
        for pairing in card.pairings {
            let period = pairing.endedOn.map { c.format(.pairingEnded, $0) } ?? c.format(.pairingSince, pairing.startedOn)
            add("\(pairing.cardNumber)  \(SafeText.line(pairing.youngPerson))  "
                + "\(PairingKind(rawValue: pairing.kind)?.name(language) ?? SafeText.line(pairing.kind))  \(period)",
                pairing.endedOn == nil ? .normal : .muted)
        }
        if let first = card.pairings.first { add(c.format(.printCardHint, first.cardNumber), .muted) }
        blank()

        add(c.format(.openRequests, card.openRequestCount), .header)
        for request in card.openRequests {
            add("\(request.ref)  \(labels.state(request.state))  \(SafeText.line(request.title))", request.overdue ? .overdue : .normal)
        }
        if card.openRequestCount > card.openRequests.count { add(c.format(.andMore, card.openRequestCount - card.openRequests.count), .muted) }
        blank()

        add(c[.changes], .header)
        if card.history.isEmpty { add(c[.noChanges], .muted) }
        for change in card.history {
            add("\(labels.timestamp(change.at))  \(SafeText.line(change.actor ?? "-"))  \(labels.cadreChange(change.action))"
                + changedFields(change.fields, state))
        }
        return lines
    }

    /// " · 手机、乡镇": the fields a change touched, named.
    /// `手机 138****1234 → 139****5678；乡镇 罗阳镇 → 三魁镇`: each field, what it was and became
    /// (a new cadre's are the card itself, not repeated).
    private static func changedFields(_ fields: [CadreCard.FieldChange], _ state: AppState) -> String {
        guard fields.contains(where: { !$0.before.isEmpty }) else { return "" }
        let c = state.catalog, labels = state.labels
        let said = fields.map { change in
            let shown = { (value: String) in
                let text = change.field == .role ? CadreRole(rawValue: value).map { $0.name(state.language) } ?? value : value
                return text.isEmpty ? c[.detailNone] : SafeText.line(text)
            }
            let name = labels.cadreField(change.field)
            return change.before.isEmpty ? "\(name) \(shown(change.after))" : "\(name) \(shown(change.before)) → \(shown(change.after))"
        }
        return " · " + said.joined(separator: state.language == .zh ? "；" : "; ")
    }

    static func draw(_ state: CadreCardState, _ app: AppState, into canvas: inout Canvas, rect: Rect) {
        TextPage.draw(state.card.map { lines($0, app, width: rect.width - 2) }, scroll: state.scroll, loaded: state.loaded,
                      missing: .cadreGone, app, into: &canvas, rect: rect)
    }
}
