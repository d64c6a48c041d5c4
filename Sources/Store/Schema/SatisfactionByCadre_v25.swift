import GRDB

/// The satisfaction report read every cadre rated in the period by township and grouped them
/// (23,000 rows for a half-year at a hundred times the county) to show those with five answers
/// or more (7,600); the county's and townships' figures and the trend, from the answers by day;
/// and counted each survey's responses. The answers are now tallied by cadre alone
/// (`Tallies.surveysByCadre`), indexed by the number of answers — the cadres shown, and the count
/// of those rated too seldom, are ranges of the index — and by township and period
/// (`Tallies.surveysByTownshipPeriod`); the responses are counted per survey
/// (`Tallies.surveyResponses`). Nothing else read the answers by cadre and township, so that
/// tally goes.
enum SatisfactionByCadre_v25 {
    static let identifier = "v25 satisfaction by cadre"

    static let tallies = [Tallies.surveysByCadre, Tallies.surveysByTownshipPeriod, Tallies.surveyResponses]

    static func migrate(_ db: Database) throws {
        try Tallies.surveysByPeriod.dropTriggers(db)
        try db.execute(sql: "DROP TABLE \(Tallies.surveysByPeriod.table)")
        for tally in tallies { try tally.install(db) }
        try db.execute(sql: """
            CREATE INDEX survey_cadre_tally_answers ON \(Tallies.surveysByCadre.table)(kind, period, answers, satisfied)
            """)
    }
}
