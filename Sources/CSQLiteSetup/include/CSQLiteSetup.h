#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Sets SQLite's process-wide options that no pragma reaches. Effective only before the
/// first connection opens (SQLite initializes then); returns SQLite's result code.
int circledesk_sqlite_setup(void);

#endif
