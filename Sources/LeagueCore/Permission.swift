/// What an operator's role lets them do: the one table every command and pane asks
/// (`OperatorRole.may`), written out in docs/deployment.md. Which step of a workflow a role
/// may take is the workflow's own table; this one gates whole commands and panes.
public enum Permission: String, CaseIterable, Codable, Sendable {
    /// See the county: lists, figures, reports (a township secretary: her township's requests).
    case read
    /// Act on help requests, as far as the request workflow lets the role.
    case actOnRequests
    /// Add and change cadres, communes, contact points, young people and pairings, and import them.
    case editRoster
    /// Post activities, plan service days, answer suggestions, form help squads.
    case organiseService
    /// Take, score and publish diaries.
    case reviewDiaries
    /// File surveys and import their answers.
    case fileSurveys
    /// See and export whole phone numbers.
    case seeFullPhones
    /// Add and disable operators, change deadlines and the rubric, back up the database.
    case administer
}

extension OperatorRole {
    /// The table: every role reads; the rest as the county office works.
    static let permissions: [OperatorRole: Set<Permission>] = [
        .admin: Set(Permission.allCases),
        .desk: [.read, .actOnRequests, .editRoster, .organiseService, .fileSurveys, .seeFullPhones],
        .townshipSecretary: [.read, .actOnRequests, .editRoster, .organiseService],
        .reviewer: [.read, .actOnRequests, .reviewDiaries],
        .readOnly: [.read],
    ]

    public func may(_ permission: Permission) -> Bool {
        Self.permissions[self]?.contains(permission) ?? false
    }

    /// The role as the desk shows it: 管理员, 受理, 点评, 乡镇书记, 只读.
    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<OperatorRole>(
        zh: [.admin: "管理员", .desk: "受理", .reviewer: "点评", .townshipSecretary: "乡镇书记", .readOnly: "只读"],
        en: [.admin: "admin", .desk: "desk", .reviewer: "reviewer", .townshipSecretary: "township secretary", .readOnly: "read-only"])
}

extension Permission {
    /// What the permission lets one do, as a person would say it: "change the roster".
    public func name(_ language: Language) -> String { Self.names.phrase(self, in: language) }

    static let names = PhraseBook<Permission>(
        zh: [.read: "查看数据", .actOnRequests: "办理求助", .editRoster: "修改花名册", .organiseService: "安排活动、志愿服务和意见建议",
             .reviewDiaries: "点评日记", .fileSurveys: "建测评、导入答卷", .seeFullPhones: "查看完整手机号", .administer: "管理账号、时限、评分标准和备份"],
        en: [.read: "read the county's data", .actOnRequests: "act on help requests", .editRoster: "change the roster",
             .organiseService: "organise activities, service days and suggestions", .reviewDiaries: "review diaries",
             .fileSurveys: "file surveys and import answers", .seeFullPhones: "see whole phone numbers",
             .administer: "manage accounts, deadlines, the rubric and backups"])
}
