import LeagueCore

/// What the served mode says: why a desk cannot connect or was refused.
enum ServedWords: CaseIterable, Sendable {
    case noServer, permissionDenied, inUse, pathTooLong, system
    case notAnOperator, unknownUser, otherVersion, badMessage, serverGone
    case optionNotServed, nowNotServed, deskNotRun, commandNotServed, commandsNotServedHere

    static let book = PhraseBook<ServedWords>(
        zh: [
            .noServer: "服务没有运行：%@ 上没有 CircleDesk 服务（用 systemctl status circledesk 查看）。",
            .permissionDenied: "无权访问 %@：请管理员检查该文件的权限。",
            .inUse: "%@ 上已有 CircleDesk 服务在运行。",
            .pathTooLong: "套接字路径太长（最多 107 字节）：%@",
            .system: "%@ 出错（%@）：%@",
            .notAnOperator: "你（%@）不是这个县的操作员：请管理员运行 circledesk operator add %@ …",
            .unknownUser: "系统里没有用户号 %d 的登录名，无法确认身份。",
            .otherVersion: "版本不一致：服务端是 %@（协议 %d），本机是 %@（协议 %d）。请升级较旧的一方。",
            .badMessage: "收到无法识别的消息（%@），连接已断开。",
            .serverGone: "与服务的连接断开了：请重新打开工作台。",
            .optionNotServed: "通过服务运行时不能用 --db 或 --server：服务只打开它自己的数据库。",
            .nowNotServed: "通过服务运行时不能用 --now：记录的时间以服务器的时钟为准。要查看过去某一时刻，请在服务器上对备份运行。",
            .deskNotRun: "工作台不以命令方式运行：直接运行 circledesk 即可。",
            .commandNotServed: "“%@”不经服务运行：请在服务器上以服务账号运行（见 docs/deployment.md）。",
            .commandsNotServedHere: "这个服务不运行命令。",
        ],
        en: [
            .noServer: "the server is not running: nothing listens on %@ (systemctl status circledesk)",
            .permissionDenied: "permission denied on %@: ask an admin to check its permissions",
            .inUse: "a CircleDesk server already listens on %@",
            .pathTooLong: "the socket path is too long (107 bytes at most): %@",
            .system: "%@ failed (%@): %@",
            .notAnOperator: "you (%@) are not an operator of this county: ask an admin to run `circledesk operator add %@ …`",
            .unknownUser: "no login has the user id %d, so who you are cannot be told",
            .otherVersion: "versions differ: the server runs %@ (protocol %d), this desk %@ (protocol %d); upgrade the older one",
            .badMessage: "a message could not be read (%@); the connection was closed",
            .serverGone: "the connection to the server ended: open the desk again",
            .optionNotServed: "--db and --server do not go through the server: it opens its own database only",
            .nowNotServed: "--now does not go through the server: what is recorded is dated by the server's clock (to look at a past moment, run on a backup)",
            .deskNotRun: "the desk is not a command: run circledesk on its own",
            .commandNotServed: "%@ does not go through the server: run it on the server as the service account (see docs/deployment.md)",
            .commandsNotServedHere: "this server runs no commands",
        ])
}

extension Language {
    func served(_ words: ServedWords, _ values: CustomStringConvertible...) -> String {
        ServedWords.book.format(words, in: self, values)
    }
}

extension SocketError {
    public func message(_ language: Language) -> String {
        switch self {
        case let .noServer(path): language.served(.noServer, path)
        case let .permissionDenied(path): language.served(.permissionDenied, path)
        case let .inUse(path): language.served(.inUse, path)
        case let .pathTooLong(path): language.served(.pathTooLong, path)
        case let .system(path, call, detail): language.served(.system, call, path, detail)
        }
    }
}
