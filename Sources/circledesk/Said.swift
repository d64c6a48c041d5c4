import LeagueCore

/// What the commands print when they are done, in both languages (the desk's phrases are
/// `Catalog`'s, the errors' `CLIError`'s).
enum Said: CaseIterable, Sendable {
    case databaseCreated, databaseSound, backedUp, backedUpSealed, demoWritten, demoWithoutPhotos, makingPDF
    case serviceDay, signedUp, replies, members
    case surveyPeriodic, surveyFollowUp, invited, surveyFiled
    case doubleReviews, rubricInUse, suggestionAnswered, operatorAdded, operatorDisabled
    case planRewritten, squadRecorded, reasonNeeded, actionDone, oneReviewer, twoReviewers, possibleDuplicates
    case answered, unansweredOverdue, unanswered, imported, fromSheet, dryRun, listening, listSeparator, migrated, upToDate, restored, internalError, folderOpen
    case photosAttached, photoWritten, keepLocation, dropLocation, photoLeftOut, photosImported, photosRestored, photosThere, talliesRecounted
    case waitingForFolder, someProgram

    static let book = PhraseBook<Said>(
        zh: [
            .databaseCreated: "已新建数据库 %@，管理员：%@", .databaseSound: "ok:%@ 完好", .backedUp: "已备份到 %@", .backedUpSealed: "已备份到 %@（记录校验值 %@）",
            .demoWritten: "示例县已生成：%@（规模 %d，%@ MB，用时 %@ 秒）",
            .demoWithoutPhotos: "示例县没有图片：%@", .makingPDF: "正在生成 PDF 并送往打印机…",
            .serviceDay: "志愿服务日", .signedUp: "报名 %d 人", .replies: "回复 %d", .members: "%d人",
            .surveyPeriodic: "测评", .surveyFollowUp: "回访", .invited: " / 邀请 %d", .surveyFiled: "已建测评 %d：%@",
            .doubleReviews: "已为 %d 篇日记安排双人点评。", .rubricInUse: "新的评分标准已启用：%@", .suggestionAnswered: "已答复 %@",
            .operatorAdded: "已添加 %@（%@）", .operatorDisabled: "已停用 %@",
            .planRewritten: "已改写 %@ 的方案", .squadRecorded: "已记录：%@ %@", .reasonNeeded: "%@ 需要 --reason。",
            .actionDone: "%@：%@（版本 %d）",
            .possibleDuplicates: "可能与这些求助重复：%@。确属重复，可用 circledesk request act %@ merge --into 编号 合并。",
            .oneReviewer: "%@ 的求助可由同一人完成村级和乡镇两级审核，处理记录会注明。", .twoReviewers: "%@ 的两级审核又须由两人分别作出。",
            .answered: "已答复", .unansweredOverdue: "超时未答复", .unanswered: "待答复",
            .imported: "%d 行（%@）：新增 %d，更新 %d，不变 %d", .fromSheet: "工作表“%@”", .dryRun: "试运行，未做改动。",
            .listening: "CircleDesk 服务已启动：%@，数据库 %@", .listSeparator: "、",
            .migrated: "%@ 已升级到本版本；升级前的文件保存在 %@", .upToDate: "%@ 已是本版本，无需升级。",
            .folderOpen: "注意：数据库所在的文件夹 %@ 别人也能进入；文件本身已是 0600，文件夹应为 0700（chmod 700，见 deployment.md）。",
            .internalError: "内部错误（%@）：程序遇到了意料之外的问题，详情已记入 %@。请把这一行告诉管理员。",
            .restored: "已用 %@ 恢复 %@；被替换的数据库保存在 %@。各表行数（恢复前 → 恢复后）：",
            .photosAttached: "%@：添加图片 %d 张（版本 %d）", .photoWritten: "图片 %d 已写到 %@（%@×%@ 像素）",
            .keepLocation: "今后导入的照片保留手机记下的拍摄位置。",
            .photoLeftOut: "图片“%@”没有收入：%@；日记照常导入", .photosImported: "图片：收入 %d 张，%d 张没有收入（见上）",
            .photosRestored: "图片：从备份取回 %d 张；仍缺文件的 %d 张（circledesk check 列出）",
            .photosThere: "%@ 已有这些图片，没有再添加。",
            .dropLocation: "今后导入的照片去掉手机记下的拍摄位置（默认）。",
            .talliesRecounted: "已按历史记录重新统计：%@",
            .waitingForFolder: "数据库所在的文件夹 %@ 正被另一个程序占用（%@）：它在建立或升级数据库，等它完成…",
            .someProgram: "不明程序",
        ],
        en: [
            .databaseCreated: "created %@; admin: %@", .databaseSound: "ok: %@ is sound", .backedUp: "backed up to %@", .backedUpSealed: "backed up to %@ (history seal %@)",
            .demoWritten: "sample county written to %@ (scale %d, %@ MB, %@ s)",
            .demoWithoutPhotos: "the sample county has no photos: %@", .makingPDF: "making the PDF and sending it to the printer…",
            .serviceDay: "service day", .signedUp: "%d signed up", .replies: "replies %d", .members: "%d members",
            .surveyPeriodic: "periodic", .surveyFollowUp: "follow-up", .invited: " / %d invited", .surveyFiled: "survey %d filed: %@",
            .doubleReviews: "%d diaries will be reviewed twice.", .rubricInUse: "the new rubric is in use: %@", .suggestionAnswered: "answered %@",
            .operatorAdded: "added %@ (%@)", .operatorDisabled: "disabled %@",
            .planRewritten: "plan of %@ rewritten", .squadRecorded: "recorded: %@ %@", .reasonNeeded: "%@ needs --reason",
            .actionDone: "%@: %@ (version %d)",
            .possibleDuplicates: "this may be the same as: %@; if so, circledesk request act %@ merge --into REF",
            .oneReviewer: "in %@ one person may now make both approvals; the history will say so", .twoReviewers: "in %@ the two approvals are two people's again",
            .answered: "answered", .unansweredOverdue: "overdue", .unanswered: "waiting",
            .imported: "%d rows (%@): %d added, %d updated, %d unchanged", .fromSheet: "sheet %@", .dryRun: "dry run, nothing changed: ",
            .listening: "CircleDesk server listening on %@, database %@", .listSeparator: ", ",
            .migrated: "%@ is up to this version; the file as it was is kept at %@", .upToDate: "%@ is up to date; nothing to do",
            .folderOpen: "note: others may enter the database's folder %@; the files are 0600, the folder should be 0700 (chmod 700; see deployment.md)",
            .internalError: "internal error (%@): something the program did not expect; the details are in %@. Please give this line to your admin.",
            .restored: "restored %@ over %@; the database it replaced is kept at %@. Rows (before → after):",
            .photosAttached: "%@: %d photo(s) added (version %d)", .photoWritten: "photo %d written to %@ (%@×%@ pixels)",
            .keepLocation: "photos taken in from now on keep the position their phone wrote in them",
            .photoLeftOut: "photo %@ not kept: %@; the diary is imported without it", .photosImported: "photos: %d kept, %d not (listed above)",
            .photosRestored: "photos: %d brought back from the backup; %d still without their files (circledesk check lists them)",
            .photosThere: "%@ has these photos already; nothing added",
            .dropLocation: "photos taken in from now on lose the position their phone wrote in them (the default)",
            .talliesRecounted: "counted again from the history: %@",
            .waitingForFolder: "the database's folder %@ is held by another program (%@), creating or upgrading the database; waiting for it to finish…",
            .someProgram: "unknown",
        ])
}

extension Language {
    /// `phrase` in this language, its holes filled with `values` in order.
    func say(_ phrase: Said, _ values: CustomStringConvertible...) -> String {
        Said.book.format(phrase, in: self, values)
    }
}
