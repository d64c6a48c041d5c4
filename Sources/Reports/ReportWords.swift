import LeagueCore

/// The printouts' own sentences, in both languages (their figures' labels are the writers').
enum ReportWords: CaseIterable, Sendable {
    case cardTitle, cardFooter

    static let book = PhraseBook<ReportWords>(
        zh: [.cardTitle: "%@共青团 结对联系卡", .cardFooter: "有困难,找团干部;请妥善保管本卡。"],
        en: [.cardTitle: "%@ Youth League · Pairing contact card", .cardFooter: "In trouble? Call your cadre. Please keep this card."])
}

extension Language {
    func report(_ words: ReportWords, _ values: CustomStringConvertible...) -> String {
        ReportWords.book.format(words, in: self, values)
    }
}
