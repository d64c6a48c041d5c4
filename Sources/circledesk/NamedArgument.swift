import Foundation
import LeagueCore
import Store

/// A township or a cadre named on the command line the way the desk reads names: in
/// characters, short (三魁), in pinyin (sk, sankui) or by phone (cadres). Several matches
/// are listed for the person to choose from; none says what there is.
enum NamedArgument {
    static func township(_ typed: String, option: String, in vocabulary: Vocabulary) throws -> Vocabulary.Entry {
        let found = NameMatch.find(typed, in: vocabulary.townships.map { ([$0.nameZh, $0.nameEn, $0.code], $0.id) })
        let named = vocabulary.townships.filter { found.contains($0.id) }
        guard named.count == 1 else {
            if named.isEmpty {
                throw CLIError.badOption(name: option, value: typed, expected: vocabulary.townships.map(\.nameZh).joined(separator: " "))
            }
            throw CLIError.ambiguous(option: option, value: typed, candidates: named.map(\.nameZh))
        }
        return named[0]
    }

    /// The township's name as the store takes it (its Chinese name), or nil for none given;
    /// a name that fits none goes on as typed, for the command to refuse in its own words.
    static func townshipName(_ typed: String?, option: String = "--town", database: AppDatabase) throws -> String? {
        guard let typed else { return nil }
        let vocabulary = try database.vocabulary()
        guard !NameMatch.find(typed, in: vocabulary.townships.map { ([$0.nameZh, $0.nameEn, $0.code], $0.id) }).isEmpty else { return typed }
        return try township(typed, option: option, in: vocabulary).nameZh
    }

    static func cadre(_ typed: String, option: String, database: AppDatabase, now: Date) throws -> CadreRow {
        let found = try database.roster.cadresNamed(typed, now: now, limit: 11)
        guard found.count == 1 else {
            if found.isEmpty { throw CLIError.unknownCadre(option: option, value: typed) }
            let vocabulary = try database.vocabulary()
            throw CLIError.ambiguous(option: option, value: typed,
                                     candidates: found.prefix(10).map { "\($0.name) · \(vocabulary.township($0.townshipId)?.nameZh ?? "?")" }
                                         + (found.count > 10 ? ["…"] : []))
        }
        return found[0]
    }
}
