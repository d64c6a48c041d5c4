import Foundation
import Store
import Testing
import TestSupport

@Suite struct ErrorLogTests {
    struct Unexpected: Error { let detail: String }

    @Test("an unexpected error is written whole to a file only its owner reads; the person gets a reference to it")
    func recorded() throws {
        let folder = TemporaryFolder()
        let file = ErrorLog.file(environment: ["CIRCLEDESK_LOG_DIR": folder.path + "/log"])
        #expect(file == folder.path + "/log/errors.log")
        let reference = ErrorLog.record(Unexpected(detail: "张小红 13912345678 \u{1B}[2J"), during: "import", file: file)
        #expect(reference.wholeMatch(of: /E-[0-9A-F]{1,8}/) != nil)
        let logged = try String(contentsOfFile: file, encoding: .utf8)
        #expect(logged.contains(reference) && logged.contains("import") && logged.contains("13912345678"))
        #expect(!logged.contains("\u{1B}"), "no escape sequence reaches whoever reads the log in a terminal")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        ErrorLog.record(Unexpected(detail: "second"), during: "desk effect", file: file)
        #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 2, "appended, never replaced")
        #expect(ErrorLog.file(environment: ["HOME": "/home/wuhao"]) == "/home/wuhao/.local/state/circledesk/errors.log")
        #expect(ErrorLog.file(environment: ["XDG_STATE_HOME": "/srv/state", "HOME": "/h"]) == "/srv/state/circledesk/errors.log")
    }
}
