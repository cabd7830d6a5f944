// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace slipway {

class Database;

// For one large write (an import of many thousand rows) to a local file no other connection
// has open: WAL writes every new page twice, once to the log and again at the checkpoint,
// where the rollback journal writes it once (pages past the old end of the file need no
// journal). Atomicity is the same. The file goes back to WAL when this ends, and Database
// sets WAL again on every open, so an interrupted import leaves nothing to repair. When
// another connection has the file open SQLite refuses the switch and WAL stays.
// Construct before the Transaction and let it end after the commit.
class BulkJournal {
public:
    BulkJournal(Database& db, bool wanted);
    ~BulkJournal();
    BulkJournal(const BulkJournal&) = delete;
    BulkJournal& operator=(const BulkJournal&) = delete;

    bool active() const { return m_switched; }

private:
    Database& m_db;
    bool m_switched = false;
};

} // namespace slipway
