import LeagueCore
import Store
import DemoCounty

/// Mistakes on the command line that a user can fix.
enum CLIError: Error {
    case badOption(name: String, value: String, expected: String)
    case unknownLogin(login: String, path: String)
    case problemsFound(path: String, count: Int)
    case notATerminal
}

/// An error whose message a user can act on; the program exits 1 with it.
protocol UserFacingError: Error {
    func message(_ language: Language) -> String
}

extension StoreError: UserFacingError {}

extension OperatorError: UserFacingError {
    func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .notAnAdmin(login): return zh ? "只有管理员能管理账号;\(login) 不是管理员。" : "only admins manage accounts; \(login) is not one"
        case let .loginTaken(login): return zh ? "登录名 \(login) 已有账号。" : "the login \(login) already has an account"
        case let .noSuchLogin(login): return zh ? "没有登录名为 \(login) 的账号。" : "no account has the login \(login)"
        case let .noSuchTownship(name): return zh ? "没有乡镇“\(name)”。" : "no township called \(name)"
        case .townshipMismatch(.townshipSecretary):
            return zh ? "乡镇书记须用 --township 指定乡镇。" : "a township secretary needs --township"
        case .townshipMismatch: return zh ? "只有乡镇书记才有 --township。" : "only township secretaries take --township"
        case .lastAdmin: return zh ? "不能停用最后一位管理员。" : "the last active admin cannot be disabled"
        }
    }
}
extension DemoError: UserFacingError {}

extension CLIError: UserFacingError {
    func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.badOption(name, value, expected), .zh):
            "\(name) 的值“\(value)”无法识别,应为:\(expected)"
        case let (.badOption(name, value, expected), .en):
            "\(name) \"\(value)\" is not understood; expected \(expected)"
        case let (.unknownLogin(login, path), .zh):
            "登录名 \(login) 不是 \(path) 的操作员,没有任何权限。请管理员为你添加账号。"
        case let (.unknownLogin(login, path), .en):
            "the login \(login) is not an operator of \(path) and has no rights; ask an admin to add you"
        case let (.problemsFound(path, count), .zh):
            "\(path) 发现 \(count) 处问题(见上)。"
        case let (.problemsFound(path, count), .en):
            "\(path) has \(count) problem(s), listed above"
        case (.notATerminal, .zh):
            "工作台需要在终端里运行;脚本请用 circledesk stats 等子命令。"
        case (.notATerminal, .en):
            "the desk needs a terminal; scripts can use subcommands such as `circledesk stats`"
        }
    }
}
