/// Titles and bodies of help requests, in the words cadres use when they pass on what
/// they saw in their Moments.
enum RequestStories {
    /// Category codes with how often each comes up.
    static let categoryWeights: [(code: String, weight: Double)] = [
        ("volunteer", 10), ("entrepreneurship", 18), ("dating", 7), ("health", 10),
        ("psychology", 8), ("assistance", 22), ("employment", 20), ("other", 5),
    ]

    struct Place {
        let township: String
        let village: String
    }

    private static let crops = ["生姜", "猕猴桃", "杨梅", "高山茶叶", "番薯粉", "土蜂蜜", "香菇", "毛竹笋", "红心李", "油茶籽"]
    private static let majors = ["会计", "护理", "电子商务", "计算机", "学前教育", "机电一体化", "旅游管理", "市场营销"]
    private static let illnesses = ["白血病", "尿毒症", "重度烧伤", "先天性心脏病", "车祸重伤"]

    /// A title and a body for a request of `category` from `place`.
    static func story(category: String, place: Place, age: Int, random: inout SeededRandom) -> (title: String, body: String) {
        let village = place.village
        switch category {
        case "entrepreneurship":
            let crop = random.pick(crops)
            let amount = random.pick(["三千斤", "五千斤", "八千斤", "上万斤", "两万斤"])
            return random.pick([
                ("\(amount)\(crop)滞销，求销售渠道", "\(village)一务农青年今年种的\(amount)\(crop)卖不出去，眼看要烂在地里，希望大家帮忙转发，牵线收购商或电商平台。"),
                ("返乡青年开网店卖\(crop)，求电商培训", "\(age)岁返乡青年在\(village)开了网店卖\(crop)，缺少拍照、直播和运营经验，想参加电商培训。"),
                ("创业贷款咨询：想办\(crop)加工作坊", "\(village)青年计划办一个\(crop)加工作坊，不清楚创业担保贷款怎么申请，需要哪些材料。"),
            ])
        case "employment":
            let major = random.pick(majors)
            let gender = random.pick(["女", "男"])
            return random.pick([
                ("\(age)岁\(major)专业毕业生求职", "本人今年\(age)岁，\(gender)，\(major)专业毕业，想在\(place.township)或县城附近找一份工作，能吃苦，求推荐。"),
                ("残疾青年求一份能在家做的工作", "\(village)一名\(age)岁的残疾青年行动不便，会用电脑，希望找一份可以在家完成的工作。"),
                ("退伍青年求职，有驾照", "\(village)退伍青年，\(age)岁，持B2驾照，想找运输或安保方面的工作。"),
            ])
        case "health":
            let illness = random.pick(illnesses)
            return random.pick([
                ("孤儿确诊\(illness)，请大家接力帮助", "\(village)一名孤儿确诊\(illness)，医药费缺口很大，需要你的帮助，请大家接力转发，为他筹款。"),
                ("青年患\(illness)，家庭陷入困境", "\(village)\(age)岁青年患\(illness)，家里是低保户，治疗费用负担不起，求助大病救助和社会捐助渠道。"),
                ("求联系县医院专家门诊", "\(village)一位年轻妈妈孩子反复高烧，想尽快挂上县医院儿科专家号。"),
            ])
        case "psychology":
            return random.pick([
                ("高三学生考前焦虑，家长求助", "\(village)一名高三学生最近失眠、不愿上学，家长很着急，希望有心理老师能和孩子聊一聊。"),
                ("留守青年情绪低落，求心理疏导", "\(village)\(age)岁青年父母长期在外，最近在朋友圈发了很多消极的话，希望有人陪他聊聊。"),
                ("失业后压力大，想找人倾诉", "\(age)岁青年工厂倒闭后一直没找到工作，压力很大，想找心理辅导。"),
            ])
        case "dating":
            return random.pick([
                ("七夕交友活动报名咨询", "\(village)几位大龄青年想报名参加团县委的七夕青年交友活动，询问报名时间和条件。"),
                ("大龄青年求介绍对象", "\(age)岁青年在\(place.township)工作，性格老实，家里很着急，希望参加联谊活动。"),
            ])
        case "volunteer":
            return random.pick([
                ("想加入志愿服务队", "\(village)\(age)岁青年想加入团员志愿服务队，每月最后一个星期日可以参加服务。"),
                ("村里老人需要志愿者帮忙代办", "\(village)有几位独居老人行动不便，需要志愿者帮忙代办医保、买药等事务（青春代办）。"),
                ("暑期支教志愿者招募", "\(village)小学暑假想办一个4:30课堂，需要大学生志愿者来辅导功课。"),
            ])
        case "assistance":
            return random.pick([
                ("台风过后稻田受灾，生活困难", "受台风影响，\(village)务农青年家里几亩水稻颗粒无收，存下的陈粮也全部被大水冲走，生活困难。"),
                ("困难家庭孩子上学缺学费", "\(village)一户困难家庭，孩子考上大学但学费没有着落，求助助学金渠道。"),
                ("房屋漏雨，求帮忙修缮", "\(village)青年家中老房屋顶破损，一下雨就漏，自己无力修缮，求助。"),
                ("独居老人冬季缺棉被", "\(village)几位结对的独居老人家里缺冬衣棉被，希望大家捐助。"),
            ])
        default:
            return random.pick([
                ("村里路灯坏了很久，求协调", "\(village)村口一段路的路灯坏了好几个月，晚上青年下班回家不安全，希望帮忙协调修好。"),
                ("想办青年篮球赛，求场地", "\(village)青年想组织一场篮球赛，需要借用学校场地。"),
            ])
        }
    }

    /// What the cadre did, as written when the request is resolved.
    static func resolution(category: String, random: inout SeededRandom) -> String {
        switch category {
        case "entrepreneurship":
            random.pick(["联系县电商中心和两家收购商，已全部售出。", "安排参加青年电商培训班，已开始直播销售。", "协助办理创业担保贷款，已放款。"])
        case "employment":
            random.pick(["推荐到县城一家企业面试，已录用。", "参加青年专场招聘会，已签约。", "对接居家就业岗位，已上岗。"])
        case "health":
            random.pick(["发起网络接力筹款并对接大病救助，已筹得医药费。", "协调医院绿色通道，已住院治疗。"])
        case "psychology":
            random.pick(["安排心理辅导老师三次上门谈心，情绪已好转。", "结对志愿者每周联系，已恢复正常学习生活。"])
        case "assistance":
            random.pick(["两次上门看望，送上米、油和慰问金。", "联系青公社志愿者上门修缮，已完工。", "对接助学金，已发放。"])
        default:
            random.pick(["已协调有关部门解决。", "已落实，青年表示满意。"])
        }
    }
}
