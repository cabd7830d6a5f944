// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway {

// What the first 100 bytes of an SQLite file say, read without SQLite, so that a file we
// must refuse (not SQLite, truncated, from a newer Slipway) is never opened for writing.
struct FileHeader {
    bool exists = false;
    bool empty = false; // zero bytes: a brand-new database
    qint64 fileSize = 0;
    int pageSize = 0;
    qint64 pageCount = 0; // from the header; 0 when the header's count is not valid
    int userVersion = 0;  // our schema version
    bool wal = false;     // the file is in WAL mode (needs a -shm file beside it to read)
    // The header counts more pages than the file holds. Not damage by itself: the newest
    // pages may sit in a -wal file beside it, or a writer may be mid-commit. Database::open
    // judges it; read() never refuses a file for this alone.
    bool shorterThanHeader = false;
    qint64 expectedSize = 0;

    // A -wal or -journal file with content beside the database: SQLite must have its say.
    static bool hasJournalBeside(const QString& path);

    static Result<FileHeader> read(const QString& path);
    // What stat() tells, without opening the file (for a file this process already has open).
    static FileHeader statOnly(const QString& path);
};

} // namespace slipway
