import Foundation
import GRDB
import LeagueCore

extension CountyBuilder {
    /// The 915 Youth Rescue Project Group (915青年救援项目团), formed after Typhoon Meranti
    /// struck on 15 September 2016, with its seven help squads: six plans filed with the county,
    /// one returned for its member list and submitted again.
    func buildService() throws {
        var random = seed.fork(8)
        let launch = "2016-09-15"
        try db.execute(sql: "INSERT INTO volunteer_project (id, name, started_on, description) VALUES (1, ?, ?, ?)", arguments: [
            "915青年救援项目团", launch, "台风“莫兰蒂”过后，团县委组织青年志愿者分七个帮帮团参与救援和灾后重建。",
        ])
        let squads = [
            ("物资保障帮帮团", "罗阳镇", "收集、分发大米、饮用水和棉被，每日向受灾村报送一次需求。"),
            ("医疗救护帮帮团", "罗阳镇", "配合乡镇卫生院巡诊，登记行动不便的老人和病人。"),
            ("心理疏导帮帮团", "筱村镇", "到受灾家庭陪伴交谈，重点关注留守儿童和独居老人。"),
            ("清淤重建帮帮团", "三魁镇", "分片清理淤泥，协助修复农房和村道。"),
            ("交通运输帮帮团", "泗溪镇", "组织志愿车辆运送物资和转移群众。"),
            ("信息联络帮帮团", "司前畲族镇", "汇总各村灾情和求助信息，在青联圈发布并跟踪回应。"),
            ("农业生产恢复帮帮团", "三魁镇", "帮助受灾青年补种作物，联系农技站提供种苗和指导。"),
        ]
        let launchAt = CountyTime.parseInstant(launch)!.unixSeconds
        let filer = desk.first?.id
        for (index, squad) in squads.enumerated() {
            let id = Int64(index + 1)
            let township = townships.firstIndex { $0.entry.name == squad.1 }!
            let local = townships[township].cadres
            let leader = local.isEmpty ? nil : cadres[local[random.int(0...(local.count - 1))]].id
            let returned = index == 6
            try db.execute(sql: """
                INSERT INTO help_squad (id, project_id, name, township_id, leader_cadre_id, plan, plan_state, version)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, squad.0, townships[township].id, leader, squad.2, returned ? "submitted" : "filed", returned ? 4 : 3])
            for _ in 0..<random.int(4...9) {
                try db.execute(sql: "INSERT OR IGNORE INTO squad_member (squad_id, name) VALUES (?, ?)", arguments: [id, PersonNames.name(&random)])
            }
            var at = launchAt + Int64(index + 1) * 3600
            var steps = [("submit", "draft", "submitted", "")]
            if returned {
                steps += [("return", "submitted", "returned", "缺少成员名单和联系方式，请补充后再报。"), ("submit", "returned", "submitted", "")]
            } else {
                steps.append(("file", "submitted", "filed", ""))
            }
            for step in steps {
                try db.execute(sql: """
                    INSERT INTO squad_event (squad_id, at, operator_id, action, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, at, filer, step.0, step.1, step.2, step.3])
                at += 6 * 3600
            }
        }
    }

    /// The county's own example of ordering from the menu: "城乡学生手拉手" volunteers going
    /// into schools, which young people's replies turned into the "4:30 课堂" after-school class.
    func buildActivities() throws {
        var random = seed.fork(9)
        let posted = CountyTime.parseInstant("2017-03-01T10:00:00+08:00")!.unixSeconds
        try db.execute(sql: """
            INSERT INTO activity (id, title, township_id, draft, posted_at, outcome, changed_at) VALUES (1, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                "城乡学生手拉手", townships.first { $0.entry.name == "罗阳镇" }!.id,
                "组织青年志愿者进校园，与农村学校的学生结对，开展课外活动。请选出你最需要的服务。",
                posted, "改为“4:30 课堂”：放学后到家长下班前，志愿者在学校陪伴学生做作业、开展兴趣活动。", posted + 30 * 86400,
            ])
        let options = ["周末兴趣活动", "放学后作业辅导", "寒暑假夏令营", "一对一结对通信"]
        for (index, label) in options.enumerated() {
            try db.execute(sql: "INSERT INTO activity_option (activity_id, position, label) VALUES (1, ?, ?)", arguments: [index + 1, label])
        }
        let comments = ["孩子放学后没人管，希望有人辅导作业。", "家长下班晚，四点半到六点最需要有人照看。", "周末孩子要回家帮忙，来不了。"]
        for reply in 0..<86 {
            let option = [1, 2, 3, 4][random.weightedIndex([2, 9, 3, 1])]
            let comment = reply < comments.count ? comments[reply] : ""
            try db.execute(sql: """
                INSERT INTO activity_reply (activity_id, position, respondent, comment, replied_at) VALUES (1, ?, ?, ?, ?)
                """, arguments: [option, random.chance(0.3) ? PersonNames.name(&random) : "", comment,
                                 posted + random.int64(3600...(20 * 86400))])
        }
    }

    /// Plans for the coming service day in a few townships, with volunteers signed up.
    func buildServiceDayPlans() throws {
        var random = seed.fork(10)
        let day = day(ServiceDay.next(onOrAfter: Date(unixSeconds: now)).unixSeconds)
        let plans = [("罗阳镇", "东门社区敬老院打扫卫生、陪老人聊天"), ("三魁镇", "庵前村帮农户收晚稻"),
                     ("泗溪镇", "下洪村生姜田间采收和装箱"), ("筱村镇", "留守儿童作业辅导和手工课")]
        for (index, plan) in plans.enumerated() {
            let id = Int64(index + 1)
            try db.execute(sql: "INSERT INTO service_day_plan (id, day, township_id, plan) VALUES (?, ?, ?, ?)",
                           arguments: [id, day, townships.first { $0.entry.name == plan.0 }!.id, plan.1])
            for _ in 0..<random.int(3...12) {
                try db.execute(sql: "INSERT OR IGNORE INTO service_day_signup (plan_id, name) VALUES (?, ?)", arguments: [id, PersonNames.name(&random)])
            }
        }
    }
}
