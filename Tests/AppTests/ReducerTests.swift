@testable import App
import Foundation
import GRDB
import LeagueCore
@testable import Store
import TerminalKit
import Testing

/// The reducer alone: a state and an action in, a state and effects out. No database, no
/// terminal; what the desk would ask the store for is read straight off the effects.
@Suite struct ReducerTests {
    static let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

    static func state(role: OperatorRole = .desk, height: Int = 24) -> AppState {
        var account = Operator(login: "wangmin", name: "王敏", role: role, townshipId: role == .townshipSecretary ? 2 : nil, createdAt: now)
        account.id = 7
        let vocabulary = Vocabulary(
            categories: [.init(id: 1, code: "health", nameZh: "健康", nameEn: "Health")],
            townships: [.init(id: 1, code: "Luoyang", nameZh: "罗阳镇", nameEn: "Luoyang"),
                        .init(id: 2, code: "Sankui", nameZh: "三魁镇", nameEn: "Sankui")])
        return AppState(language: .zh, size: Size(width: 80, height: height), now: now, account: account, vocabulary: vocabulary,
                        countyName: "泰顺县", isSampleData: true)
    }

    static func row(_ id: Int64, urgency: Int = 1, createdAt: Int64 = 1_000) throws -> QueueRow {
        try QueueRow(row: Row([
            "id": id, "ref": String(format: "QZ-2026-%05d", id), "title": "求助 \(id)", "category_id": 1, "township_id": 1,
            "urgency": urgency, "state": "published", "created_at": createdAt, "first_contact_due": createdAt + 3600,
            "first_contact_at": nil, "resolution_due": createdAt + 86_400, "sla_paused_at": nil, "version": 1, "overdue": false,
        ]))
    }

    /// A queue window full to the screen's last row, the last row selected.
    static func fullWindow(_ state: inout AppState) throws {
        let rows = try (1...Int64(state.queueRowCount)).map { try row($0, createdAt: 1_000 + $0) }
        let load = PageLoad(from: nil, direction: .after, limit: rows.count, placement: .top)
        _ = Reducer.reduce(&state, .answer(.queue(.pageLoaded(QueueFilter(), .priority, load, rows))))
        state.queue.selected = rows.count - 1
    }

    @Test("the desk opens on the first page of the open queue and its counts")
    func start() {
        let state = Self.state()
        let load = PageLoad(from: nil, direction: .after, limit: 19, placement: .top)
        #expect(Reducer.start(state) == [.queue(.loadPage(QueueFilter(), .priority, load)), .queue(.loadCounts(QueueFilter()))])
    }

    @Test("a township secretary's queue is scoped to their township from the first page")
    func secretaryScope() {
        let effects = Reducer.start(Self.state(role: .townshipSecretary))
        guard case let .queue(.loadPage(filter, _, _)) = effects.first else {
            Issue.record("no page asked for: \(effects)")
            return
        }
        #expect(filter.scopeTownshipId == 2)
    }

    /// Sends `action` and checks every effect and the whole state: `change` says all that
    /// may differ from before, as TCA's TestStore does.
    static func send(_ state: inout AppState, _ action: Action, effects: [Effect] = [],
                     sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) -> Void = { _ in }) {
        var expected = state
        change(&expected)
        let got = Reducer.reduce(&state, action)
        #expect(got == effects, sourceLocation: sourceLocation)
        #expect(state == expected, sourceLocation: sourceLocation)
    }

    @Test("j on the last row of a full window asks for half a window after it, and moves once the rows come")
    func scrollDown() throws {
        var state = Self.state()
        try Self.fullWindow(&state)
        let rows = state.queue.rows
        let last = try #require(rows.last)
        let load = PageLoad(from: last.position(in: .priority), direction: .after, limit: 9, placement: .scrollDown)
        Self.send(&state, .key(.character("j")), effects: [.queue(.loadPage(QueueFilter(), .priority, load))])

        let more = try (20...28).map { try Self.row($0, createdAt: 1_000 + $0) }
        Self.send(&state, .answer(.queue(.pageLoaded(QueueFilter(), .priority, load, more)))) {
            $0.queue.rows = Array((rows + more).suffix(19))
            $0.queue.selected = 10
        }
        #expect(state.queue.selectedRow?.id == 20 && state.queue.rows.first?.id == 10)
    }

    @Test("a search names itself in the status line when its rows come, its counts when they come; an answer for a list no longer asked for is dropped")
    func statusDescribesTheRowsShown() throws {
        var state = Self.state()
        try Self.fullWindow(&state)
        _ = Reducer.reduce(&state, .answer(.queue(.countsLoaded(QueueFilter(), QueueCounts(total: 19, overdue: 2, newToday: 1)))))
        let openQueue = Filters.describe(state), openRows = state.queue.rows
        #expect(QueueView.statusRight(state).hasPrefix("共 19 条"))
        // Asked for: the rows on screen are still the open queue's, and so is what the status line says.
        var search = QueueFilter()
        search.search = "台风过后"
        search.states = Set(RequestState.allCases)
        let asked = Filters.apply(search, &state)
        #expect(asked.count == 2)
        #expect(Filters.describe(state) == openQueue && QueueView.statusRight(state).hasPrefix("共 19 条"))
        // The open queue's rows, read before the search was asked for, come late: dropped.
        let top = PageLoad(from: nil, direction: .after, limit: 19, placement: .top)
        _ = Reducer.reduce(&state, .answer(.queue(.pageLoaded(QueueFilter(), .priority, top, [try Self.row(99)]))))
        _ = Reducer.reduce(&state, .answer(.queue(.countsLoaded(QueueFilter(), QueueCounts(total: 3, overdue: 0, newToday: 0)))))
        #expect(state.queue.rows == openRows && Filters.describe(state) == openQueue)
        // The search's rows: named, its counts still being read.
        _ = Reducer.reduce(&state, .answer(.queue(.pageLoaded(search, .priority, top, [try Self.row(7)]))))
        #expect(state.queue.rows.map(\.id) == [7])
        #expect(Filters.describe(state).contains("搜索“台风过后”") && Filters.describe(state).hasPrefix("全部状态"))
        #expect(QueueView.statusRight(state) == "读取中…")
        _ = Reducer.reduce(&state, .answer(.queue(.countsLoaded(search, QueueCounts(total: 1, overdue: 0, newToday: 0)))))
        #expect(QueueView.statusRight(state).hasPrefix("共 1 条"))
    }

    @Test("u asks to take back the last action, and names no one: the environment knows who is acting")
    func undo() {
        var state = Self.state()
        Self.send(&state, .key(.character("u")), effects: [.queue(.undoLast)])
    }

    @Test("a colleague's commit reads the queue's window again, and nothing else while the roster was never shown")
    func colleagueCommitted() throws {
        var state = Self.state()
        try Self.fullWindow(&state)
        let first = try #require(state.queue.rows.first)
        let load = PageLoad(from: first.positionJustBefore(in: .priority), direction: .after, limit: 19, placement: .refresh)
        Self.send(&state, .databaseChanged, effects: [.queue(.loadPage(QueueFilter(), .priority, load)), .queue(.loadCounts(QueueFilter()))])
    }

    @Test("Enter opens the selected request's detail and Esc closes it; a detail that comes late for another is dropped")
    func detail() throws {
        var state = Self.state()
        try Self.fullWindow(&state)
        let row = try #require(state.queue.selectedRow)
        Self.send(&state, .key(.enter), effects: [.queue(.loadDetail(row.id))]) { $0.queue.detail = DetailState(id: row.id) }
        Self.send(&state, .answer(.queue(.detailLoaded(id: row.id + 1, nil))))
        Self.send(&state, .key(.escape)) { $0.queue.detail = nil }
    }

    @Test("a state chosen in the filter picker reads the queue again from the top with that state")
    func pickerChoice() {
        var state = Self.state()
        _ = Reducer.reduce(&state, .key(.character("f")))
        guard case let .picker(kinds) = state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(kinds.options.map(\.value).contains(.filterKind(.state)))
        // Down to 状态 (the third kind) and Enter, then down to 已发布 and Enter.
        for key: Key in [.down, .down, .enter] { _ = Reducer.reduce(&state, .key(key)) }
        guard case let .picker(states) = state.overlay else {
            Issue.record("no state picker")
            return
        }
        let published = try? #require(states.options.firstIndex { $0.value == .state(.published) })
        for _ in 0..<(published ?? 0) { _ = Reducer.reduce(&state, .key(.down)) }
        let effects = Reducer.reduce(&state, .key(.enter))
        var filter = QueueFilter()
        filter.states = [.published]
        #expect(state.overlay == nil)
        #expect(state.queue.filter == filter)
        #expect(effects.first == .queue(.loadPage(filter, .priority, PageLoad(from: nil, direction: .after, limit: 19, placement: .top))))
    }

    @Test("calls waiting beyond the list's length are said as more than it holds; a call answered is one fewer at once, and counted again")
    func callsBeyondTheList() throws {
        var state = Self.state()
        _ = Reducer.reduce(&state, .key(.character("4")))
        let listed = SurveyStore.followUpsListed
        _ = Reducer.reduce(&state, .answer(.surveys(.followUpsCounted(listed + 1))))
        #expect(SurveyView.statusRight(state) == "待回访 \(listed)+ 件")
        _ = Reducer.reduce(&state, .answer(.surveys(.followUpsCounted(listed))))
        #expect(SurveyView.statusRight(state) == "待回访 \(listed) 件")

        let due = FollowUpDue(requestId: 9, ref: "QZ-2026-00009", title: "t", townshipId: 1, requester: nil, requesterPhone: nil,
                              assignee: "张传相", resolution: "已帮助", resolvedAt: 1, version: 2)
        _ = Reducer.reduce(&state, .answer(.surveys(.followUpsLoaded([due]))))
        #expect(state.surveys.waiting == listed, "the list read does not say how many wait")
        let effects = Reducer.reduce(&state, .answer(.surveys(.followUpRecorded(ref: due.ref, answer: .satisfied, reopened: false))))
        #expect(state.surveys.waiting == listed - 1 && effects == [.surveys(.loadFollowUps), .surveys(.countFollowUps)])
    }

    @Test("the digits and Tab go through the panes in the registry's order, each loading what it shows")
    func panes() {
        var state = Self.state()
        Self.send(&state, .key(.character("2")), effects: [.roster(.loadTownships)]) { $0.pane = .roster }
        Self.send(&state, .key(.tab), effects: [.review(.loadQueue(after: nil)), .review(.loadCounts)]) { $0.pane = .diaries }
        let half = ReportPeriod(.half, containing: Self.now)
        Self.send(&state, .key(.character("4")), effects: [.surveys(.loadSatisfaction(half)), .surveys(.countFollowUps)]) {
            $0.pane = .surveys
            $0.surveys.period = half
        }
        let last = PaneID.allCases.count
        _ = Reducer.reduce(&state, .key(.character(Character(String(last)))))
        #expect(state.pane == PaneID.allCases.last)
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.pane == .requests)
        // A digit past the last pane does nothing.
        Self.send(&state, .key(.character(Character(String(last + 1)))))
    }

    @Test("every pane has a title of its own, and help lists a digit for each")
    func registry() {
        let titles = PaneID.allCases.map { $0.module.title }
        #expect(Set(titles).count == titles.count)
        let digits = Keymap.global.first { $0.command == .showPane(0) }?.keys ?? []
        #expect(digits == PaneID.allCases.map { .character(Character(String($0.rawValue + 1))) })
    }

    @Test("effects travel as JSON and come back the same; a week or a period that no one could write is refused")
    func effectsAsJSON() throws {
        var request = ActionRequest(requestId: 5, ref: "QZ-2026-00005", townshipId: 1, version: 3, action: .assign)
        request.input.assigneeCadreId = 12
        request.also = [ActionTarget(requestId: 6, ref: "QZ-2026-00006", townshipId: 1, version: 1)]
        var filter = QueueFilter()
        filter.states = [.published, .assigned]
        filter.search = "生姜\u{1B}[2J"
        let due = FollowUpDue(requestId: 9, ref: "QZ-2026-00009", title: "t", townshipId: 1, requester: nil, requesterPhone: nil,
                              assignee: "张传相", resolution: "已帮助", resolvedAt: 1, version: 2)
        let effects: [Effect] = [
            .redraw,
            .queue(.loadPage(filter, .newest, PageLoad(from: QueuePosition(overdue: true, urgency: 2, createdAt: 5, id: 9), direction: .before,
                                                          limit: 19, placement: .pageUp))),
            .queue(.actAll(request)), .queue(.undoLast),
            .roster(.saveCadre(cadreId: nil, version: 0, draft: CadreDraft(townshipId: 1))),
            .review(.saveDraft(id: 4, scores: [3, nil, 5], comment: "好")),
            .surveys(.loadSatisfaction(ReportPeriod(kind: .half, year: 2026, index: 2))),
            .surveys(.recordFollowUp(due, .dissatisfied, remark: "", reopenReason: "再跟进")),
            .surveys(.recordTypedResponse(survey: 1, cadre: 2, answers: [3: .value(1), 4: .text("好")])),
            .summary(.printWeekly(try #require(CountyWeek("2026W48")))),
            .service(.formSquad(NewSquad(project: "农机", name: "抢修", township: nil, leaderPhone: nil, members: ["小李"], plan: ""))),
        ]
        let data = try JSONEncoder().encode(effects)
        #expect(try JSONDecoder().decode([Effect].self, from: data) == effects)

        let forged = #"[{"summary":{"printWeekly":{"_0":"2026W99"}}}]"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Effect].self, from: Data(forged.utf8)) }
    }
}

/// What the store answers travels as JSON too: every pane's first reads on the sample county
/// come back from JSON as they went.
@Suite struct AnswersAsJSONTests {
    private func same<T: Codable & Equatable>(_ value: T) throws -> Bool {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value)) == value
    }

    @Test("the answers to each pane's reads come back from JSON the same")
    func answers() throws {
        let database = Desk.county
        let account = try #require(try database.operatorAccount(login: "wangmin-admin"))
        let store = StoreEnvironment(database: database, account: account, language: .zh, clock: { Desk.now })
        var state = ReducerTests.state()
        var effects = Reducer.start(state)
        for pane in PaneID.allCases {
            state.pane = pane
            effects += pane.module.shown(&state)
        }
        effects += [.queue(.loadDetail(1)), .roster(.loadCard(1)), .roster(.openCadreForm(cadreId: 1, townshipId: nil)),
                    .review(.loadCalibration), .surveys(.loadSurveyForm)]
        var answered = 0
        for effect in effects {
            let answer = try #require(store.perform(effect), "\(effect)")
            if case .failed = answer { Issue.record("\(effect) failed: \(answer)") }
            #expect(try same(answer), "\(effect) → \(String(describing: answer).prefix(200))")
            answered += 1
        }
        #expect(answered == effects.count && effects.count >= 15)
    }
}
