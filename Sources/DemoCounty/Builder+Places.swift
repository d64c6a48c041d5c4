import GRDB
import LeagueCore

extension CountyBuilder {
    /// The 19 townships, their villages, communities and schools, the 63 youth communes
    /// (one in every township, the rest where people are), and the categories' ids.
    func buildPlaces() throws {
        var random = seed.fork(1)
        for (index, entry) in Gazetteer.townships.enumerated() {
            let id = Int64(index + 1)
            try db.execute(
                sql: "INSERT INTO township (id, name, name_en, kind, position) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, entry.name, entry.nameEn, entry.kind, index])
            townships.append(Township(id: id, entry: entry))
        }

        var pointId: Int64 = 0
        for index in townships.indices {
            let entry = townships[index].entry
            let short = Gazetteer.shortName(entry.name)
            var names = entry.knownPlaces
            let villages = Int(entry.weight * 3) + random.int(2...4)
            while names.count < villages + entry.knownPlaces.count {
                let name = Gazetteer.villageName(&random)
                if !names.contains(name) { names.append(name) }
            }
            for school in ["\(short)小学", "\(short)中学"] where !names.contains(school) {
                if school.hasSuffix("小学") || entry.weight >= 2 { names.append(school) }
            }
            for name in names {
                pointId += 1
                let kind: ContactPointKind =
                    name.hasSuffix("学") ? .school : name.hasSuffix("社区") ? .community : .village
                try db.execute(
                    sql: "INSERT INTO contact_point (id, township_id, name, kind) VALUES (?, ?, ?, ?)",
                    arguments: [pointId, townships[index].id, name, kind.rawValue])
                townships[index].contactPoints.append((pointId, name))
            }
        }

        // Every township has one commune; the other 44 go where the weight is.
        var communesPerTownship = Array(repeating: 1, count: townships.count)
        let weights = townships.map(\.entry.weight)
        for _ in 0..<(PlanFacts.communes - townships.count) {
            communesPerTownship[random.weightedIndex(weights)] += 1
        }
        var communeId: Int64 = 0
        for index in townships.indices {
            let entry = townships[index].entry
            let villages = townships[index].contactPoints.filter { !$0.name.hasSuffix("学") }
            for number in 0..<communesPerTownship[index] {
                communeId += 1
                let name = number == 0
                    ? "\(entry.name)青公社"
                    : "\(entry.name)\(villages[(number - 1) % villages.count].name)青公社\(number > villages.count ? "\(number)" : "")"
                try db.execute(
                    sql: "INSERT INTO commune (id, township_id, name, address) VALUES (?, ?, ?, ?)",
                    arguments: [communeId, townships[index].id, name, "\(entry.name)\(villages[number % villages.count].name)"])
                townships[index].communes.append((communeId, name))
            }
        }

        for row in try Row.fetchAll(db, sql: "SELECT id, code FROM category") {
            categoryIds[row["code"]] = row["id"]
        }
    }

    /// The creator of the database as admin, and the county office's staff.
    func buildOperators() throws {
        let staff: [(login: String, name: String, role: OperatorRole, township: String?)] = [
            (options.creatorLogin, options.creatorLogin, .admin, nil),
            ("wangmin", "王敏", .desk, nil),
            ("zhoujie", "周杰", .desk, nil),
            ("chenjing", "陈静", .reviewer, nil),
            ("linxiao", "林晓", .reviewer, nil),
            ("leihong", "雷红", .reviewer, nil),
            ("wuhao", "吴浩", .townshipSecretary, "罗阳镇"),
            ("jiqing", "季青", .readOnly, nil),
        ]
        var seen: Set<String> = []
        for (index, member) in staff.enumerated() where seen.insert(member.login).inserted {
            let id = Int64(index + 1)
            let township = member.township.flatMap { name in townships.first { $0.entry.name == name }?.id }
            try db.execute(
                sql: """
                    INSERT INTO operator (id, login, name, role, township_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, member.login, member.name, member.role.rawValue, township, PlanFacts.launch.unixSeconds])
            if member.role == .desk { desk.append(Staff(id: id, name: member.name)) }
            if member.role == .reviewer { reviewers.append(Staff(id: id, name: member.name)) }
        }
    }
}
