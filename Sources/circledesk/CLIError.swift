import Foundation
import LeagueCore
import Reports
import Store
import DemoCounty
import Served
import TerminalKit
import Workflow

/// Mistakes on the command line that a user can fix.
enum CLIError: Error {
    case badOption(name: String, value: String, expected: String)
    /// A name that fits several townships or cadres: they are listed to choose from.
    case ambiguous(option: String, value: String, candidates: [String])
    case unknownCadre(option: String, value: String)
    case unknownLogin(login: String, path: String)
    case problemsFound(path: String, count: Int)
    case notATerminal
    /// A PDF would be written to the terminal.
    case pdfToTerminal
    case workbookToTerminal
    /// `photo get` without -o on a terminal.
    case binaryToTerminal
    /// A photo whose file is gone from the photo folder (restored without it, or removed).
    case photoFileMissing(Int64, String)
    case asNotAllowed(login: String)
    case noSuchRequest(String)
    case unreadable(path: String)
    case importRefused(path: String, count: Int)
    /// A phone form's export (zip or folder) that cannot be imported.
    case badArchive(DiaryArchive.Problem, path: String)
    /// Files given as photos that were not kept (each said above).
    case photosRefused(count: Int)
    case noSuchPhoto(Int64)
    case noSuchCard(String)
    /// `--week` after the week now is in: nothing has happened in it yet.
    case weekNotBegun(week: CountyWeek, current: CountyWeek)
    /// `card --town` of a township with no pairing going on, or of no township.
    case noCardsInTownship(String)
    case noSuchTownshipForCards(String)
    /// A sheet of cards asked for as text.
    case sheetIsHTML
    /// `card` with neither a number nor --town, or with both.
    case cardOrTown
    /// `request edit` with nothing to correct.
    case nothingToEdit
    case badRubricFile(path: String, detail: String)
    case badSurveyFile(path: String, detail: String)
    case badConfig(path: String, line: Int, text: String)
    /// A server asked for a file the command line did not name.
    case fileNotNamed(path: String)
    /// `restore` while the server runs.
    case serverRunning(socket: String)
    /// `backup` with no folder named and none in the settings.
    case noBackupFolder
    /// `init` or `demo` where the county is served, with no file named.
    case countyIsServed(socket: String)
    /// `--now` with a change to a real county.
    case clockNotForRecording(path: String)
    /// The operator's role does not allow what the command does.
    case notAllowed(Operator, Permission)
    /// What went wrong on the caller's side of a command the server ran, as said there.
    case callerSide(String)
}

/// An error whose message a user can act on; the program exits 1 with it.
protocol UserFacingError: Error {
    func message(_ language: Language) -> String
}

extension StoreError: UserFacingError {}

extension PrintingError: UserFacingError {}

extension IntakeError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.empty(field), .zh): "--\(field) 不能为空。"
        case let (.empty(field), .en): "--\(field) must not be empty"
        case let (.unknown(field, value), .zh): "--\(field)：没有“\(value)”。"
        case let (.unknown(field, value), .en): "--\(field): no \"\(value)\""
        case let (.notMobile(value), .zh): "--requester-phone 的值“\(value)”不是大陆手机号（11 位，1 开头）。"
        case let (.notMobile(value), .en): "--requester-phone \"\(value)\" is not a mainland mobile number (11 digits, starting with 1)"
        }
    }
}

extension EditError: UserFacingError {
    func message(_ language: Language) -> String {
        let option = { (field: RequestField) in field == .township ? "--town" : "--\(field.rawValue)" }
        return switch (self, language) {
        case let (.empty(field), .zh): "\(option(field)) 不能为空。"
        case let (.empty(field), .en): "\(option(field)) must not be empty"
        case let (.unknown(field, value), .zh): "\(option(field))：没有“\(value)”。"
        case let (.unknown(field, value), .en): "\(option(field)): no \"\(value)\""
        case (.nothingChanged, .zh): "和原来一样，没有改动。"
        case (.nothingChanged, .en): "that is what it was: nothing changed"
        case (.townshipBySecretary, .zh): "改到别的乡镇请县团委受理人员办理。"
        case (.townshipBySecretary, .en): "moving a request to another township is the county desk's"
        }
    }
}

extension TransitionError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.noSuchRequest(id), .zh): "没有这条求助（\(id)）。"
        case let (.noSuchRequest(id), .en): "no such request (\(id))"
        case let (.changedMeanwhile(by, at, state, _), .zh):
            "已被 \(by) 于 \(CountyTime.dayString(Date(unixSeconds: at))) 修改，现为 \(state.rawValue)；请重新查看后再操作。"
        case let (.changedMeanwhile(by, at, state, _), .en):
            "changed by \(by) on \(CountyTime.dayString(Date(unixSeconds: at))), now \(state.rawValue); look again and retry"
        case let (.noSuchTarget(ref), .zh): "没有编号为 \(ref) 的其他求助。"
        case let (.noSuchTarget(ref), .en): "no other request \(ref)"
        case (.sameReviewer, .zh): "村级审核是你本人通过的；乡镇审核须由另一位同事作出（管理员可用 circledesk operator one-reviewer 为只有一位书记的乡镇放宽）。"
        case (.sameReviewer, .en): "you passed the village review yourself; the township review must be a colleague's (an admin may allow one person for a township with one secretary: circledesk operator one-reviewer)"
        case let (.refused(error), _): error.message(language)
        }
    }
}

extension WorkflowError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.unknownAction(action), .zh): "没有“\(action)”这个操作（见 docs/workflows.md）。"
        case let (.unknownAction(action), .en): "no action \(action) (see docs/workflows.md)"
        case let (.notFromState(action, state), .zh): "状态 \(state) 不能执行 \(action)。"
        case let (.notFromState(action, state), .en): "\(action) is not possible from \(state)"
        case let (.finished(state), .zh): "这条求助已结束（\(state)）。"
        case let (.finished(state), .en): "this request has ended (\(state))"
        case let (.roleMayNot(action, role), .zh): "\(role.rawValue) 不能执行 \(action)。"
        case let (.roleMayNot(action, role), .en): "a \(role.rawValue) may not \(action)"
        case (.otherTownship, .zh): "只能办理本乡镇的求助。"
        case (.otherTownship, .en): "you work on your own township's requests only"
        case let (.missing(action, requirements), .zh): "\(action) 需要 \(Self.options(requirements))。"
        case let (.missing(action, requirements), .en): "\(action) needs \(Self.options(requirements))"
        }
    }

    /// The command-line options that give what an action needs.
    private static func options(_ requirements: [Requirement]) -> String {
        requirements.map { [.assignee: "--assignee", .target: "--into", .channel: "--channel phone|wechat|visit"][$0] ?? "--note" }
            .joined(separator: " ")
    }
}

extension OperatorError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.notAnAdmin(login), .zh): "只有管理员可以这样做；\(login) 不是管理员。"
        case let (.notAnAdmin(login), .en): "only admins may do that; \(login) is not one"
        case let (.loginTaken(login), .zh): "登录名 \(login) 已有账号。"
        case let (.loginTaken(login), .en): "the login \(login) already has an account"
        case let (.noSuchLogin(login), .zh): "没有登录名为 \(login) 的账号。"
        case let (.noSuchLogin(login), .en): "no account has the login \(login)"
        case let (.noSuchTownship(name), .zh): "没有乡镇“\(name)”。"
        case let (.noSuchTownship(name), .en): "no township called \(name)"
        case (.townshipMismatch(.townshipSecretary), .zh): "乡镇书记须用 --township 指定乡镇。"
        case (.townshipMismatch(.townshipSecretary), .en): "a township secretary needs --township"
        case (.townshipMismatch, .zh): "只有乡镇书记才有 --township。"
        case (.townshipMismatch, .en): "only township secretaries take --township"
        case (.lastAdmin, .zh): "不能停用最后一位管理员。"
        case (.lastAdmin, .en): "the last active admin cannot be disabled"
        }
    }
}
extension DemoError: UserFacingError {}

extension ServedError: UserFacingError {}

extension SocketError: UserFacingError {}

extension CLIError: UserFacingError {
    /// The roles the table allows `permission`, as people name them.
    private static func roles(_ permission: Permission, _ language: Language) -> String {
        OperatorRole.allCases.filter { $0.may(permission) }.map { $0.name(language) }.joined(separator: language.say(.listSeparator))
    }

    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.clockNotForRecording(path), .zh):
            "--now（或 $CIRCLEDESK_NOW）只用于查看：\(path) 不是示例县，它记录的时间一律取自系统时钟。要记录，请去掉 --now 再试。"
        case let (.clockNotForRecording(path), .en):
            "--now (or $CIRCLEDESK_NOW) is for reading only: \(path) is not the sample county, and what it records is dated by the system clock; leave --now out to record"
        case let (.badOption(name, value, expected), .zh):
            "\(name) 的值“\(value)”无法识别，应为：\(expected)"
        case let (.badOption(name, value, expected), .en):
            "\(name) \"\(value)\" is not understood; expected \(expected)"
        case let (.ambiguous(option, value, candidates), .zh):
            "\(option) 的值“\(value)”可指不止一个：\(candidates.joined(separator: "、"))。请写得更完整。"
        case let (.ambiguous(option, value, candidates), .en):
            "\(option) \"\(value)\" fits more than one: \(candidates.joined(separator: ", ")); write more of the name"
        case let (.unknownCadre(option, value), .zh):
            "\(option) 的值“\(value)”找不到相符的团干部；请写姓名、拼音首字母（如 zcx）或手机号。"
        case let (.unknownCadre(option, value), .en):
            "\(option) \"\(value)\" fits no cadre; give a name, pinyin initials (zcx) or a phone number"
        case let (.unknownLogin(login, path), .zh):
            "登录名 \(login) 不是 \(path) 的操作员，没有任何权限。请管理员为你添加账号。"
        case let (.unknownLogin(login, path), .en):
            "the login \(login) is not an operator of \(path) and has no rights; ask an admin to add you"
        case let (.problemsFound(path, count), .zh):
            "\(path) 发现 \(count) 处问题（见上）。"
        case let (.problemsFound(path, count), .en):
            "\(path) has \(count) problem(s), listed above"
        case (.notATerminal, .zh):
            "工作台需要在终端里运行；脚本请用 circledesk stats 等子命令。"
        case (.notATerminal, .en):
            "the desk needs a terminal; scripts can use subcommands such as `circledesk stats`"
        case (.binaryToTerminal, .zh): "图片不能显示在终端里：加 -o 文件.jpg 写入文件。"
        case (.binaryToTerminal, .en): "a photo cannot be shown as text: add -o FILE.jpg to write a file"
        case let (.photoFileMissing(id, file), .zh): "图片 \(id) 的文件 \(file) 不见了：请管理员从备份恢复（circledesk check 会列出所有缺失的图片）。"
        case let (.photoFileMissing(id, file), .en): "the file of photo \(id), \(file), is missing: ask your admin to restore it from a backup (circledesk check lists every missing photo)"
        case (.workbookToTerminal, .zh): "工作簿不能显示在终端里：加 -o 文件.xlsx 写入文件。"
        case (.workbookToTerminal, .en): "a workbook cannot be shown in the terminal: add -o FILE.xlsx to write a file"
        case (.pdfToTerminal, .zh): "PDF 不能显示在终端里：加 -o 周报.pdf 写入文件，或用 --print 打印。"
        case (.pdfToTerminal, .en): "a PDF cannot be shown in the terminal: add -o summary.pdf to write a file, or --print to print it"
        case let (.asNotAllowed(login), .zh): "只有管理员能用 --as;\(login) 不是管理员。"
        case let (.asNotAllowed(login), .en): "only admins may use --as; \(login) is not one"
        case let (.noSuchRequest(ref), .zh): "没有编号为 \(ref) 的求助（或不在你的乡镇）。"
        case let (.noSuchRequest(ref), .en): "no request \(ref) (or not in your township)"
        case let (.unreadable(path), .zh): "无法读取 \(path)。"
        case let (.unreadable(path), .en): "cannot read \(path)"
        case let (.badArchive(problem, path), _): problem.message(language, file: path)
        case let (.photosRefused(count), .zh): "有 \(count) 个文件不是可收的照片（见上），没有添加。"
        case let (.photosRefused(count), .en): "\(count) file(s) were not photos that can be taken (listed above) and were not added"
        case let (.noSuchPhoto(id), .zh): "没有编号为 \(id) 的图片（或无权查看）。"
        case let (.noSuchPhoto(id), .en): "no photo \(id) (or not one you may see)"
        case let (.importRefused(path, count), .zh): "\(path) 有 \(count) 处问题（见上），未导入任何数据。"
        case let (.importRefused(path, count), .en): "\(path) has \(count) problem(s), listed above; nothing was imported"
        case let (.badRubricFile(path, detail), .zh): "\(path) 不是评分标准文件（格式见 circledesk review rubric 的输出）：\(detail)"
        case let (.badRubricFile(path, detail), .en): "\(path) is not a rubric file (see what circledesk review rubric prints): \(detail)"
        case let (.badSurveyFile(path, detail), .zh): "\(path) 不是测评文件（格式见 circledesk survey create --help）：\(detail)"
        case let (.badSurveyFile(path, detail), .en): "\(path) is not a survey file (see circledesk survey create --help): \(detail)"
        case let (.badConfig(path, line, text), .zh):
            "\(path):\(line):无法理解“\(SafeText.line(text))”;每行应写作 server = /run/circledesk/circledesk.sock、database = /var/lib/circledesk/league.sqlite、backups = /var/lib/circledesk/backups 或 photos = blocks（或 sixel、kitty）"
        case let (.badConfig(path, line, text), .en):
            "\(path):\(line): \"\(SafeText.line(text))\" is not understood; a line reads server = /run/circledesk/circledesk.sock, database = /var/lib/circledesk/league.sqlite, backups = /var/lib/circledesk/backups or photos = blocks (or sixel, kitty)"
        case let (.callerSide(message), _): message
        case let (.fileNotNamed(path), .zh): "服务要求读写命令行没有指明的文件 \(path)，已拒绝。"
        case let (.fileNotNamed(path), .en): "the server asked for \(path), which the command line does not name; refused"
        case let (.serverRunning(socket), .zh): "服务正在运行（\(socket)）：请先 systemctl stop circledesk，恢复后再启动。"
        case let (.serverRunning(socket), .en): "the server is running (\(socket)): systemctl stop circledesk first, and start it again after the restore"
        case (.noBackupFolder, .zh): "没有指定备份文件夹：用 --into 文件夹 或 --to 文件，或在设置文件里写 backups = /var/lib/circledesk/backups"
        case (.noBackupFolder, .en): "no backup folder: give --into FOLDER or --to FILE, or set backups = /var/lib/circledesk/backups in the settings"
        case let (.countyIsServed(socket), .zh):
            "这台电脑上的县由服务提供（\(socket)）：请管理员为你添加账号，不要另建数据库。确要新建，请用 --db 指明文件。"
        case let (.countyIsServed(socket), .en):
            "this machine's county is served at \(socket): ask an admin for an account rather than making a database of your own (name a file with --db if you really mean to)"
        case let (.notAllowed(account, permission), .zh):
            "\(account.login)（\(account.role.name(.zh))）不能\(permission.name(.zh))；可以的角色：\(Self.roles(permission, .zh))。"
        case let (.notAllowed(account, permission), .en):
            "\(account.login) (\(account.role.name(.en))) may not \(permission.name(.en)); roles that may: \(Self.roles(permission, .en))"
        case let (.weekNotBegun(week, current), .zh): "\(week) 还没有开始（现在是 \(current)）：周报最晚到本周。"
        case let (.weekNotBegun(week, current), .en): "\(week) has not begun (this is \(current)): a weekly summary can be made up to this week"
        case let (.noSuchCard(number), .zh): "没有卡号为 \(number) 的结对联系卡。"
        case let (.noSuchCard(number), .en): "no pairing card numbered \(number)"
        case let (.noCardsInTownship(town), .zh): "\(town)没有正在进行的结对，没有卡可印。"
        case let (.noCardsInTownship(town), .en): "\(town) has no pairing going on: no cards to print"
        case let (.noSuchTownshipForCards(town), .zh): "没有乡镇“\(town)”。"
        case let (.noSuchTownshipForCards(town), .en): "no township called \(town)"
        case (.sheetIsHTML, .zh): "一整页的卡只能打印（--print）或写成 HTML（--format html -o 文件）。"
        case (.sheetIsHTML, .en): "a sheet of cards is printed (--print) or written as HTML (--format html -o FILE)"
        case (.nothingToEdit, .zh): "要改什么？请给出 --title、--body、--category、--urgency 或 --town。"
        case (.nothingToEdit, .en): "correct what? give --title, --body, --category, --urgency or --town"
        case (.cardOrTown, .zh): "请给出一个卡号，或者用 --town 乡镇 印出该乡镇的全部卡片（二者选一）。"
        case (.cardOrTown, .en): "give a card number, or --town TOWNSHIP for all of its cards (one or the other)"
        }
    }
}
