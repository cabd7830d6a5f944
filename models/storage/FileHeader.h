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

    static Result<FileHeader> read(const QString& path);
};

} // namespace slipway
