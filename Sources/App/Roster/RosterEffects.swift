import Foundation
import LeagueCore
import Store
import TerminalKit

/// The roster's work outside the reducer.
public enum RosterEffect: Codable, Equatable, Sendable {
    case loadTownships
    case loadCadres(CadreQuery)
    case loadCard(Int64)
    /// A form for a new cadre (in `townshipId` if given) or for editing `cadreId`.
    case openCadreForm(cadreId: Int64?, townshipId: Int64?)
    /// Adds the draft as a new cadre, or saves it over `cadreId` as it was at `version`.
    case saveCadre(cadreId: Int64?, version: Int, draft: CadreDraft)
    case setCadreActive(id: Int64, active: Bool, version: Int)
}

/// What the roster's effects answer.
public enum RosterAnswer: Codable, Equatable, Sendable {
    case townshipsLoaded([TownshipSummary])
    case cadresLoaded(CadreQuery, [CadreRow])
    case cardLoaded(id: Int64, CadreCard?)
    /// What the cadre form opens with: the cadre (nil: a new one) at its version, and the communes to choose from.
    case cadreFormOpened(cadreId: Int64?, version: Int, draft: CadreDraft, communes: [CommuneEntry])
    case cadreSaved(id: Int64, name: String)
    case cadreSaveFailed(CadreEditError)
    /// Someone saved the cadre after the form opened: their name, when, and the version now.
    case cadreSaveConflict(by: String?, at: Int64, version: Int)
    case cadreActiveChanged(name: String, active: Bool)
}

/// What the roster asks to be typed.
public enum RosterPrompt: Equatable, Sendable {
    /// Cadres by name, pinyin initials or phone.
    case search
}

extension RosterEffect {
    func perform(in context: EffectContext) throws -> Answer? {
        let database = context.database, now = context.now
        switch self {
        case .loadTownships:
            return .roster(.townshipsLoaded(try database.roster.townshipSummaries(now: now)))
        case let .loadCadres(query):
            return .roster(.cadresLoaded(query, try database.roster.cadres(query, now: now)))
        case let .loadCard(id):
            return .roster(.cardLoaded(id: id, try database.roster.cadreCard(id: id, now: now)))
        case let .openCadreForm(cadreId, townshipId):
            let communes = try database.roster.communeList()
            guard let cadreId else {
                return .roster(.cadreFormOpened(cadreId: nil, version: 0, draft: CadreDraft(townshipId: townshipId), communes: communes))
            }
            guard let card = try database.roster.cadreCard(id: cadreId, now: now) else { return .failed(context.catalog[.cadreGone]) }
            return .roster(.cadreFormOpened(cadreId: cadreId, version: card.cadre.version, draft: CadreDraft(card), communes: communes))
        case let .saveCadre(cadreId, version, draft):
            return .roster(try Self.save(draft, over: cadreId, version: version, in: context))
        case let .setCadreActive(id, active, version):
            do {
                try database.roster.setCadreActive(id: id, active, version: version, by: context.account, at: now)
                return .roster(.cadreActiveChanged(name: try database.roster.cadreCard(id: id, now: now)?.cadre.name ?? "", active: active))
            } catch let error as CadreEditError {
                return .failed(Self.toggleRefusal(error, context))
            }
        }
    }

    /// Adds or updates a cadre; a refusal comes back for the form to show.
    private static func save(_ draft: CadreDraft, over cadreId: Int64?, version: Int, in context: EffectContext) throws -> RosterAnswer {
        let database = context.database, account = context.account, now = context.now
        do {
            if let id = cadreId {
                try database.roster.updateCadre(id: id, version: version, draft, by: account, at: now)
                return .cadreSaved(id: id, name: draft.name)
            }
            return .cadreSaved(id: try database.roster.addCadre(draft, by: account, at: now), name: draft.name)
        } catch let error as CadreEditError {
            if case let .changedMeanwhile(by, at) = error, let id = cadreId,
               let card = try database.roster.cadreCard(id: id, now: now) {
                return .cadreSaveConflict(by: by, at: at, version: card.cadre.version)
            }
            return .cadreSaveFailed(error)
        }
    }

    /// Why a cadre was not marked as left (or active again).
    private static func toggleRefusal(_ error: CadreEditError, _ context: EffectContext) -> String {
        let c = context.catalog
        switch error {
        case .notAllowed: return c[.rosterNotAllowed]
        case .noSuchCadre: return c[.cadreGone]
        case let .changedMeanwhile(by, at):
            return c.format(.cadreChangedSince, SafeText.line(by ?? "?"), context.labels.timestamp(at))
        case .invalid: return c[.formHasProblems]
        }
    }
}
