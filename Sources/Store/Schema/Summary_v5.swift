import GRDB

/// What the weekly summary reads by: events by time (with their action and request, so a
/// week's resolutions are counted from the index alone); requests by the time they came (with
/// their category and township, for the breakdowns), were first contacted, were due to be,
/// and last changed, and were resolved; diaries by the time they came in, and submitted
/// reviews by theirs; and survey responses by survey and time, with the township and cadre
/// they are about, which the satisfaction report sums.
enum Summary_v5 {
    static let identifier = "v5 summary indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX request_event_at ON request_event(at, action, request_id);
            CREATE INDEX help_request_created ON help_request(created_at, category_id, township_id);
            CREATE INDEX help_request_first_contact ON help_request(first_contact_at, created_at) WHERE first_contact_at IS NOT NULL;
            CREATE INDEX help_request_contact_due ON help_request(first_contact_due, first_contact_at);
            CREATE INDEX help_request_updated ON help_request(updated_at);
            CREATE INDEX diary_submitted ON diary(submitted_at);
            CREATE INDEX diary_review_submitted ON diary_review(submitted_at, diary_id, total) WHERE state = 'submitted';
            CREATE INDEX help_request_resolved ON help_request(resolved_at) WHERE resolved_at IS NOT NULL;
            CREATE INDEX survey_response_answered ON survey_response(survey_id, answered_at, township_id, cadre_id);
            """)
    }
}
