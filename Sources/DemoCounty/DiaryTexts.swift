/// What cadres write in their work diaries, and what reviewers answer.
enum DiaryTexts {
    private static let findings = [
        "了解到两名青年有创业意向", "有一户困难家庭需要帮扶", "几位留守青年希望参加技能培训",
        "村里青年反映缺少活动场地", "一名高三学生压力较大", "返乡青年想学电商", "结对的独居老人身体尚好",
    ]
    private static let tasks = [
        "协助填写创业贷款申请表", "帮结对老人代办医保缴费", "整理青年需求清单报乡镇团委",
        "和村团支部书记商量下月志愿服务日安排", "给学生讲解志愿服务", "走访两户困难青年家庭",
    ]
    private static let reflections = [
        "面对面聊比朋友圈里更能听到真话。", "青年的需求很具体，回应要快。", "下次要带上政策材料，当场答复。",
        "结对帮扶贵在坚持，每月都要去看看。", "很多事情不难办，难的是有人去问一问。", "",
    ]
    private static let reviewComments = [
        "走访扎实，信息收集全面。", "实事办得好，建议跟进后续。", "心得体会可以再具体一些。",
        "请补充现场照片。", "需求清单要及时报送。", "",
    ]

    static func workLog(place: String, youth: Int, random: inout SeededRandom) -> String {
        "到\(place)报到，走访青年\(youth)名，\(random.pick(findings))。\(random.pick(tasks))。"
    }

    static func reflection(_ random: inout SeededRandom) -> String { random.pick(reflections) }

    static func reviewComment(_ random: inout SeededRandom) -> String { random.pick(reviewComments) }

    static let groupReplies = ["谢谢团干部，点赞！", "上次说的培训什么时候开始？", "希望多来我们村看看。"]
    static let cadreReplies = ["收到，下周再来。", "培训下月初开始，会在群里通知。", "谢谢大家支持。"]
}
