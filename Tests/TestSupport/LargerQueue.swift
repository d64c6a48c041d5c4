import GRDB
@testable import Store

extension AppDatabase {
    /// A queue larger than the sample county's, for what changes at a thousand requests:
    /// every request copied `rounds` times over (each round copies the copies too), the copies
    /// published, their references ending in the round; in the first round's copies the body
    /// ends with "，台风过后", so that a word of four characters is in more than a thousand.
    public func copyRequests(rounds: Int) throws {
        try writer.write { db in
            for round in 1...rounds {
                try db.execute(sql: """
                    INSERT INTO help_request (ref, title, body, category_id, urgency, township_id, source, state, created_at, updated_at,
                      first_contact_due, resolution_due)
                    SELECT ref || '-\(round)', title, body || \(round == 1 ? "'，台风过后'" : "''"), category_id, urgency, township_id, source,
                      'published', created_at, updated_at, first_contact_due, resolution_due FROM help_request
                    """)
            }
        }
    }
}
