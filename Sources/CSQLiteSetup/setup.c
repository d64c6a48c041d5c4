#include <sqlite3.h>
#include "CSQLiteSetup.h"

/* A statement run inside a larger transaction (an import's rows, each insert with the
   tallies' triggers) keeps the pages it changes in a statement journal, in case it must be
   undone alone. Past 64 KiB SQLite writes that journal to a temporary file, page by page,
   for every statement: a few more pages touched per row made an import of 100,000 cadres
   write 2.3 million times. Kept in memory up to 128 KiB, a row's journal does not reach a
   file. (Not more: with this SQLite, 3.40, a limit above 128 KiB makes every statement whose
   journal outgrows it fail with SQLITE_FULL — a hand repair updating many rows, say.) */
int circledesk_sqlite_setup(void) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 128 * 1024);
}
