import LeagueCore

/// The words exported files write in their cells and headers, in both languages.
enum TableWords: CaseIterable, Sendable {
    case yes, no, female, male
    case authorCadre, authorGroup, authorReviewer
    case sourceMoments, sourcePhone, sourceVisit, sourceCommune
    case survey, response, cadre, township, requestRef, question, answer, at

    static let book = PhraseBook<TableWords>(
        zh: [
            .yes: "是", .no: "否", .female: "女", .male: "男",
            .authorCadre: "团干部", .authorGroup: "青年", .authorReviewer: "点评人",
            .sourceMoments: "朋友圈", .sourcePhone: "电话", .sourceVisit: "走访", .sourceCommune: "青公社",
            .survey: "测评", .response: "答卷", .cadre: "团干部", .township: "乡镇", .requestRef: "求助编号", .question: "题目",
            .answer: "回答", .at: "时间",
        ],
        en: [
            .yes: "yes", .no: "no", .female: "f", .male: "m",
            .authorCadre: "cadre", .authorGroup: "group", .authorReviewer: "reviewer",
            .sourceMoments: "moments", .sourcePhone: "phone", .sourceVisit: "visit", .sourceCommune: "commune",
            .survey: "survey", .response: "response", .cadre: "cadre", .township: "township", .requestRef: "request ref",
            .question: "question", .answer: "answer", .at: "at",
        ])
}

extension Language {
    func word(_ word: TableWords) -> String { TableWords.book.phrase(word, in: self) }
}
