/// Where the database lives: `--db PATH`, else `$CIRCLEDESK_DB`, else
/// `${XDG_DATA_HOME:-~/.local/share}/circledesk/league.sqlite`.
public enum DatabaseLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["CIRCLEDESK_DB"], !path.isEmpty { return path }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? "~") + "/.local/share"
        }
        return dataHome + "/circledesk/league.sqlite"
    }
}
