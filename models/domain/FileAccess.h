// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace slipway {

// How a Slipway file is open: on a local disk (WAL), on a network share (rollback journal),
// or read-only.
enum class FileMode { Local, Shared, ReadOnly };

// How to open a Slipway file.
struct FileOpenOptions {
    bool create = false;   // create the file when it does not exist
    bool shared = false;   // on a network share: rollback journal instead of WAL
    bool readOnly = false; // never write, even when the file is writable
    int busyTimeoutMs = 5000;
    QString migrationsDir; // tests only: numbered NNNN_name.sql files; default built in
    // A server's password, typed in for this session: handed to the driver, never stored.
    // Servers otherwise take it from libpq's own sources (~/.pgpass, the service file).
    QString password;
};

} // namespace slipway
