// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBudget.h"

#include "Database.h"

#include <sqlite3.h>

namespace slipway {
namespace {

// PRAGMA takes no bound parameters; the values set are integers this class computes or read
// back from SQLite, never input.
bool setCacheSize(sqlite3* h, qint64 value) {
    const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(value);
    return sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

CacheBudget::CacheBudget(Database& db, qint64 kibibytes)
    : m_db(db) {
    sqlite3* h = m_db.handle();
    if (!h)
        return;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA cache_size", -1, &st, nullptr) != SQLITE_OK)
        return;
    const bool read = sqlite3_step(st) == SQLITE_ROW;
    m_previous = read ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    const qint64 pageSize = 4096;
    const qint64 previousKiB = m_previous < 0 ? -m_previous : m_previous * pageSize / 1024;
    if (read && kibibytes > previousKiB)
        m_changed = setCacheSize(h, -qMin<qint64>(kibibytes, 512 * 1024));
}

CacheBudget::~CacheBudget() {
    if (m_changed && m_db.handle()) {
        setCacheSize(m_db.handle(), m_previous);
        sqlite3_db_release_memory(m_db.handle());
    }
}

} // namespace slipway
