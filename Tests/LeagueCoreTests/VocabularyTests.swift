import LeagueCore
import Testing

@Suite struct VocabularyTests {
    @Test("reference codes are padded to five digits and read back")
    func referenceCodes() {
        #expect(ReferenceCode(year: 2026, number: 123).description == "QZ-2026-00123")
        #expect(ReferenceCode(year: 2026, number: 123_456).description == "QZ-2026-123456")
        #expect(ReferenceCode("QZ-2026-00871") == ReferenceCode(year: 2026, number: 871))
        #expect(ReferenceCode("qz-2026-00871")?.prefix == "QZ")
        for bad in ["", "QZ-2026", "QZ-26-00001", "QZ-2026-12", "QZ-2026-0001x", "-2026-00001", "QZ-2026-00001-1"] {
            #expect(ReferenceCode(bad) == nil, "\(bad)")
        }
        // As staff type a reference: whole, or its number in the year at hand.
        for (typed, code) in [("46", "QZ-2026-00046"), ("00046", "QZ-2026-00046"), (" qz-2025-00046 ", "QZ-2025-00046")] {
            #expect(ReferenceCode(typed: typed, year: 2026)?.description == code, "\(typed)")
        }
        for bad in ["", "0", "-46", "１２", "123456", "46a", "99999999999999999999"] {
            #expect(ReferenceCode(typed: bad, year: 2026) == nil, "\(bad)")
        }
    }

    @Test("the language comes from the flag, then CIRCLEDESK_LANG, then the locale, else Chinese")
    func languageResolution() {
        #expect(Language.resolve(flag: "en", environment: ["CIRCLEDESK_LANG": "zh"]) == .en)
        #expect(Language.resolve(flag: "fr", environment: [:]) == nil)
        #expect(Language.resolve(flag: nil, environment: ["CIRCLEDESK_LANG": "en", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]) == .zh)
        #expect(Language.resolve(flag: nil, environment: [:]) == .zh)
    }

    @Test("solved, open and terminal states do not overlap the wrong way")
    func states() {
        for state in RequestState.allCases {
            #expect(!(state.isOpen && state.isTerminal), "\(state)")
            #expect(!(state.isOpen && state.isSolved), "\(state)")
        }
        #expect(RequestState.allCases.filter(\.isSolved) == [.resolved, .closed])
        #expect(RequestState.allCases.filter(\.isTerminal) == [.closed, .rejected, .withdrawn, .merged])
    }

    @Test("urgent requests keep the one-hour circle and get the shortest time to resolve")
    func slaDefaults() {
        #expect(Urgency.urgent.firstContactAllowance == .seconds(3600))
        #expect(Urgency.urgent.resolutionAllowance < Urgency.high.resolutionAllowance)
        #expect(Urgency.high.resolutionAllowance < Urgency.normal.resolutionAllowance)
    }

    @Test("the default rubric weighs to 100 points")
    func rubric() {
        let rubric = Rubric.countyDefault
        #expect(rubric.criteria.map(\.weight).reduce(0, +) == 100)
        #expect(rubric.total([5, 5, 5, 5]) == 100)
        #expect(rubric.total([0, 0, 0, 0]) == 0)
        // 30·4/5 + 35·3/5 + 20·5/5 + 15·2/5 = 24 + 21 + 20 + 6
        #expect(rubric.total([4, 3, 5, 2]) == 71)
    }

    @Test("the seeded categories are the county's, sensitive ones marked")
    func categories() {
        #expect(CategorySeed.defaults.map(\.nameZh) == ["志愿", "创业", "婚恋", "健康", "心理", "帮扶", "就业", "其他"])
        #expect(CategorySeed.defaults.filter(\.sensitive).map(\.code) == ["dating", "health", "psychology"])
    }
}

@Suite struct SLAClockTests {
    private func status(_ state: RequestState = .published, now: Int64, contactAt: Int64? = nil, paused: Int64? = nil) -> SLAStatus {
        SLAClock.status(state: state, now: now, createdAt: 0, firstContactDue: 3600, firstContactAt: contactAt,
                        resolutionDue: 86400, pausedAt: paused)
    }

    @Test("the first contact is due first; once made, the resolution")
    func deadlines() {
        #expect(status(now: 600) == .remaining(3000))
        #expect(status(now: 4000) == .overdue(400))
        #expect(status(now: 4000, contactAt: 3000) == .remaining(82400))
        #expect(status(now: 90000, contactAt: 3000) == .overdue(3600))
        #expect(status(now: 90000) == .overdue(86400))
    }

    @Test("paused clocks and ended requests show no deadline")
    func noClock() {
        #expect(status(.needsInfo, now: 90000, paused: 100) == .paused)
        #expect(status(.closed, now: 90000) == .finished(age: 90000))
        #expect(status(.resolved, now: 500) == .finished(age: 500))
    }

    @Test("phones show only their first three and last four digits")
    func phones() {
        #expect(PhoneMask.mask("13812345678") == "138****5678")
        #expect(PhoneMask.mask("12345") == "*****")
    }
}

@Suite struct SLAPolicyTests {
    @Test("the county's defaults, overridden only by sensible settings")
    func overrides() {
        #expect(SLAPolicy.countyDefault.allowance(.urgent, .firstContact) == .seconds(3600))
        let policy = SLAPolicy(settings: ["sla.urgent.first_contact_hours": "2", "sla.high.resolution_hours": "-5", "sla.x": "9"])
        #expect(policy.allowance(.urgent, .firstContact) == .seconds(7200))
        #expect(policy.allowance(.high, .resolution) == Urgency.high.resolutionAllowance)
        #expect(SLAPolicy.keys.count == 6)
    }
}
