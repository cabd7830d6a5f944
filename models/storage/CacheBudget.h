// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace slipway {

class Database;

// Raises SQLite's page cache for one large write and puts it back afterwards. A 100,000-row
// import touches ~60 MB of pages; with the default 2 MB cache SQLite spills dirty pages to
// the WAL mid-transaction and reads them back for every index probe.
class CacheBudget {
public:
    CacheBudget(Database& db, qint64 kibibytes);
    ~CacheBudget();
    CacheBudget(const CacheBudget&) = delete;
    CacheBudget& operator=(const CacheBudget&) = delete;

private:
    Database& m_db;
    qint64 m_previous = 0; // as PRAGMA cache_size reports it: pages, or -KiB
    bool m_changed = false;
};

} // namespace slipway
