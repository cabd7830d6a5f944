// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

namespace slipway {

// For the statements prepared (or re-prepared) while it lives, SQLite leaves out the table's
// CHECK constraints: a bulk insert has already checked every row in C++, and an `IN (…)` list
// in a CHECK makes SQLite build and drop a temporary b-tree per row. NOT NULL, UNIQUE and
// foreign keys still hold. The connection checks again once it is gone.
class ChecksAlreadyDone {
public:
    explicit ChecksAlreadyDone(sqlite3* db)
        : m_db(db) {
        m_set = sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr,
                             nullptr) == SQLITE_OK;
    }
    ~ChecksAlreadyDone() {
        if (m_set)
            sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
    ChecksAlreadyDone(const ChecksAlreadyDone&) = delete;
    ChecksAlreadyDone& operator=(const ChecksAlreadyDone&) = delete;

private:
    sqlite3* m_db;
    bool m_set = false;
};

} // namespace slipway
