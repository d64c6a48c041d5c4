import App
import ArgumentParser
import Foundation
import LeagueCore
import Reports
import Store
import TerminalKit
import Workflow

extension Urgency: ExpressibleByArgument {
    // Typed as its word, its Chinese mark or its number; named in help and completions by its
    // word, the mark beside it (the parser would name it by the number it is stored as).
    public static var allValueStrings: [String] { allCases.reversed().map(\.word) }
    public static var allValueDescriptions: [String: String] { Dictionary(uniqueKeysWithValues: allCases.map { ($0.word, $0.mark) }) }

    public init?(argument: String) {
        let typed = argument.lowercased()
        guard let urgency = Self.allCases.first(where: { $0.word == typed || $0.mark == typed || String($0.rawValue) == typed }) else {
            return nil
        }
        self = urgency
    }
}

extension RequestSource: ExpressibleByArgument {}

/// The operator a command acts as: the login's own account, or with `--as` (admins only)
/// another one's.
struct ActingAs: ParsableArguments {
    @Option(name: .customLong("as"), help: .line("Act as this login (admins only).")) var asLogin: String?

    /// Checks the options, opens the database and finds who acts: what every request
    /// command starts with.
    /// The database, who is acting, and the moment: for a command that records (`recording`),
    /// the system's clock (see `GlobalOptions.recordingInstant`), else the moment read at.
    func open(_ global: GlobalOptions, needing permission: Permission = .read, recording: Bool = false) throws -> (AppDatabase, Operator, Date) {
        _ = try global.language()
        _ = try global.clockOverride()
        let database = try AppDatabase.open(path: global.databasePath, mode: .existing)
        let account = try account(database)
        guard account.role.may(permission) else { throw CLIError.notAllowed(account, permission) }
        return (database, account, recording ? try global.recordingInstant(in: database) : try global.instant())
    }

    func account(_ database: AppDatabase) throws -> Operator {
        let login = Login.current
        guard let me = try database.operatorAccount(login: login), me.active else {
            throw CLIError.unknownLogin(login: login, path: database.path)
        }
        guard let other = asLogin, other != login else { return me }
        guard me.role == .admin else { throw CLIError.asNotAllowed(login: login) }
        guard let account = try database.operatorAccount(login: other), account.active else {
            throw OperatorError.noSuchLogin(other)
        }
        return account
    }
}

extension CircleDesk {
    struct RequestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: Help.line("Help requests for scripts: list, show, add, act, edit."),
            subcommands: [List.self, Show.self, Print.self, Add.self, Act.self, Edit.self, Attach.self])

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.line("List requests, overdue and urgent first."))
            @OptionGroup var which: RequestFilterOptions
            @Option(help: .line("At most this many.")) var limit = 50
            @Option(help: .line("text or json.")) var format: Format = .text
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let labels = Labels(language: try global.language())
                let (database, account, now) = try acting.open(global)
                let vocabulary = try database.vocabulary()
                let filter = try which.filter(for: account, vocabulary)
                let rows = try database.requests.queuePage(filter: filter, sort: .priority, from: nil, direction: .after, limit: limit, now: now)
                let items = rows.map { row in
                    RequestLine(ref: row.ref, state: row.state.rawValue, urgency: row.urgency.rawValue,
                                township: vocabulary.township(row.townshipId)?.nameZh ?? "?",
                                category: vocabulary.category(row.categoryId)?.code ?? "?", title: row.title, overdue: row.overdue)
                }
                // Text is for people, in their language; JSON keeps the stable codes for scripts.
                try Output.print(items, format: format) { item in
                    [item.ref, RequestState(rawValue: item.state).map(labels.state) ?? item.state,
                     Urgency(rawValue: item.urgency).map(labels.urgencyName) ?? String(item.urgency),
                     item.overdue ? labels.overdueMark : "-",
                     labels.township(vocabulary.townships.first { $0.nameZh == item.township }),
                     labels.category(vocabulary.categories.first { $0.code == item.category }),
                     SafeText.line(item.title)].joined(separator: "\t")
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: Help.line("One request with its whole history."))
            @Argument(help: .line("Its reference, e.g. QZ-2026-00123.")) var ref: String
            @Option(help: .line("text or json.")) var format: Format = .text
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let labels = Labels(language: try global.language())
                let (database, account, now) = try acting.open(global)
                let detail = try visibleDetail(ref, database: database, account: account, now: now)
                let vocabulary = try database.vocabulary()
                let events = detail.events.map {
                    RequestEventLine(at: CountyTime.dayString(Date(unixSeconds: $0.at)), actor: $0.actor, action: $0.action,
                                     target: $0.target, to: $0.toState?.rawValue, note: $0.note)
                }
                let shown = RequestShown(ref: detail.row.ref, title: detail.row.title, body: detail.body, state: detail.row.state.rawValue,
                                         township: detail.township, village: detail.village, assignee: detail.assignee,
                                         requester: detail.requester,
                                         requesterPhone: detail.requesterPhone.map { account.role.may(.seeFullPhones) ? $0 : PhoneMask.mask($0) },
                                         collector: detail.collector, version: detail.row.version, events: events,
                                         photos: detail.photos.map(PhotoLine.init))
                try Output.print([shown], format: format) { item in
                    let township = labels.township(named: item.township, in: vocabulary)
                    let place = ([township] + [item.village.map(SafeText.line)].compactMap { $0 }).joined(separator: " ")
                    return ([item.ref + "  " + SafeText.line(item.title),
                             [labels.state(detail.row.state), place, item.assignee.map { labels.assignedTo(SafeText.line($0)) }]
                                .compactMap { $0 }.joined(separator: " · "),
                             SafeText.lines(item.body), ""] + item.photos.map { $0.text(labels) } + detail.events.map {
                        "\(labels.timestamp($0.at))  \(SafeText.line($0.actor))  \(labels.step($0, in: vocabulary))  \(SafeText.line($0.note))"
                    }).joined(separator: "\n")
                }
            }
        }

        struct Print: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "print",
                abstract: Help.line("The request's sheet (求助单) for its case file: one A4 page to the default printer, or a PDF with -o."))
            @Argument(help: .line("Its reference, e.g. QZ-2026-00123.")) var ref: String
            @Option(help: .line("How many copies to print (1 to 99).")) var copies: String = "1"
            @Option(name: [.short, .customLong("output")], help: .line("Write the PDF to this new file instead of printing it.")) var output: String?
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global)
                let detail = try visibleDetail(ref, database: database, account: account, now: now)
                let html = RequestSheet.html(detail, vocabulary: try database.vocabulary(), county: try database.setting("county_name") ?? "",
                                             madeAt: now, language: language, wholePhones: account.role.may(.seeFullPhones),
                                             thumbnails: database.photos.thumbnails(of: detail.photos))
                if let output {
                    return try ClientFiles.create(output) { try $0(Printing.pdf(fromHTML: html)) }
                }
                print(try PrintingOptions.send(html: html, title: detail.row.ref, copies: copies, language: language))
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: Help.line("Record a new request as collected; prints its reference."))
            @Option(parsing: .unconditional, help: .line("A short title.")) var title: String
            @Option(parsing: .unconditional, help: .line("The whole text.")) var body: String
            @Option(help: .line("Category: 志愿 创业 婚恋 健康 心理 帮扶 就业 其他 (or its English code).")) var category: String
            @Option(help: .line("Township, e.g. 罗阳镇.")) var town: String
            @Option(help: .line("Village, community or school in the township.")) var village: String?
            // Optional so that help names the default by its word (the parser would say 0).
            @Option(help: .line("urgent, high or normal (急 高 中); normal when not given.")) var urgency: Urgency?
            @Option(help: .line("moments, phone, visit or commune.")) var source: RequestSource = .moments
            @Option(parsing: .unconditional, help: .line("Who asked: their name.")) var requester: String?
            @Option(help: .line("Who asked: their mobile number (an existing young person is found by it).")) var requesterPhone: String?
            @Option(help: .line("The cadre who took it in: name, pinyin initials or phone.")) var collector: String?
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global, needing: .actOnRequests, recording: true)
                let collectorId = try collector.map { try NamedArgument.cadre($0, option: "--collector", database: database, now: now).id }
                let ref = try database.requests.addRequest(
                    NewRequest(title: title, body: body, category: category, township: try NamedArgument.townshipName(town, database: database) ?? town,
                               village: village, urgency: urgency ?? .normal, source: source, requesterName: requester, requesterPhone: requesterPhone,
                               collectorId: collectorId),
                    by: account, at: now)
                print(ref)
                // Said beside the reference, not in its place: a script reads the reference alone.
                let labels = Labels(language: language)
                let duplicates = try database.requests.possibleDuplicates(of: ref, now: now)
                if !duplicates.isEmpty {
                    let listed = duplicates.prefix(5).map { "\($0.ref) \(SafeText.line($0.title))（\(labels.state($0.state))）" }
                    FileHandle.standardError.write(Data((language.say(.possibleDuplicates, listed.joined(separator: language == .zh ? "；" : "; "), ref) + "\n").utf8))
                }
            }
        }

        struct Act: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "act",
                abstract: Help.line("Take an action on a request (see docs/workflows.md for the actions)."))
            @Argument(help: .line("Its reference.")) var ref: String
            @Argument(help: .line("The action, e.g. submit, village_approve, assign, resolve, close.")) var action: String
            @Option(parsing: .unconditional, help: .line("A note, reason or resolution, as the action needs.")) var note: String?
            @Option(help: .line("For assign: a cadre's name (or a youth commune's).")) var assignee: String?
            @Option(help: .line("For merge: the reference to merge into.")) var into: String?
            @Option(help: .line("For contact: how the requester was reached, phone, wechat or visit.")) var channel: String?
            @Option(name: .customLong("for"), help: .line("For village_approve: the village branch it is recorded for (代 中垟村团支部).")) var onBehalfOf: String?
            @OptionGroup var acting: ActingAs
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let language = try global.language()
                let (database, account, now) = try acting.open(global, needing: .actOnRequests, recording: true)
                guard let handle = try database.requests.requestHandle(ref: ref) else { throw CLIError.noSuchRequest(ref) }
                var input = ActionInput()
                input.note = note ?? ""
                input.reason = note ?? ""
                input.resolution = note ?? ""
                input.target = into ?? ""
                input.onBehalfOf = onBehalfOf ?? ""
                input.channel = channel ?? ""
                if let assignee {
                    input.assigneeCadreId = try NamedArgument.cadre(assignee, option: "--assignee", database: database, now: now).id
                }
                let version = try database.requests.act(action, on: handle.id, version: handle.version, by: account, input: input, at: now)
                print(language.say(.actionDone, ref.uppercased(), Labels(language: language).action(action), version))
            }
        }
    }
}

extension CircleDesk.RequestCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: Help.line("Correct a request taken in: its title, text, category, urgency or township."),
            discussion: Help.line("The history keeps each field's old and new value. A township secretary corrects her own township's requests and cannot move one to another township."))
        @Argument(help: .line("Its reference.")) var ref: String
        @Option(parsing: .unconditional, help: .line("A new title.")) var title: String?
        @Option(parsing: .unconditional, help: .line("The new whole text.")) var body: String?
        @Option(help: .line("Category: 志愿 创业 婚恋 健康 心理 帮扶 就业 其他 (or its English code).")) var category: String?
        @Option(help: .line("urgent, high or normal (急 高 中).")) var urgency: Urgency?
        @Option(help: .line("Township, e.g. 罗阳镇.")) var town: String?
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let (database, account, now) = try acting.open(global, needing: .actOnRequests, recording: true)
            guard let handle = try database.requests.requestHandle(ref: ref) else { throw CLIError.noSuchRequest(ref) }
            let vocabulary = try database.vocabulary()
            var input = ActionInput()
            input.changes[.title] = title
            input.changes[.body] = body
            input.changes[.urgency] = urgency.map { String($0.rawValue) }
            input.changes[.township] = try town.map { String(try NamedArgument.township($0, option: "--town", in: vocabulary).id) }
            if let category {
                guard let entry = vocabulary.categories.first(where: { [$0.code, $0.nameZh, $0.nameEn].contains { $0.caseInsensitiveCompare(category) == .orderedSame } })
                else { throw CLIError.badOption(name: "--category", value: category, expected: vocabulary.categories.map(\.nameZh).joined(separator: " ")) }
                input.changes[.category] = String(entry.id)
            }
            guard !input.changes.isEmpty else { throw CLIError.nothingToEdit }
            let version = try database.requests.act("edit", on: handle.id, version: handle.version, by: account, input: input, at: now)
            print(language.say(.actionDone, ref.uppercased(), Labels(language: language).action("edit"), version))
        }
    }
}

extension CircleDesk.RequestCommand {
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach",
            abstract: Help.line("Attach photos (JPEG, PNG, HEIC) to a request as evidence."),
            discussion: Help.line("Each photo is kept once, upright, at most 1600 pixels on its longer side, without the GPS position the phone wrote in it (unless an admin chose circledesk photo keep-location on). The history records the attachment. A file that is not a photo is said and left out; the others are attached."))
        @Argument(help: .line("Its reference.")) var ref: String
        @Argument(help: .line("The photo files.")) var files: [String]
        @OptionGroup var acting: ActingAs
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = try global.language()
            let read = try files.map { (name: $0, bytes: Array(try ClientFiles.read($0))) }
            let (database, account, now) = try acting.open(global, needing: .actOnRequests, recording: true)
            guard let handle = try database.requests.requestHandle(ref: ref) else { throw CLIError.noSuchRequest(ref) }
            let attached = try database.photos.attach(read, toRequest: handle.id, version: handle.version, by: account, at: now)
            for refused in attached.refused {
                FileHandle.standardError.write(Data(SafeText.line("\(refused.name): \(refused.problem.reason(language))\n").utf8))
            }
            if !attached.kept.isEmpty { print(language.say(.photosAttached, ref.uppercased(), attached.kept.count, attached.version)) }
            if attached.kept.isEmpty, attached.refused.isEmpty { print(language.say(.photosThere, ref.uppercased())) }
            if !attached.refused.isEmpty { throw CLIError.photosRefused(count: attached.refused.count) }
        }
    }
}

struct RequestLine: Codable {
    var ref, state: String
    var urgency: Int
    var township, category, title: String
    var overdue: Bool
}

/// The request `ref` in full, when `account` may read it (a township secretary, their own
/// township's); else as if there were none.
private func visibleDetail(_ ref: String, database: AppDatabase, account: Operator, now: Date) throws -> RequestDetail {
    guard let handle = try database.requests.requestHandle(ref: ref), let detail = try database.requests.requestDetail(id: handle.id, now: now),
          account.role != .townshipSecretary || account.townshipId == detail.row.townshipId else {
        throw CLIError.noSuchRequest(ref)
    }
    return detail
}

struct RequestEventLine: Codable {
    var at, actor, action: String
    /// Whom it was assigned to, or the request it was merged into.
    var target: String?
    var to: String?
    var note: String
}

struct RequestShown: Codable {
    var ref, title, body, state, township: String
    var village, assignee: String?
    /// Who asked (the phone masked unless the reader may see it whole) and who took it in.
    var requester, requesterPhone, collector: String?
    var version: Int
    var events: [RequestEventLine]
    var photos: [PhotoLine]
}

/// A kept photo as `request show` lists it, with the number `photo get` takes.
struct PhotoLine: Codable {
    var id: Int64
    var name: String
    var width, height: Int
    /// When the camera says it was taken, county time.
    var taken: String?

    init(_ photo: KeptPhoto) {
        id = photo.id
        name = photo.name
        width = photo.width
        height = photo.height
        taken = photo.takenAt.map { CountyTime.instantString(Date(unixSeconds: $0)) }
    }

    func text(_ labels: Labels) -> String {
        labels.photoLine(id: id, name: SafeText.line(name), width: width, height: height, taken: taken)
    }
}

/// Which requests a command is about, as the queue's filter takes them: `request list` and
/// `export requests` alike.
struct RequestFilterOptions: ParsableArguments {
    @Option(help: .line("A state (default: the open ones), or all.")) var state: String?
    @Option(help: .line("A township.")) var town: String?
    @Flag(help: .line("Only overdue ones.")) var overdue = false
    @Option(parsing: .unconditional, help: .line("Words in the title or text, or part of a reference.")) var search: String?

    /// The filter, kept to the account's own township for a township secretary.
    func filter(for account: Operator, _ vocabulary: Vocabulary) throws -> QueueFilter {
        var filter = QueueFilter(scope: account.ownTownship)
        filter.overdueOnly = overdue
        filter.search = search ?? ""
        if let state {
            if state == "all" { filter.states = Set(RequestState.allCases) }
            else if let found = RequestState(rawValue: state) { filter.states = [found] }
            else { throw CLIError.badOption(name: "--state", value: state, expected: RequestState.allCases.map(\.rawValue).joined(separator: " | ") + " | all") }
        }
        if let town { filter.townshipIds = [try NamedArgument.township(town, option: "--town", in: vocabulary).id] }
        return filter
    }
}
