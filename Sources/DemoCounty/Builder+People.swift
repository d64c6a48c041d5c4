import GRDB
import LeagueCore

extension CountyBuilder {
    /// 245 cadres per scale unit, in contact with 75,215 young people per scale unit, each
    /// reporting to one to three contact points of their township.
    func buildCadres() throws {
        var random = seed.fork(2)
        let count = PlanFacts.cadres * scale
        let launch = PlanFacts.launch.unixSeconds
        let insertCadre = try db.makeStatement(sql: """
            INSERT INTO cadre (id, name, name_pinyin, role, township_id, commune_id, phone, youth_in_contact, active, joined_on, left_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertPoint = try db.makeStatement(sql: "INSERT INTO cadre_contact_point (cadre_id, contact_point_id) VALUES (?, ?)")

        // Shares of the young people in contact, scaled to add up exactly.
        let shares = (0..<count).map { _ in 0.3 + random.unit() }
        let youthInContact = apportion(PlanFacts.youthInContact * scale, by: shares)

        for index in 0..<count {
            let id = Int64(index + 1)
            // The first cadre of 三魁镇 is the article's Zhang Chuanxiang of the youth commune.
            let isZhang = index == 0
            let township = isZhang ? townships.firstIndex { $0.entry.name == "三魁镇" }! : randomTownship(&random)
            let name = isZhang ? "张传相" : PersonNames.name(&random)
            let role: CadreRole = isZhang ? .leagueCadre : [.leagueCadre, .volunteer, .socialWorker][random.weightedIndex([6, 3, 1])]
            let communes = townships[township].communes
            let communeId = isZhang || random.chance(0.7) ? communes[isZhang ? 0 : random.int(0...(communes.count - 1))].id : nil
            let joined = index < PlanFacts.cadres * scale * 4 / 5
                ? launch + random.int64(0...(150 * 86400))
                : launch + random.int64(0...(now - launch - 90 * 86400))
            let left: Int64? = !isZhang && random.chance(0.05) ? joined + (now - joined) * Int64(random.int(30...90)) / 100 : nil
            var points: [Int64] = []
            for _ in 0..<random.int(1...3) {
                let point = random.pick(townships[township].contactPoints).id
                if !points.contains(point) { points.append(point) }
            }
            try insertCadre.execute(arguments: [
                id, name, Pinyin.searchKeys(name), role.rawValue, townships[township].id, communeId, uniqueMobile(&random),
                youthInContact[index], left == nil, day(joined), left.map(day),
            ])
            for point in points { try insertPoint.execute(arguments: [id, point]) }
            cadres.append(Cadre(
                id: id, name: name, township: township, communeId: communeId, joined: joined, left: left,
                contactPoints: points, diligence: 2.5 + 2 * random.unit()))
            townships[township].cadres.append(index)
        }
    }

    /// Pairing contact cards (结对联系卡) between cadres and young people in difficulty.
    func buildPairings() throws {
        var random = seed.fork(3)
        let kinds = ["elderly_support", "errands", "counselling", "mentoring"]
        let insert = try db.makeStatement(sql: """
            INSERT INTO pairing (id, card_number, cadre_id, young_person_id, kind, started_on, ended_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        var numberInYear: [Int: Int] = [:]
        let count = 180 * scale
        let launch = PlanFacts.launch.unixSeconds
        let starts = (0..<count).map { _ in launch + random.int64(0...(now - launch - 86400)) }.sorted()
        for (index, offset) in starts.enumerated() {
            let cadre = cadres[random.int(0...(cadres.count - 1))]
            let started = max(offset, cadre.joined)
            let year = year(started)
            numberInYear[year, default: 0] += 1
            let card = ReferenceCode(prefix: "JD", year: year, number: numberInYear[year]!)
            let person = try insertYoungPerson(
                township: cadre.township, contactPoint: cadre.contactPoints.first,
                bornAround: year - random.int(16...30), random: &random)
            let ended: Int64? = random.chance(0.2) ? started + (now - started) / 2 : nil
            try insert.execute(arguments: [
                Int64(index + 1), card.description, cadre.id, person, random.pick(kinds), day(started), ended.map(day),
            ])
        }
    }

    /// Splits `total` into whole parts in proportion to `shares`, adding up to `total` exactly.
    func apportion(_ total: Int, by shares: [Double]) -> [Int] {
        let sum = shares.reduce(0, +)
        var parts = shares.map { Int(Double(total) * $0 / sum) }
        var remainder = total - parts.reduce(0, +)
        var index = 0
        while remainder > 0 {
            parts[index % parts.count] += 1
            remainder -= 1
            index += 1
        }
        return parts
    }
}
