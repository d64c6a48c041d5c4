@testable import circledesk
import Foundation
import Served
import Testing
import TestSupport

/// The caller's side of a command run by a server: it does file work for the command line it
/// typed, and for nothing else a server might ask.
@Suite struct ClientFilesTests {
    @Test("a file the command line names is read and made; any other, asked by whatever answers on the socket, is refused")
    func onlyNamedFiles() throws {
        let folder = TemporaryFolder()
        let csv = folder.file("cadres.csv")
        try "姓名\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let named = ["import", "cadres", csv, "--output=\(folder.file("out.csv"))"]
        #expect(ClientFiles.answer(.read(path: csv), named: named, language: .en) == .read(Data("姓名\n".utf8)))
        #expect(ClientFiles.answer(.read(path: "/etc/passwd"), named: named, language: .en)
            == .failed("the server asked for /etc/passwd, which the command line does not name; refused"))
        #expect(ClientFiles.answer(.create(path: folder.file("out.csv"), Data("x".utf8)), named: named, language: .en) == .done)
        let planted = folder.file("authorized_keys")
        guard case .failed = ClientFiles.answer(.create(path: planted, Data("ssh-ed25519 …".utf8)), named: named, language: .en) else {
            Issue.record("an unnamed file was made")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: planted))
    }
}

/// The one line a failed command prints, whatever the path or a server put in it.
@Suite struct FailLineTests {
    @Test("a path holding escape sequences is shown, not obeyed")
    func escapesShown() throws {
        let folder = TemporaryFolder()
        let common = try Circledesk.sampleCounty(in: folder, now: "2026-11-28T09:00:00+08:00")
        let result = try Circledesk.run(["import", "cadres", "x\u{1B}]0;pwned\u{07}\u{1B}[2J.csv"] + common)
        #expect(result.status == 1 && result.error.contains("x^[]0;pwned^G^[[2J.csv"), "\(result.error)")
        #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
