import GRDB

/// `circledesk stats` counted each township's requests, diaries, survey responses and
/// suggestions from every row: at a hundred times the county 2 million requests, 3.4 million
/// diaries joined to their cadres and 2.3 million responses, 6 s. They are now tallied by
/// township as the work happens (`Tallies.townships`), and the diaries by cadre
/// (`Tallies.cadreDiaries`), summed by the cadres' townships when read.
enum TownshipFigures_v17 {
    static let identifier = "v17 township figures"

    static let tallies = [Tallies.townships, Tallies.cadreDiaries]

    static func migrate(_ db: Database) throws {
        for tally in tallies { try tally.install(db) }
    }
}
