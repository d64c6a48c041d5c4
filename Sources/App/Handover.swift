import Foundation
import LeagueCore
import Reports
import Store

/// What an effect makes for the person rather than for the county: paper for their
/// printer, a file for a folder of theirs. An effect runs where the database is — in served
/// mode on the server, as its service account — so it only makes the bytes; the desk's own
/// process, which runs as the person at the keyboard, prints or writes them (`Runtime`).
public enum Handover: Codable, Equatable, Sendable {
    /// A PDF for the person's default printer, and the job's title.
    case paper(Data, title: String)
    /// The bytes of the file the person named at the desk (`AppState.namedFile`) — never a
    /// place the answer chooses — and how many rows it holds.
    case file(Data, rows: Int)
    /// A photo for the file the person named; opened there with xdg-open where the person's
    /// session has a display.
    case picture(Data)

    /// The largest file handed over: a served answer travels in one frame.
    public static let largestFile = 48 << 20

    /// Carries it out in this process; what to tell the person.
    func carryOut(namedFile: String?, language: Language) -> Answer {
        let catalog = Catalog(language: language)
        /// Writes `data` to the file the person named, never replacing one; where it went.
        func written(_ data: Data) throws -> String? {
            guard let namedFile else { return nil }
            let path = URL(fileURLWithPath: (namedFile as NSString).expandingTildeInPath).standardizedFileURL.path
            try FilePlacement.create(path) { try $0(data) }
            return path
        }
        do {
            switch self {
            case let .paper(pdf, title):
                return .said(try Printing.print(pdf: pdf, title: title).said(language))
            case let .file(data, rows):
                guard let path = try written(data) else { return .failed(catalog[.exportNoFile]) }
                return .said(catalog.format(.exportedTo, rows, path))
            case let .picture(data):
                guard let path = try written(data) else { return .failed(catalog[.exportNoFile]) }
                Self.showOnDisplay(path)
                return .said(catalog.format(.photoSaved, path))
            }
        } catch let error as PrintingError {
            return .failed(error.message(language))
        } catch let error as StoreError {
            return .failed(error.message(language))
        } catch {
            return .failed(catalog.format(.internalError, ErrorLog.record(error, during: "desk handover"), ErrorLog.file()))
        }
    }
}

extension Handover {
    /// Opens `path` in the person's image viewer when their session has a display (X or
    /// Wayland) and xdg-open is there; over SSH from Windows there is none, and the file is
    /// the way to see the photo.
    static func showOnDisplay(_ path: String) {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil,
              let opener = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

extension EffectContext {
    /// The PDF of the document `html` makes, handed over to be printed where the person is;
    /// when it cannot be made, why and what to do.
    func paper(title: String, html: () throws -> String) throws -> Answer {
        do {
            return .handOver(.paper(try Printing.pdf(fromHTML: html()), title: title))
        } catch let error as PrintingError {
            return .failed(error.message(language))
        }
    }
}
