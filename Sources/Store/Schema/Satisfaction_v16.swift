import GRDB
import LeagueCore

/// The satisfaction report rates every cadre answered about in a period. It read them from
/// the answers by day (`survey_tally`) and grouped them: at a hundred times the county, 80,000
/// rows into 23,000 cadres for a half-year. The answers are now tallied by report period
/// instead (`Tallies.surveysByPeriod`), a row per cadre; nothing else read them by day and
/// cadre, so that tally and its triggers go. The pane's follow-ups due, the resolved requests
/// the longest waiting first, get an index in that order: they read and sorted every resolved
/// request (8,000) for the first 500.
enum Satisfaction_v16 {
    static let identifier = "v16 satisfaction by report period"

    static let tallies = [Tallies.surveysByPeriod]

    static func migrate(_ db: Database) throws {
        try Tallies.surveys.dropTriggers(db)
        try db.execute(sql: "DROP TABLE \(Tallies.surveys.table)")
        for tally in tallies { try tally.install(db) }
        try db.execute(sql: """
            CREATE INDEX help_request_follow_up ON help_request(coalesce(resolved_at, updated_at), id, township_id) WHERE state = \(RequestState.resolved.sql)
            """)
    }
}
