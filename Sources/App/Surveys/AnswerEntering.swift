import LeagueCore
import Store
import TerminalKit

/// Typing in paper questionnaires for the current periodic survey: the cadre first, then
/// one key per question — 1 满意 / 2 基本满意 / 3 不满意, 1–5 on a scale, y / n — Enter to skip
/// one or to write words; the last question records the form and the next one begins.
enum AnswerEntering {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var entry = state.surveys.entry else { return [] }
        defer { state.surveys.entry = entry }
        switch command {
        case .back:
            state.surveys.level = .report
            state.surveys.entry = nil
            return state.surveys.period.map { [.surveys(.loadSatisfaction($0))] } ?? []
        case .changeCadre:
            state.overlay = .prompt(PromptState(kind: .surveys(.cadreToRate), editor: LineEditor()))
            return []
        case .previousQuestion:
            entry.step = max(0, entry.step - 1)
            return []
        default: break
        }
        guard entry.cadre != nil else {
            state.overlay = .prompt(PromptState(kind: .surveys(.cadreToRate), editor: LineEditor()))
            return []
        }
        guard let question = entry.question else { return [] }
        switch command {
        case let .typeValue(key):
            guard let value = value(key, for: question.kind) else {
                state.flash = state.catalog[choicesPhrase(question.kind)]
                return []
            }
            entry.answers[question.id] = .value(value)
        case .skipQuestion:
            if question.kind == .text {
                state.overlay = .prompt(PromptState(kind: .surveys(.typedText), editor: LineEditor()))
                return []
            }
            entry.answers[question.id] = nil
        default: return []
        }
        return advance(&entry, state)
    }

    /// The stored value a key means for a question, or nil when it means nothing there.
    static func value(_ key: Int, for kind: QuestionKind) -> Int? {
        switch kind {
        case .satisfaction: [1: Satisfaction.Answer.satisfied, 2: .basicallySatisfied, 3: .dissatisfied][key]?.rawValue
        case .scale: (1...5).contains(key) ? key : nil
        // y and n arrive as 1 and 0; digits do not answer yes/no.
        case .yesNo: key <= 1 ? key : nil
        case .text: nil
        }
    }

    static func choicesPhrase(_ kind: QuestionKind) -> Phrase {
        switch kind {
        case .satisfaction: .choicesSatisfaction
        case .scale: .choicesScale
        case .yesNo: .choicesYesNo
        case .text: .choicesText
        }
    }

    /// On to the next question; after the last, the form is recorded.
    private static func advance(_ entry: inout AnswerEntry, _ state: AppState) -> [Effect] {
        entry.step += 1
        guard entry.step >= entry.form.questions.count, let cadre = entry.cadre else { return [] }
        return [.surveys(.recordTypedResponse(survey: entry.form.id, cadre: cadre.id, answers: entry.answers))]
    }

    static func entered(_ text: String, _ prompt: SurveyPrompt, _ state: inout AppState) -> [Effect] {
        guard var entry = state.surveys.entry else { return [] }
        defer { state.surveys.entry = entry }
        switch prompt {
        case .cadreToRate:
            let query = text.trimmed
            return query.isEmpty ? [] : [.surveys(.findCadresToRate(query))]
        case .typedText:
            if let question = entry.question { entry.answers[question.id] = text.trimmed.isEmpty ? nil : .text(text.trimmed) }
            return advance(&entry, state)
        default: return []
        }
    }

    /// The cadres a typed name fits: one is rated; several are a list to choose from (name,
    /// township, role); none is said, with the name kept to correct.
    static func cadresFound(_ query: String, _ cadres: [CadreRow], _ state: inout AppState) {
        guard state.surveys.entry != nil else { return }
        switch cadres.count {
        case 0:
            state.flash = state.catalog[.noCadreFound]
            state.overlay = .prompt(PromptState(kind: .surveys(.cadreToRate), editor: LineEditor(query)))
        case 1:
            state.surveys.entry?.candidates = cadres
            rate(cadreId: cadres[0].id, &state)
        default:
            state.surveys.entry?.candidates = cadres
            state.overlay = .picker(PickerState(purpose: .cadreToRate, title: state.catalog.format(.cadresFound, cadres.count, SafeText.line(query)),
                                                options: cadres.map {
                .init(label: "\(SafeText.line($0.name)) · \(state.labels.township(state.vocabulary.township($0.townshipId))) · \($0.role.name(state.language))",
                      value: .cadre($0.id))
            }))
        }
    }

    /// The paper questionnaires typed next rate this cadre, from their first question.
    static func rate(cadreId: Int64, _ state: inout AppState) {
        guard var entry = state.surveys.entry, let cadre = entry.candidates.first(where: { $0.id == cadreId }) else { return }
        entry.cadre = cadre
        entry.candidates = []
        entry.step = 0
        entry.answers = [:]
        state.surveys.entry = entry
    }

    static func recorded(_ state: inout AppState) {
        guard var entry = state.surveys.entry else { return }
        entry.entered += 1
        entry.step = 0
        entry.answers = [:]
        state.surveys.entry = entry
        state.flash = state.catalog.format(.formRecorded, entry.entered)
    }

    static func lines(_ entry: AnswerEntry, _ state: AppState, width: Int) -> [(String, Role)] {
        let c = state.catalog
        var lines: [(String, Role)] = [("\(c[.enterAnswersTitle]) · \(SafeText.line(entry.form.title))", .header)]
        let cadre = entry.cadre.map { c.aside(SafeText.line($0.name), state.labels.township(state.vocabulary.township($0.townshipId))) }
        lines.append((c.labelled(c[.cadreRated], cadre ?? c[.chooseOne]), entry.cadre == nil ? .error : .accent))
        lines.append(("", .normal))
        for (index, question) in entry.form.questions.enumerated() {
            let current = index == entry.step && entry.cadre != nil
            let answer = entry.answers[question.id].map { shown($0, question.kind, state) } ?? " "
            lines.append(("\(current ? ">" : " ") \(index + 1). \(SafeText.line(question.text))  [\(answer)]", current ? .selected : .normal))
            if current { lines.append(("     " + c[choicesPhrase(question.kind)], .muted)) }
        }
        lines.append(("", .normal))
        lines.append((c.format(.formsEntered, entry.entered), .muted))
        return lines.flatMap { line in line.0.wrapped(toCells: width).map { ($0, line.1) } }
    }

    private static func shown(_ answer: TypedAnswer, _ kind: QuestionKind, _ state: AppState) -> String {
        switch (answer, kind) {
        case let (.value(value), .satisfaction): Satisfaction.Answer(rawValue: value)?.name(state.language) ?? String(value)
        case let (.value(value), .yesNo): state.catalog[value == 1 ? .yes : .no]
        case let (.value(value), _): String(value)
        case let (.text(text), _): SafeText.line(text)
        }
    }
}
