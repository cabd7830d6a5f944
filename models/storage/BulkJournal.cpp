// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkJournal.h"

#include "Database.h"

#include <sqlite3.h>

#include <cstring>

namespace slipway {
namespace {

// The journal mode the statement leaves in force, lower case ("wal", "delete").
QByteArray journalMode(sqlite3* h, const char* sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return {};
    QByteArray mode;
    if (sqlite3_step(st) == SQLITE_ROW)
        mode = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))).toLower();
    sqlite3_finalize(st);
    return mode;
}

} // namespace

BulkJournal::BulkJournal(Database& db, bool wanted)
    : m_db(db) {
    sqlite3* h = m_db.handle();
    if (!wanted || !h || m_db.isReadOnly() || !sqlite3_get_autocommit(h))
        return;
    if (m_db.pendingJournal().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
        // Still in the rollback journal since it was opened: keep it so for this write.
        m_db.holdJournal(true);
        m_held = true;
        return;
    }
    if (journalMode(h, "PRAGMA journal_mode") != "wal")
        return; // a shared file already uses the rollback journal
    m_switched = journalMode(h, "PRAGMA journal_mode = DELETE") == "delete";
}

BulkJournal::~BulkJournal() {
    if (m_held)
        m_db.holdJournal(false);
    if (m_switched && m_db.handle())
        journalMode(m_db.handle(), "PRAGMA journal_mode = WAL");
}

} // namespace slipway
