import GRDB
import LeagueCore

extension CountyBuilder {
    /// An event in a request's history, before it is written.
    fileprivate struct Event {
        let at: Int64
        let action: String
        let to: RequestState?
        var note = ""
    }

    /// The steps a request takes through review, publication and work, in order.
    private static let mainPath: [(action: String, to: RequestState)] = [
        ("submit", .villageReview), ("village_approve", .townshipReview), ("township_approve", .published),
        ("assign", .assigned), ("start", .inProgress), ("resolve", .resolved), ("close", .closed),
    ]

    /// Every help request with its whole event history, collected by a cadre of its
    /// township and, once published, worked on by a cadre or a youth commune there.
    func buildRequests() throws {
        var random = seed.fork(4)
        let plan = RequestPlan(scale: scale, now: now, random: &random)
        let insertRequest = try db.makeStatement(sql: """
            INSERT INTO help_request (
              id, ref, title, body, category_id, urgency, township_id, contact_point_id, requester_id,
              collector_id, source, state, assignee_cadre_id, assignee_commune_id, created_at, updated_at,
              first_contact_due, first_contact_at, resolution_due, resolved_at, closed_at, resolution,
              escalated_at, merged_into_id, sla_paused_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO request_event (request_id, at, operator_id, actor, action, from_state, to_state, note, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let categoryWeights = RequestStories.categoryWeights.map(\.weight)
        var numberInYear: [Int: Int] = [:]
        var refs: [String] = []
        refs.reserveCapacity(plan.entries.count)

        for (index, entry) in plan.entries.enumerated() {
            let id = Int64(index + 1)
            let story = entry.story
            let township = story.map { s in townships.firstIndex { $0.entry.name == s.township }! } ?? randomTownship(&random)
            let places = townships[township].contactPoints
            let point = story.flatMap { s in places.first { $0.name == s.village } } ?? random.pick(places)
            let category = story?.category ?? RequestStories.categoryWeights[random.weightedIndex(categoryWeights)].code
            let urgency = story?.urgency ?? Self.urgency(for: category, &random)
            let created = entry.created
            let year = year(created)
            numberInYear[year, default: 0] += 1
            let ref = ReferenceCode(year: year, number: numberInYear[year]!).description
            refs.append(ref)
            let age = random.int(18...35)
            let told = story.map { ($0.title, $0.body) }
                ?? RequestStories.story(category: category, place: .init(township: townships[township].entry.name, village: point.name), age: age, random: &random)
            let requester = try insertYoungPerson(township: township, contactPoint: point.id, bornAround: year - age, random: &random)
            let localCadres = townships[township].cadres
            let collector = story?.township == "三魁镇" ? cadres[0] : cadres[random.pick(localCadres)]
            let source = story != nil ? RequestSource.moments : [.moments, .phone, .visit, .commune][random.weightedIndex([6, 1.5, 1.5, 1])]

            var events = timeline(for: entry.state, created: created, urgency: urgency, random: &random)
            let reached = Set(events.compactMap(\.to))
            var assigneeCadre: Int64? = nil
            var assigneeCommune: Int64? = nil
            var assigneeName = ""
            if reached.contains(.assigned) {
                if story?.township == "三魁镇" || random.chance(0.7) {
                    let cadre = story?.township == "三魁镇" ? cadres[0] : cadres[random.pick(localCadres)]
                    assigneeCadre = cadre.id
                    assigneeName = cadre.name
                } else {
                    let commune = random.pick(townships[township].communes)
                    assigneeCommune = commune.id
                    assigneeName = commune.name
                }
            }
            let resolution = reached.contains(.resolved)
                ? story?.resolution ?? RequestStories.resolution(category: category, random: &random) : nil
            if let resolution, let index = events.firstIndex(where: { $0.to == .resolved }) {
                events[index].note = resolution
            }
            if story?.township == "三魁镇", let contact = events.firstIndex(where: { $0.action == "contact" }),
               let resolved = events.first(where: { $0.to == .resolved })?.at {
                // The article: reached over WeChat at once, then visited twice.
                let contactAt = events[contact].at
                events[contact].note = "通过微信联系，鼓励他勇敢面对、尽早恢复生产生活。"
                events.insertInOrder(Event(at: contactAt + (resolved - contactAt) / 3, action: "note", to: nil, note: "第一次上门看望。"))
                events.insertInOrder(Event(at: contactAt + (resolved - contactAt) * 2 / 3, action: "note", to: nil, note: "第二次上门看望，送上米、油和慰问金。"))
            }
            let mergedInto: Int64? = entry.state == .merged && id > 1 ? id - Int64(random.int(1...min(50, index))) : nil
            if let mergedInto, let merge = events.firstIndex(where: { $0.action == "merge" }) {
                events[merge].note = "与 \(refs[Int(mergedInto) - 1]) 重复，已合并。"
            }

            let firstContactDue = created + urgency.firstContactAllowance.wholeSeconds
            let resolutionDue = created + urgency.resolutionAllowance.wholeSeconds
            let contactAt = events.first { $0.action == "contact" }?.at
            let resolvedAt = events.first { $0.to == .resolved }?.at
            let closedAt = events.first { $0.to == .closed }?.at
            let pausedAt = entry.state == .needsInfo ? events.last?.at : nil
            let escalatedAt: Int64? = entry.state.isOpen && now > resolutionDue + 3600 && random.chance(0.5)
                ? resolutionDue + 3600 : nil
            if let escalatedAt {
                events.insertInOrder(Event(at: escalatedAt, action: "escalate", to: nil, note: "超过办结时限，升级至团县委督办。"))
            }

            try insertRequest.execute(arguments: [
                id, ref, told.0, told.1, categoryIds[category]!, urgency.rawValue, townships[township].id, point.id,
                requester, collector.id, source.rawValue, entry.state.rawValue, assigneeCadre, assigneeCommune,
                created, events.map(\.at).max()!, firstContactDue, contactAt, resolutionDue, resolvedAt, closedAt,
                resolution, escalatedAt, mergedInto, pausedAt, events.count,
            ])

            var state: RequestState? = nil
            for event in events {
                let (operatorId, actor) = self.actor(
                    of: event.action, collector: collector.name, assignee: assigneeName,
                    township: townships[township].entry.name, village: point.name, random: &random)
                let data: String? = switch event.action {
                case "assign": assigneeCadre.map { "{\"cadre_id\":\($0)}" } ?? assigneeCommune.map { "{\"commune_id\":\($0)}" }
                case "merge": mergedInto.map { "{\"into\":\"\(refs[Int($0) - 1])\"}" }
                default: nil
                }
                try insertEvent.execute(arguments: [
                    id, event.at, operatorId, actor, event.action, state?.rawValue, (event.to ?? state)?.rawValue,
                    event.note, data,
                ])
                state = event.to ?? state
            }
        }
    }

    private static func urgency(for category: String, _ random: inout SeededRandom) -> Urgency {
        let weights: [Double] = switch category {
        case "health": [3, 4, 3]
        case "assistance": [5, 3.5, 1.5]
        case "psychology": [5, 4, 1]
        default: [7.7, 2, 0.3]
        }
        return [.normal, .high, .urgent][random.weightedIndex(weights)]
    }

    /// The events that brought a request collected at `created` to `state`, with times
    /// that fit before now, and a first contact with the requester where one was made.
    private func timeline(for state: RequestState, created: Int64, urgency: Urgency, random: inout SeededRandom) -> [Event] {
        let hour: Int64 = 3600
        var steps: [(action: String, to: RequestState)]
        switch state {
        case .needsInfo, .rejected:
            let reviewer = random.chance(0.6) ? 1 : 2
            steps = Array(Self.mainPath.prefix(reviewer)) + [(state == .needsInfo ? "return" : "reject", state)]
        case .withdrawn:
            steps = Array(Self.mainPath.prefix(random.chance(0.5) ? 3 : 4)) + [("withdraw", .withdrawn)]
        case .merged:
            steps = Array(Self.mainPath.prefix(3)) + [("merge", .merged)]
        default:
            let reach = state == .collected ? 0 : Self.mainPath.firstIndex { $0.to == state }! + 1
            steps = Array(Self.mainPath.prefix(reach))
        }

        // When the last step happened: solved requests take about their allowance,
        // others stop somewhere before now.
        let allowance = urgency.resolutionAllowance.wholeSeconds
        var end: Int64
        var closedAt: Int64? = nil
        switch state {
        case .closed, .resolved:
            end = created + Int64(Double(allowance) * (0.2 + random.unit()))
            end = min(end, now - hour)
            if state == .closed {
                closedAt = min(now - 60, end + random.int64((24 * hour)...(5 * 24 * hour)))
                steps.removeLast()
            }
        case .rejected, .withdrawn, .merged:
            end = min(now - hour, created + random.int64((6 * hour)...(10 * 24 * hour)))
        default:
            end = created + Int64(Double(now - created) * (0.3 + 0.65 * random.unit()))
        }

        var events = [Event(at: created, action: "collect", to: .collected)]
        let weights = steps.map { _ in 0.2 + random.unit() }
        let total = weights.reduce(0, +)
        var elapsed = 0.0
        for (step, weight) in zip(steps, weights) {
            elapsed += weight
            let at = created + max(60, Int64(Double(end - created) * elapsed / total))
            events.append(Event(at: max(at, events.last!.at + 60), action: step.action, to: step.to))
        }
        if let closedAt {
            events.append(Event(at: max(closedAt, events.last!.at + 60), action: "close", to: .closed, note: "回访满意。"))
        }

        // Why it stopped where it did.
        if state == .needsInfo || state == .rejected {
            events[events.count - 1].note = state == .needsInfo ? "请补充求助人联系方式和具体情况。" : "不属于青年服务范围，已转交相关部门。"
        }
        if state == .withdrawn { events[events.count - 1].note = "求助人表示问题已自行解决。" }

        // The first contact: the one-hour circle is kept most of the time.
        let reachedWork = events.contains { $0.to == .assigned }
        if reachedWork || random.chance(0.4), !events.contains(where: { $0.to == .rejected }) {
            let firstContact = urgency.firstContactAllowance.wholeSeconds
            var contact = created + Int64(Double(firstContact) * (0.05 + 1.25 * random.unit()))
            if let start = events.first(where: { $0.to == .inProgress })?.at { contact = min(contact, start - 1) }
            if contact < now, contact > created {
                events.insertInOrder(Event(at: contact, action: "contact", to: nil))
            }
        }
        return events
    }

    /// Who took an action: reviewers are the village branch and the township committee,
    /// the county desk publishes, assigns and closes, the assignee does the work.
    private func actor(
        of action: String, collector: String, assignee: String, township: String, village: String,
        random: inout SeededRandom
    ) -> (Int64?, String) {
        switch action {
        case "collect", "submit": return (nil, collector)
        case "village_approve": return (nil, "\(village)团支部")
        case "township_approve": return (nil, "\(township)团委")
        case "return", "reject": return (nil, "\(township)团委")
        case "contact", "start", "resolve", "note": return (nil, assignee.isEmpty ? collector : assignee)
        default:
            let staff = desk[random.int(0...(desk.count - 1))]
            return (staff.id, staff.name)
        }
    }
}

extension Array where Element == CountyBuilder.Event {
    /// Inserts `event` after every event that happened before or at the same time.
    fileprivate mutating func insertInOrder(_ event: Element) {
        insert(event, at: firstIndex { $0.at > event.at } ?? endIndex)
    }
}
