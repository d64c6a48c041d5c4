#include <sqlite3.h>
#include "CSQLiteSetup.h"

/* Reads one of the header's values with a pragma: unlike any statement naming a table
   (GRDB's first one on every connection), these do not make SQLite read the schema. */
static int header_value(sqlite3 *db, const char *pragma, int *value) {
    sqlite3_stmt *statement = 0;
    int code = sqlite3_prepare_v2(db, pragma, -1, &statement, 0);
    if (code == SQLITE_OK) {
        code = sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            *value = sqlite3_column_int(statement, 0);
            code = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    return code;
}

int circledesk_sqlite_header(const char *path, int *application_id, int *user_version) {
    sqlite3 *db = 0;
    int code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, 0);
    if (code == SQLITE_OK) code = header_value(db, "PRAGMA application_id", application_id);
    if (code == SQLITE_OK) code = header_value(db, "PRAGMA user_version", user_version);
    sqlite3_close(db);
    return code;
}
