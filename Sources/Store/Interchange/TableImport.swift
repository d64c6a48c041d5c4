import Foundation
import GRDB
import LeagueCore
import Photos

extension TableStore {
    /// Reads a file of `table` — CSV, a JSON list, or a sheet of an .xlsx workbook (`sheet`,
    /// else the first whose header names the table's columns) — and, unless it is a dry run
    /// or any row is wrong, writes it in one transaction: rows already on file (by phone,
    /// name or place) are updated, others added. The same file twice changes nothing the
    /// second time. `survey` is the survey whose answers a `.surveyAnswers` file holds;
    /// `activity` the activity whose replies an `.activityReplies` file holds.
    public func importTable(_ table: ImportTable, data: Data, encoding: TextEncoding?, dryRun: Bool,
                             by account: Operator, at now: Date, survey: Int64? = nil, activity: Int64? = nil,
                             sheet sheetName: String? = nil, photoFiles: ((String) -> Result<[UInt8], PhotoProblem>?)? = nil) throws -> ImportReport {
        var report = ImportReport(table: table, dryRun: dryRun)
        var records: [CSVRecord]
        if let kind = TextDecoding.workbook(data) {
            let (read, problem) = Self.workbookRecords(data, kind: kind, sheet: sheetName, for: table)
            guard let (name, rows) = read else {
                report.problems = problem.map { [$0] } ?? []
                return report
            }
            report.sheet = name
            records = rows
        } else {
            do {
                let (text, used) = try TextDecoding.decode(data, encoding: encoding)
                report.encoding = used
                // Phone forms export JSON: an array of objects whose keys are the column names.
                report.isJSON = JSONRecords.looksLikeJSON(text)
                records = report.isJSON ? try JSONRecords.records(text) : try CSV.records(text)
            } catch let error as TextDecodingError {
                report.problems = [ImportProblem(line: error.line, .notText(tried: error.tried, byte: error.byte))]
                return report
            } catch let error as CSVUnterminatedQuote {
                report.problems = [ImportProblem(line: error.line, .unterminatedQuote)]
                return report
            } catch let error as JSONRecords.NotRecords {
                report.problems = [ImportProblem(line: 0, .notJSON(error.detail))]
                return report
            }
        }
        var sheet = Sheet(table, records: records, fromWorkbook: report.sheet != nil)
        report.rows = max(0, records.count - 1)
        // Without its columns the rows cannot be read: say what the header lacks, and stop.
        guard sheet.headerProblems.isEmpty else {
            report.problems = sheet.headerProblems
            return report
        }
        // A masked export brought back: one line that says so, not a "not a mobile" per row.
        let masked = sheet.rows.filter { row in [.phone, .cadrePhone, .youngPersonPhone].contains { PhoneMask.isMasked(row[$0] ?? "") } }
        if let first = masked.first {
            report.problems = [ImportProblem(line: first.line, .maskedPhones(masked.count))]
            return report
        }
        // A diary's photos are read from beside the file (`photoFiles`) and kept first.
        var photos: [String: PhotoFacts]? = nil
        if table == .diaries, let photoFiles {
            let (kept, notes) = try database.photos.keepListed(in: sheet, dryRun: dryRun, read: photoFiles)
            (photos, report.photosKept, report.photoNotes) = (kept, kept.count, notes)
        }
        return try StoreError.translating(path: path) {
            try writer.write { db in
                var importer = TableImporter(db: db, lookup: try RosterLookup(db), account: account, now: now)
                importer.photos = photos
                if table == .surveyAnswers { try importer.matchQuestions(survey: survey, &sheet) }
                if table == .activityReplies { try importer.matchActivity(activity, &sheet) }
                guard sheet.headerProblems.isEmpty else {
                    report.problems = sheet.headerProblems
                    return report
                }
                let changes = switch table {
                case .townships: try importer.townships(&sheet)
                case .cadres: try importer.cadres(&sheet)
                case .communes: try importer.communes(&sheet)
                case .contactPoints: try importer.contactPoints(&sheet)
                case .youngPeople: try importer.youngPeople(&sheet)
                case .pairings: try importer.pairings(&sheet)
                case .diaries: try importer.diaries(&sheet)
                case .diaryComments: try importer.diaryComments(&sheet)
                case .surveyAnswers: try importer.surveyAnswers(&sheet)
                case .suggestions: try importer.suggestions(&sheet)
                case .activityReplies: try importer.activityReplies(&sheet)
                case .serviceDaySignups: try importer.serviceDaySignups(&sheet)
                }
                // By line; within a line, in the order the columns were checked.
                report.problems = sheet.problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                    .map { var problem = $0.element; problem.inJSON = report.isJSON; return problem }
                for change in changes {
                    switch change.kind {
                    case .add: report.added += 1
                    case .update: report.updated += 1
                    case .none: report.unchanged += 1
                    }
                }
                if report.applied {
                    for change in changes { try change.apply(db) }
                }
                return report
            }
        }
    }
}

extension TableStore {
    /// A workbook's sheet as records, or why not: an old-style (.xls, .et) one is to be
    /// saved as .xlsx first, a password-protected one opened and saved without it.
    static func workbookRecords(_ data: Data, kind: String, sheet name: String?, for table: ImportTable)
        -> ((String, [CSVRecord])?, ImportProblem?) {
        do throws(WorkbookError) {
            let workbook = try WorkbookReader(data)
            guard kind == ".xlsx" else { return (nil, ImportProblem(line: 0, .workbook(kind))) }
            return (try sheet(of: workbook, named: name, for: table), nil)
        } catch {
            return (nil, ImportProblem(line: 0, error == .encrypted || kind == ".xlsx" ? .unreadableWorkbook(error) : .workbook(kind)))
        }
    }

    /// The sheet to read and its records from the header down: the one named, else the
    /// first whose first rows name one of the table's columns, else the first.
    static func sheet(of workbook: WorkbookReader, named name: String?, for table: ImportTable) throws(WorkbookError) -> (String, [CSVRecord]) {
        if let name {
            guard let sheet = workbook.sheets.first(where: { $0.name == name }) ?? workbook.sheets.first(where: { $0.name.trimmed == name.trimmed })
            else { throw .noSuchSheet(name, sheets: workbook.sheets.map(\.name)) }
            let records = try workbook.records(ofSheetAt: sheet.path)
            return (sheet.name, Array(records.dropFirst(Sheet.headerIndex(records, table) ?? 0)))
        }
        var first: (String, [CSVRecord])?
        for sheet in workbook.sheets {
            let records = try workbook.records(ofSheetAt: sheet.path)
            if let header = Sheet.headerIndex(records, table) { return (sheet.name, Array(records.dropFirst(header))) }
            if first == nil { first = (sheet.name, records) }
        }
        guard let first else { throw .damaged(part: "xl/workbook.xml", detail: "no sheets") }
        return first
    }
}

/// One row's effect, planned while the file is checked and applied only when all is well.
struct PlannedChange {
    enum Kind { case add, update, none }
    var kind: Kind
    var apply: (Database) throws -> Void
}

/// Checks each table's rows against the roster and plans what they change.
struct TableImporter {
    let db: Database
    let lookup: RosterLookup
    let account: Operator
    let now: Date
    let today: String
    /// For survey answers: the survey, and which header holds which question.
    var survey: ImportedSurvey?
    /// For survey answers a line each, which name their surveys: the surveys by title.
    var surveys: [String: ImportedSurvey] = [:]
    /// For activity replies: the activity and its menu.
    var activity: (id: Int64, options: [(position: Int, label: String)])?
    /// For diaries: the photos kept from beside the file, by the name the diary lists; nil
    /// when the import reads no photos (the diaries' photos stay as they are).
    var photos: [String: PhotoFacts]?

    init(db: Database, lookup: RosterLookup, account: Operator, now: Date) {
        self.db = db
        self.lookup = lookup
        self.account = account
        self.now = now
        today = CountyTime.dayString(now)
    }

    /// The township a row names, or nil with the problem reported (none for a blank one
    /// that is not `required`).
    func township(_ row: Sheet.Row, required: Bool = true, _ sheet: inout Sheet) -> Int64? {
        guard let text = row[.township], !text.isEmpty else {
            if required { sheet.report(row, .township, .field(.required)) }
            return nil
        }
        guard let id = lookup.township(named: text) else {
            sheet.report(row, .township, .field(.unknownTownship))
            return nil
        }
        guard account.mayEditRoster(townshipId: id) else {
            sheet.report(row, .township, .notAllowed)
            return nil
        }
        return id
    }

    /// A moment in `key`'s column (nil when blank; reported when unreadable or in the future).
    func instant(_ row: Sheet.Row, _ key: ImportTable.Key, _ sheet: inout Sheet) -> Int64? {
        guard let written = row[key], !written.isEmpty else { return nil }
        guard let instant = CellText.instant(written) else {
            sheet.report(row, key, .field(.notDate))
            return nil
        }
        guard instant <= now else {
            sheet.report(row, key, .field(.inFuture))
            return nil
        }
        return instant.unixSeconds
    }

    func text(_ row: Sheet.Row, _ key: ImportTable.Key, required: Bool, max: Int, multiline: Bool = false,
              _ sheet: inout Sheet) -> String? {
        let value = row[key] ?? ""
        if let problem = CadreRules.textProblem(value, required: required, max: max, multiline: multiline) {
            sheet.report(row, key, .field(problem))
            return nil
        }
        return value
    }

    mutating func cadres(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        for row in sheet.rows {
            let phone = MainlandMobile.normalized(row[.phone] ?? "")
            if let phone, let first = Sheet.firstLine(of: phone, at: row.line, in: &seen) {
                sheet.report(row, .phone, .duplicate(firstLine: first))
                continue
            }
            let stored = phone.flatMap { lookup.cadresByPhone[$0] }
            var draft = stored.map { CadreDraft(stored: $0.cadre, lookup) } ?? CadreDraft()
            var invalid: [CadreField: FieldProblem] = [:]
            if let name = row[.name] { draft.name = name }
            if let phone = row[.phone] { draft.phone = phone }
            if let role = row[.role], !role.isEmpty {
                if let value = CadreRole.named(role, { $0.name($1) }) { draft.role = value } else {
                    invalid[.role] = .unknownChoice(CadreRole.allCases.map { $0.name(.zh) })
                }
            }
            if let text = row[.township] {
                draft.townshipId = lookup.township(named: text)
                if draft.townshipId == nil, !text.isEmpty { invalid[.township] = .unknownTownship }
            }
            if let commune = row[.commune] {
                draft.communeId = commune.isEmpty ? nil : lookup.communes[commune]?.id
                if !commune.isEmpty, draft.communeId == nil { invalid[.commune] = .unknownCommune }
            }
            if let list = row[.contactPoints] {
                draft.contactPoints = list
            } else if let township = draft.townshipId, let stored, township != stored.cadre.townshipId {
                // Moved by a file that does not list contact points: those of the old township go.
                draft.contactPoints = CadreDraft.names(draft.contactPoints).filter { lookup.contactPoints[township]?[$0] != nil }
                    .joined(separator: CadreDraft.listSeparator)
            }
            if let youth = row[.youthInContact] { draft.youthInContact = youth }
            if let joined = row[.joinedOn] { draft.joinedOn = CellText.day(joined) }
            let checked = CadreRules.check(draft, cadreId: stored?.id, today: today, lookup)
            if case let .failure(.invalid(problems)) = checked { invalid.merge(problems) { first, _ in first } }
            var active = stored?.active ?? true
            if let text = row[.active], !text.isEmpty {
                if let value = CellText.yesNo(text) { active = value } else { sheet.report(row, .active, .field(.unknownChoice(["是", "否"]))) }
            }
            guard invalid.isEmpty, case let .success(cadre) = checked else {
                sheet.report(row, invalid)
                continue
            }
            guard account.mayEditRoster(townshipId: cadre.townshipId), stored.map({ account.mayEditRoster(townshipId: $0.cadre.townshipId) }) ?? true else {
                sheet.report(row, .township, .notAllowed)
                continue
            }
            let (by, at) = (account, now)
            guard let stored else {
                changes.append(PlannedChange(kind: .add) { db in
                    _ = try RosterStore.insert(cadre, active: active, action: "imported", by: by, at: at, db)
                })
                continue
            }
            let same = cadre == stored.cadre && active == stored.active
            changes.append(PlannedChange(kind: same ? .none : .update) { db in
                guard !same else { return }
                try RosterStore.write(cadre, over: stored.cadre, id: stored.id, action: "imported", by: by, at: at, db)
                if active != stored.active { try RosterStore.setActive(stored.id, active, by: by, at: at, db) }
            })
        }
        return changes
    }

    mutating func communes(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        for row in sheet.rows {
            let name = text(row, .name, required: true, max: 60, &sheet)
            let address = text(row, .address, required: false, max: 200, &sheet)
            let township = township(row, &sheet)
            guard let name, let township else { continue }
            if let first = Sheet.firstLine(of: name, at: row.line, in: &seen) {
                sheet.report(row, .name, .duplicate(firstLine: first))
                continue
            }
            guard let stored = lookup.communes[name] else {
                changes.append(PlannedChange(kind: .add) { db in
                    try db.execute(sql: "INSERT INTO commune (name, township_id, address) VALUES (?, ?, ?)",
                                   arguments: [name, township, address ?? ""])
                })
                continue
            }
            let storedAddress = try String.fetchOne(db, sql: "SELECT address FROM commune WHERE id = ?", arguments: [stored.id]) ?? ""
            let newAddress = row[.address] == nil ? storedAddress : address ?? ""
            let same = stored.townshipId == township && storedAddress == newAddress
            changes.append(PlannedChange(kind: same ? .none : .update) { db in
                try db.execute(sql: "UPDATE commune SET township_id = ?, address = ? WHERE id = ?", arguments: [township, newAddress, stored.id])
            })
        }
        return changes
    }

    mutating func contactPoints(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        let kinds = ContactPointKind.allCases.map { $0.name(.zh) }
        for row in sheet.rows {
            let name = text(row, .name, required: true, max: 60, &sheet)
            let township = township(row, &sheet)
            let kind = ContactPointKind.named(row[.kind] ?? "", { $0.name($1) })
            if kind == nil { sheet.report(row, .kind, .field((row[.kind] ?? "").isEmpty ? .required : .unknownChoice(kinds))) }
            guard let name, let township, let kind else { continue }
            if let first = Sheet.firstLine(of: "\(township) \(name)", at: row.line, in: &seen) {
                sheet.report(row, .name, .duplicate(firstLine: first))
                continue
            }
            guard let id = lookup.contactPoints[township]?[name] else {
                changes.append(PlannedChange(kind: .add) { db in
                    try db.execute(sql: "INSERT INTO contact_point (township_id, name, kind) VALUES (?, ?, ?)",
                                   arguments: [township, name, kind.rawValue])
                })
                continue
            }
            let same = try String.fetchOne(db, sql: "SELECT kind FROM contact_point WHERE id = ?", arguments: [id]) == kind.rawValue
            changes.append(PlannedChange(kind: same ? .none : .update) { db in
                try db.execute(sql: "UPDATE contact_point SET kind = ? WHERE id = ?", arguments: [kind.rawValue, id])
            })
        }
        return changes
    }

    mutating func youngPeople(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        let byPhone = try db.cachedStatement(sql: "SELECT * FROM young_person WHERE phone = ? LIMIT 1")
        let byName = try db.cachedStatement(sql: """
            SELECT * FROM young_person WHERE township_id = ? AND name = ? AND birth_year IS ? AND phone IS NULL LIMIT 2
            """)
        let thisYear = Int(today.prefix(4))!
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            let name = text(row, .name, required: true, max: CadreRules.maxNameLength, &sheet)
            let note = text(row, .note, required: false, max: 500, &sheet)
            let township = township(row, &sheet)
            var gender: String? = nil
            if let text = row[.gender], !text.isEmpty {
                switch text.lowercased() {
                case "女", "f", "female": gender = "f"
                case "男", "m", "male": gender = "m"
                default: sheet.report(row, .gender, .field(.unknownChoice(["男", "女"])))
                }
            }
            var birthYear: Int? = nil
            if let text = row[.birthYear], !text.isEmpty {
                if let year = Int(text.replacingOccurrences(of: "年", with: "")), (thisYear - 100...thisYear).contains(year) { birthYear = year } else {
                    sheet.report(row, .birthYear, .field(.notCount))
                }
            }
            var phone: String? = nil
            if let text = row[.phone], !text.isEmpty {
                phone = MainlandMobile.normalized(text)
                if phone == nil { sheet.report(row, .phone, .field(.notMobile)) }
            }
            var point: Int64? = nil
            if let text = row[.contactPoint], !text.isEmpty, let township {
                point = lookup.contactPoints[township]?[text]
                if point == nil { sheet.report(row, .contactPoint, .field(.unknownContactPoint(text))) }
            }
            guard let name, let township, sheet.problems.count == problemsBefore else { continue }
            let key = phone ?? "\(township) \(name) \(birthYear.map(String.init) ?? "")"
            if let first = Sheet.firstLine(of: key, at: row.line, in: &seen) {
                sheet.report(row, phone == nil ? .name : .phone, .duplicate(firstLine: first))
                continue
            }
            let matches = phone != nil
                ? try GRDB.Row.fetchAll(byPhone, arguments: [phone])
                : try GRDB.Row.fetchAll(byName, arguments: [township, name, birthYear])
            guard matches.count <= 1 else {
                sheet.report(row, .name, .ambiguous)
                continue
            }
            let values: [DatabaseValueConvertible?] = [name, gender, birthYear, phone, township, point, note ?? ""]
            guard let stored = matches.first else {
                changes.append(PlannedChange(kind: .add) { db in
                    try db.execute(sql: """
                        INSERT INTO young_person (name, gender, birth_year, phone, township_id, contact_point_id, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(values))
                })
                continue
            }
            // Columns the file does not have keep what is on file.
            var merged = values
            for (index, key) in [ImportTable.Key.name, .gender, .birthYear, .phone, .township, .contactPoint, .note].enumerated() where row[key] == nil {
                merged[index] = stored[["name", "gender", "birth_year", "phone", "township_id", "contact_point_id", "note"][index]] as DatabaseValue
            }
            let current: [DatabaseValue] = ["name", "gender", "birth_year", "phone", "township_id", "contact_point_id", "note"].map { stored[$0] }
            let same = current == merged.map { $0?.databaseValue ?? .null }
            let id: Int64 = try stored.value("id")
            changes.append(PlannedChange(kind: same ? .none : .update) { db in
                try db.execute(sql: """
                    UPDATE young_person SET name = ?, gender = ?, birth_year = ?, phone = ?, township_id = ?, contact_point_id = ?, note = ?
                    WHERE id = ?
                    """, arguments: StatementArguments(merged + [id]))
            })
        }
        return changes
    }
}

extension TableImporter {
    /// Townships are matched by name; new ones go after the others in the file's order, a
    /// town (镇) or a township (乡) by the name's last character. Only admins add them.
    mutating func townships(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        var position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) FROM township").required() + 1
        for row in sheet.rows {
            guard let name = text(row, .name, required: true, max: 30, &sheet) else { continue }
            guard Self.isTownshipName(name) else {
                sheet.report(row, .name, .field(.notTownshipName))
                continue
            }
            if account.role != .admin {
                sheet.report(row, .name, .notAllowed)
                continue
            }
            if let first = Sheet.firstLine(of: name, at: row.line, in: &seen) {
                sheet.report(row, .name, .duplicate(firstLine: first))
                continue
            }
            let written = row[.englishName] ?? ""
            let english = written.isEmpty ? Self.pinyinName(RosterLookup.shortName(name)) : written
            if let stored = try Row.fetchOne(db, sql: "SELECT id, name_en FROM township WHERE name = ?", arguments: [name]) {
                // No 拼音 given (no column, or an empty cell): the name on file stays as it is (Da'an).
                let id: Int64 = try stored.value("id")
                guard !written.isEmpty, stored["name_en"] != written else {
                    changes.append(PlannedChange(kind: .none) { _ in })
                    continue
                }
                changes.append(PlannedChange(kind: .update) { db in
                    try db.execute(sql: "UPDATE township SET name_en = ? WHERE id = ?", arguments: [written, id])
                })
                continue
            }
            let kind = name.hasSuffix("乡") ? "township" : "town"
            let at = position
            position += 1
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: "INSERT INTO township (name, name_en, kind, position) VALUES (?, ?, ?, ?)",
                               arguments: [name, english, kind, at])
            })
        }
        return changes
    }

    /// Chinese characters ending in 镇, 乡 or 街道: 罗阳镇, 竹里畲族乡.
    static func isTownshipName(_ name: String) -> Bool {
        (name.hasSuffix("镇") || name.hasSuffix("乡") || name.hasSuffix("街道")) && name.count >= 2
            && name.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// 罗阳 → Luoyang: a township's name as its road signs write it.
    static func pinyinName(_ name: String) -> String {
        let reading = Pinyin.reading(name).isEmpty ? name : Pinyin.reading(name)
        return reading.prefix(1).uppercased() + reading.dropFirst()
    }

    /// Pairings are matched by card number; a row without one is a new card, numbered in the
    /// year it starts (JD-2026-00013). The cadre and the young person are found by phone.
    mutating func pairings(_ sheet: inout Sheet) throws -> [PlannedChange] {
        var seen: [String: Int] = [:]
        var changes: [PlannedChange] = []
        var numbers: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT card_number FROM pairing") {
            if let code = ReferenceCode(row[0]), code.prefix == "JD" { numbers[code.year] = max(numbers[code.year] ?? 0, code.number) }
        }
        let byCard = try db.cachedStatement(sql: "SELECT * FROM pairing WHERE card_number = ? COLLATE NOCASE")
        let person = try db.cachedStatement(sql: "SELECT id FROM young_person WHERE phone = ? LIMIT 1")
        let byName = try db.cachedStatement(sql: "SELECT id FROM young_person WHERE township_id = ? AND name = ? AND phone IS NULL LIMIT 2")
        let kinds = PairingKind.allCases.map { $0.name(.zh) }
        for row in sheet.rows {
            let problemsBefore = sheet.problems.count
            func phone(_ key: ImportTable.Key) -> String? {
                let text = row[key] ?? ""
                guard let phone = MainlandMobile.normalized(text) else {
                    sheet.report(row, key, .field(text.isEmpty ? .required : .notMobile))
                    return nil
                }
                return phone
            }
            func day(_ key: ImportTable.Key, required: Bool) -> String? {
                let text = CellText.day(row[key] ?? "")
                if text.isEmpty { if required { sheet.report(row, key, .field(.required)) }; return nil }
                guard CountyTime.isDay(text) else { sheet.report(row, key, .field(.notDate)); return nil }
                return text
            }
            let cadre = phone(.cadrePhone).flatMap { number -> RosterLookup.StoredCadre? in
                guard let found = lookup.cadresByPhone[number] else { sheet.report(row, .cadrePhone, .field(.noSuchCadre)); return nil }
                return found
            }
            let written = (row[.cardNumber] ?? "").uppercased()
            let stored = written.isEmpty ? nil : try Row.fetchOne(byCard, arguments: [written])
            var youngPerson: Int64? = nil
            if !(row[.youngPersonPhone] ?? "").isEmpty {
                youngPerson = try phone(.youngPersonPhone).flatMap { number -> Int64? in
                    guard let id = try Int64.fetchOne(person, arguments: [number]) else {
                        sheet.report(row, .youngPersonPhone, .field(.noSuchPerson))
                        return nil
                    }
                    return id
                }
            } else if let stored {
                youngPerson = try stored.value("young_person_id")
            } else if let name = row[.youngPersonName], !name.isEmpty, let cadre {
                let found = try Int64.fetchAll(byName, arguments: [cadre.cadre.townshipId, name])
                if found.count == 1 { youngPerson = found[0] } else {
                    sheet.report(row, .youngPersonName, found.isEmpty ? .field(.noSuchPerson) : .ambiguous)
                }
            } else {
                sheet.report(row, .youngPersonPhone, .field(.required))
            }
            let kind = PairingKind.named(row[.kind] ?? "", { $0.name($1) })
            if kind == nil { sheet.report(row, .kind, .field((row[.kind] ?? "").isEmpty ? .required : .unknownChoice(kinds))) }
            let started = day(.startedOn, required: true), ended = day(.endedOn, required: false)
            if let started, let ended, ended < started { sheet.report(row, .endedOn, .field(.endsBeforeStart)) }
            if !written.isEmpty, ReferenceCode(written)?.prefix != "JD" { sheet.report(row, .cardNumber, .field(.unknownChoice(["JD-2026-00001"]))) }
            if let cadre, !account.mayEditRoster(townshipId: cadre.cadre.townshipId) { sheet.report(row, .cadrePhone, .notAllowed) }
            guard sheet.problems.count == problemsBefore, let cadre, let youngPerson, let kind, let started else { continue }
            let key = written.isEmpty ? "\(cadre.id) \(youngPerson) \(started)" : written
            if let first = Sheet.firstLine(of: key, at: row.line, in: &seen) {
                sheet.report(row, written.isEmpty ? .youngPersonPhone : .cardNumber, .duplicate(firstLine: first))
                continue
            }
            let values: [DatabaseValueConvertible?] = [cadre.id, youngPerson, kind.rawValue, started, ended]
            if let stored {
                let current: [DatabaseValue] = ["cadre_id", "young_person_id", "kind", "started_on", "ended_on"].map { stored[$0] }
                let same = current == values.map { $0?.databaseValue ?? .null }
                let id: Int64 = try stored.value("id")
                changes.append(PlannedChange(kind: same ? .none : .update) { db in
                    try db.execute(sql: "UPDATE pairing SET cadre_id = ?, young_person_id = ?, kind = ?, started_on = ?, ended_on = ? WHERE id = ?",
                                   arguments: StatementArguments(values + [id]))
                })
                continue
            }
            var number = written
            if number.isEmpty {
                let year = Int(started.prefix(4))!
                numbers[year, default: 0] += 1
                number = ReferenceCode(prefix: "JD", year: year, number: numbers[year]!).description
            }
            changes.append(PlannedChange(kind: .add) { db in
                try db.execute(sql: "INSERT INTO pairing (card_number, cadre_id, young_person_id, kind, started_on, ended_on) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: StatementArguments([number] + values))
            })
        }
        return changes
    }
}

extension CadreDraft {
    /// A draft holding a stored cadre's values, for a file row to change.
    init(stored cadre: CheckedCadre, _ lookup: RosterLookup) {
        self.init(name: cadre.name, phone: cadre.phone, role: cadre.role, townshipId: cadre.townshipId, communeId: cadre.communeId,
                  youthInContact: String(cadre.youthInContact), joinedOn: cadre.joinedOn ?? "",
                  contactPoints: cadre.contactPointIds.sorted().compactMap { lookup.contactPointNames[$0] }
                      .joined(separator: CadreDraft.listSeparator))
    }
}
