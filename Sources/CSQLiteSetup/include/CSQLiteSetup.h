#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Sets SQLite's process-wide options that no pragma reaches. Effective only before the
/// first connection opens (SQLite initializes then); returns SQLite's result code.
int circledesk_sqlite_setup(void);

/// Reads the file's `application_id` and `user_version` through a read-only connection of
/// its own, without reading its schema; returns SQLite's result code (SQLITE_OK, 0, when
/// both were read). Waits for no lock: a file being recovered answers SQLITE_BUSY.
int circledesk_sqlite_header(const char *path, int *application_id, int *user_version);

#endif
