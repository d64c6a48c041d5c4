import LeagueCore

/// How many requests the sample county has in each state, and when each was collected.
struct RequestPlan {
    /// One request to be written: when it was collected and where it stands now.
    struct Entry {
        let created: Int64
        let state: RequestState
        /// One of the article's own cases, told as it happened.
        let story: ArticleCase?
    }

    /// At scale 1: the county's published 283 solved requests, and a working queue.
    static let countyCounts: [(RequestState, Int)] = [
        (.closed, 275), (.resolved, 8),
        (.collected, 10), (.villageReview, 14), (.townshipReview, 14), (.needsInfo, 6),
        (.published, 18), (.assigned, 22), (.inProgress, 40),
        (.rejected, 9), (.withdrawn, 7), (.merged, 5),
    ]

    /// How long ago (in hours) an open request in `state` was collected: the further along,
    /// the older.
    static func ageRange(_ state: RequestState) -> ClosedRange<Int64> {
        switch state {
        case .collected: 1...48
        case .villageReview: 2...96
        case .townshipReview: 6...120
        case .needsInfo: 24...240
        case .published: 2...72
        case .assigned: 3...120
        case .inProgress: 12...500
        default: 24...240
        }
    }

    let entries: [Entry]

    /// The plan at `scale`: the county's own counts at 1; at N > 1, N × 20,000 requests with
    /// the open ones (7.6%) in the county's proportions and the rest mostly closed.
    init(scale: Int, now: Int64, random: inout SeededRandom) {
        var counts = Self.countyCounts
        if scale > 1 {
            let total = 20_000 * scale
            let openShare = 0.076
            let countyOpen = Self.countyCounts.filter { $0.0.isOpen }.reduce(0) { $0 + $1.1 }
            counts = Self.countyCounts.map { state, count in
                switch state {
                case _ where state.isOpen: (state, Int(Double(total) * openShare * Double(count) / Double(countyOpen)))
                case .resolved: (state, total * 4 / 1000)
                case .rejected: (state, total * 15 / 1000)
                case .withdrawn: (state, total * 10 / 1000)
                case .merged: (state, total * 5 / 1000)
                default: (state, 0)
                }
            }
            let assigned = counts.reduce(0) { $0 + $1.1 }
            counts = counts.map { $0.0 == .closed ? (.closed, total - assigned) : $0 }
        }

        let launch = PlanFacts.launch.unixSeconds
        let hour: Int64 = 3600
        var entries: [Entry] = []
        var remaining = Dictionary(uniqueKeysWithValues: counts)
        for story in ArticleCase.all {
            let created = story.collected(now: now)
            entries.append(Entry(created: created, state: story.state, story: story))
            remaining[story.state, default: 0] -= 1
        }
        for (state, _) in counts {
            for _ in 0..<max(0, remaining[state] ?? 0) {
                let created: Int64
                switch state {
                case .closed, .rejected, .withdrawn, .merged:
                    created = launch + random.int64(0...(now - launch - 20 * 24 * hour))
                case .resolved:
                    created = now - random.int64((4 * 24)...(20 * 24)) * hour
                default:
                    created = now - random.int64(Self.ageRange(state)) * hour + random.int64(0...(hour - 1))
                }
                entries.append(Entry(created: created, state: state, story: nil))
            }
        }
        self.entries = entries.sorted { $0.created < $1.created }
    }
}
